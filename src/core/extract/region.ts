import { plainText } from './plain-text';

/** A deep copy of `el` without the elements `furniture` selects: taken before the generic extractor changes the page. */
export function copyWithout(el: Element, furniture: string): Element {
  const copy = el.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(furniture)) part.remove();
  return copy;
}

/** True when `region` holds more than `factor` times the text the generic extractor kept. */
export function holdsMoreText(region: Element, kept: string, factor: number): boolean {
  return plainText(region).length > factor * kept.length;
}
