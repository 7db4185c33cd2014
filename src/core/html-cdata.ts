// Stepped over whole: comments, and elements whose content is raw text (a `<![CDATA[` in a script is
// script text, and `<!--` written into a script would change where a parser ends it). Then the section.
const SCAN = /<!--[\s\S]*?-->|<(script|style|textarea|title|xmp|iframe|noembed|noframes)\b[^>]*>[\s\S]*?<\/\1\s*>|<!\[CDATA\[([^>]*)>/gi;

/**
 * Reads `<![CDATA[` in HTML as a browser's parser does. Outside SVG and MathML a browser takes it
 * for a bogus comment that ends at the next `>`; linkedom's parser keeps it open until `]]>`, so a
 * stray `<![CDATA[` (a forum theme's, say) swallowed the rest of the page into one comment and left
 * nothing to save. Rewritten as a real comment ending where the browser's ends.
 */
export function cdataAsBrowsersRead(html: string): string {
  if (!html.includes('<![CDATA[')) return html;
  return html.replace(SCAN, (whole, _raw: string | undefined, bogus: string | undefined) => (bogus === undefined ? whole : `<!--[CDATA[${bogus}-->`));
}
