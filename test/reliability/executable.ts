// What in Markdown a renderer that passes HTML through (kramdown, Goldmark, markdown-it) would run.
// Code is text, not HTML, so fenced blocks and code spans are left out first.
const FORMS: Array<[string, RegExp]> = [
  ['script element', /(?<!\\)<script/i],
  ['active element', /(?<!\\)<(iframe|frame|object|embed|form|svg|style|base|link|meta|applet)\b/i],
  ['event handler attribute', /(?<!\\)<[a-z][^>]*\son[a-z]+\s*=/i],
  ['style attribute', /(?<!\\)<[a-z][^>]*\sstyle\s*=/i],
  ['srcdoc', /(?<!\\)<[a-z][^>]*\ssrcdoc/i],
  ['script link target', /\]\(\s*<?\s*(javascript|vbscript|data):/i],
  ['script autolink', /(?<!\\)<\s*(javascript|vbscript|data):/i],
  ['script attribute URL', /(?<!\\)<[a-z][^>]*\s[\w:-]+\s*=\s*["']?\s*(javascript|vbscript|data):/i],
];

function withoutCode(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/(`+)[^`]+?\1/g, '');
}

/** The names of the executable forms found in `markdown` (empty when there are none). */
export function executableForms(markdown: string): string[] {
  const text = withoutCode(markdown);
  return FORMS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}
