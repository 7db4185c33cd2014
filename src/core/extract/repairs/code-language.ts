/** The attribute extraction leaves on a `<pre>` to carry its code language to conversion. */
export const LANGUAGE_ATTRIBUTE = 'data-keepmark-lang';

// Class names that are highlighter machinery, not a language.
const NOT_LANGUAGES = new Set(['hljs', 'prism', 'prettyprint', 'highlight', 'code', 'has-numbering', 'line-numbers', 'notranslate', 'linenums', 'has', 'source', 'sourcecode', 'chroma', 'shiki', 'text', 'plain', 'plaintext', 'none', 'nohighlight']);

/** Finds a code language in one element's class or data attributes. */
export function languageOf(el: Element): string | null {
  const declared = el.getAttribute('data-lang') ?? el.getAttribute('data-language') ?? el.getAttribute('lang');
  if (declared && /^[\w#+.-]{1,30}$/.test(declared) && el.tagName !== 'HTML') return normalise(declared);
  const cls = el.getAttribute('class') ?? '';
  const patterns = [/(?:^|\s)(?:language|lang)-([\w#+.-]+)/i, /(?:^|\s)highlight-(?:source|text)-([\w#+.-]+)/i, /brush:\s*([\w#+.-]+)/i, /(?:^|\s)hljs\s+([\w#+.-]+)/i, /(?:^|\s)([\w#+.-]+)\s+hljs(?:\s|$)/i];
  for (const pattern of patterns) {
    const lang = cls.match(pattern)?.[1];
    if (lang && !NOT_LANGUAGES.has(lang.toLowerCase())) return normalise(lang);
  }
  return null;
}

function normalise(lang: string): string {
  return lang.toLowerCase().replace(/^(?:source|text)-/, '');
}

/**
 * Marks each `<pre>` with the language its highlighter declared (on the pre, its code, or a wrapper
 * such as GitHub's `div.highlight-source-go`), because extraction strips class names.
 */
export function markCodeLanguages(pres: readonly Element[]): void {
  for (const pre of pres) {
    const candidates = [pre.querySelector('code'), pre, pre.parentElement, pre.parentElement?.parentElement];
    for (const el of candidates) {
      const lang = el && languageOf(el);
      if (lang) {
        pre.setAttribute(LANGUAGE_ATTRIBUTE, lang);
        break;
      }
    }
  }
}
