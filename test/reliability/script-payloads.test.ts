// Script in pages: titles and article HTML carrying scripts, handlers and script URLs. The Markdown
// must carry none of them in a form a renderer would run; the stored article HTML is looked at too.
import { afterAll, describe, expect, test } from 'vitest';
import { convertOrNothing, frontMatter } from './outcome';
import { executableForms } from './executable';
import { emptyFigures, saveFigures } from './figures';

const MARKER = 'Keepmark payload marker sentence, long enough for Readability to score it as prose.';
const PROSE = `<p>${MARKER} ${'More ordinary prose follows, so the page reads as an article. '.repeat(4)}</p>`;
const PAYLOADS: Record<string, string> = {
  script: '<p>before<script>alert(1)</script> after</p>',
  'img onerror': '<p><img src=x onerror="alert(1)"> text</p>',
  'handler on text': '<p><b onclick="alert(1)" onmouseover=alert(1)>bold</b> <sup onclick=alert(1)>2</sup></p>',
  'javascript: link': '<p><a href="javascript:alert(1)">js</a> <a href=" JAVASCRIPT:alert(1)">upper</a> <a href="java&#9;script:alert(1)">tab</a></p>',
  'vbscript: link': '<p><a href="vbscript:msgbox(1)">vb</a></p>',
  'data:text/html link': '<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data</a></p>',
  'javascript: image': '<p><img src="javascript:alert(1)" alt="pic"></p>',
  'iframe srcdoc': '<p><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe> framed</p>',
  'svg script': '<p><svg><script>alert(1)</script><a href="javascript:alert(1)"><text>svg</text></a><set attributeName="onload" to="alert(1)"/></svg></p>',
  'object and embed': '<p><object data="javascript:alert(1)"></object><embed src="javascript:alert(1)"> obj</p>',
  'style url()': '<p><style>p{background:url(javascript:alert(1))}</style><span style="background:url(javascript:alert(1))">styled</span></p>',
  'form action': '<form action="javascript:alert(1)"><input name=q><button formaction="javascript:alert(1)">go</button></form>',
  'MathML handlers and links': '<p><math href="javascript:alert(1)"><mi onclick="alert(1)">x</mi><mtext><img src=x onerror=alert(1)></mtext></math></p>',
  'details ontoggle': '<details open ontoggle="alert(1)"><summary onclick="alert(1)">more</summary>inside</details>',
  'table cell handler': '<table><tr><td onclick="alert(1)"><img src=x onerror=alert(1)>cell</td><td>two</td></tr></table>',
  'escaped markup in text': '<p>&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;</p>',
  'base and meta refresh': '<p><base href="javascript:alert(1)//"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">base</p>',
};
const TITLE = '<script>alert(1)</script>" onerror=alert(1) javascript:alert(1)';
// A generic blog (Readability) and a site adapter, which hands its article element on as it is.
const SITES: Record<string, (payload: string) => string> = {
  'https://notes.example.org/2024/03/post.html': (payload) => `<!doctype html><html><head><title>${TITLE.replace(/</g, '&lt;')}</title></head><body><article><h1>Post</h1>${PROSE}${payload}${PROSE}</article></body></html>`,
  'https://blog.csdn.net/u/article/details/131200457': (payload) => `<!doctype html><html><head><title>${TITLE.replace(/</g, '&lt;')}</title></head><body><div id="content_views">${PROSE}${payload}${PROSE}</div></body></html>`,
};
const figures = emptyFigures();
/** Payloads the stored article HTML still carries: the reader page must sanitise it. */
const inStoredHtml: string[] = [];

for (const [url, page] of Object.entries(SITES)) {
  describe(new URL(url).hostname, () => {
    for (const [name, payload] of Object.entries(PAYLOADS)) {
      test(name, () => {
        figures.payloadsTried++;
        const converted = convertOrNothing(page(payload), url)!;
        // The Markdown after the front matter: the front matter is YAML data (the title is checked below).
        const forms = executableForms(converted.post.content.replace(/^---\n[\s\S]*?\n---\n/, ''));
        figures.scriptsExecuted += forms.length;
        if (!converted.body.markdown.includes(MARKER)) figures.dataLost++;
        expect(forms).toEqual([]);
        expect(converted.body.markdown).toContain(MARKER);
        // The title is kept as the page gives it, as a string YAML will not run or break on.
        expect(frontMatter(converted.post.content, '1.1').title).toBe(TITLE);
        if (/<script|\son[a-z]+=|javascript:/i.test(converted.capture.html)) inStoredHtml.push(`${new URL(url).hostname}: ${name}`);
      });
    }
  });
}

test('the check finds each payload in raw form (so the tests above can fail)', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    if (name === 'escaped markup in text') continue;
    expect(executableForms(payload), name).not.toEqual([]);
  }
  expect(executableForms('![pic](javascript:alert(1))')).toEqual(['script link target']);
  expect(executableForms('```html\n<script>alert(1)</script>\n```\n`<img onerror=x>` \\<script>')).toEqual([]);
});

afterAll(() => {
  // A finding for the reader page, not a failure of this layer: see docs/reliability.md.
  console.log(`stored article HTML still carries script or handlers in ${inStoredHtml.length} of ${figures.payloadsTried} payload pages:\n  ${inStoredHtml.join('\n  ')}`);
  saveFigures('script-payloads', figures);
});
