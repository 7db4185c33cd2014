/** One post of a discussion page: the line that introduces it and the element holding its text. */
export interface ThreadPost {
  heading: string;
  body: Element;
}

/**
 * The article of a discussion (an issue, a question and its answers): every post in page order, each
 * a section under its own heading line, so who said what survives as Markdown.
 */
export function threadContent(doc: Document, posts: ThreadPost[]): Element | null {
  if (!posts.length) return null;
  const holder = doc.createElement('div');
  for (const post of posts) {
    const section = doc.createElement('section');
    const heading = doc.createElement('h2');
    heading.textContent = post.heading;
    section.append(heading, ...post.body.childNodes);
    holder.append(section);
  }
  return holder;
}

/** Joins the parts of a heading line that are known: `Answer by Ada · score 3 · accepted`. */
export function headingLine(...parts: Array<string | null | undefined | false>): string {
  return parts.filter(Boolean).join(' · ');
}

/**
 * A timestamp as a reader wants it in a heading: `2024-03-03T14:12:45Z` or `2024-03-03 14:12:45Z`
 * becomes `2024-03-03 14:12 UTC`, as does an offset of zero (`+00:00`); another offset stays as
 * written. Null when unreadable.
 */
export function readableTime(stamp: string | null | undefined): string | null {
  const m = stamp?.trim().match(/^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i);
  if (!m) return null;
  const [, day, time, zone] = m;
  if (!zone) return `${day} ${time}`;
  return `${day} ${time} ${/^(z|[+-]00:?00)$/i.test(zone) ? 'UTC' : zone}`;
}
