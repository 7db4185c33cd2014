// fast-check generators of pages: real tags nested at random, attributes, hostile text, unclosed
// and stray tags, whole documents or bare fragments, and raw bytes decoded with the wrong charset.
import fc from 'fast-check';

const TAGS = 'div p span a b i em strong code pre ul ol li table tr td th thead tbody blockquote h1 h2 h3 img br hr figure figcaption picture source section article aside nav header footer sup sub mark details summary dl dt dd svg math mi mo mrow annotation semantics script style noscript template iframe frameset frame object embed form input textarea button select title meta base link'.split(' ');
const ATTRIBUTES = 'class id href src srcset alt title style lang dir onerror onclick data-src data-latex data-tex type open width height rel content name property encoding display'.split(' ');

/** Text with what breaks naive code: markup characters, CJK, RTL, emoji, lone surrogates, controls. */
export const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('中文的段落，没有空格。', 'مرحبا بالعالم', 'שלום\u202Eעולם', '👩‍👩‍👧 🏳️‍🌈', '\uD800', '\uDFFF x', '<', '&amp;&#0;&#xD800;', '---\n', '"\'\\: #', '\u0000\u0007\u001B', '\u2028\u2029'),
);

const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), hostileText).map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
      // Every so often the closing tag is left off.
      ([tag, attrs, children, closed]) => `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
    fc.constantFrom('</div>', '</p></p>', '<!-- c', '<![CDATA[x]]>', '<!doctype html>', '</html><p>after', '<', '<a href=', '&#', '<p'),
  ),
}));

/** Generated HTML: a whole document with a title, or a bare fragment. */
export const generatedHtml = fc.oneof(
  fc.tuple(hostileText, fc.array(node, { maxLength: 8 })).map(([title, body]) => `<!doctype html><html><head><title>${title}</title></head><body>${body.join('')}</body></html>`),
  fc.array(node, { maxLength: 8 }).map((parts) => parts.join('')),
);

const decodings: Array<(bytes: Uint8Array) => string> = [
  (bytes) => new TextDecoder('utf-8').decode(bytes),
  (bytes) => Buffer.from(bytes).toString('latin1'),
  (bytes) => new TextDecoder('windows-1252').decode(bytes),
  (bytes) => new TextDecoder('utf-16le').decode(bytes),
];

/** Random bytes, and generated pages encoded as UTF-8, decoded with some charset (often the wrong one). */
export const wrongCharsetHtml = fc.tuple(
  fc.oneof(fc.uint8Array({ maxLength: 4096 }), generatedHtml.map((html) => new TextEncoder().encode(html))),
  fc.constantFrom(...decodings),
).map(([bytes, decode]) => decode(bytes));

/** Page addresses: a plain blog, and each site adapter's kind of URL. */
export const pageUrl = fc.constantFrom(
  'https://notes.example.org/2024/03/post.html',
  'https://blog.csdn.net/u/article/details/131200457',
  'https://www.zhihu.com/question/601234567/answer/3045678901',
  'https://zhuanlan.zhihu.com/p/638200415',
  'https://juejin.cn/post/7244452419458826301',
  'https://mp.weixin.qq.com/s/Qm7Vx2kLpT9rYc3HfA8dWg',
  'https://www.cnblogs.com/u/p/17470233.html',
  'https://www.jianshu.com/p/8c3f1a2b9d7e',
  'https://medium.com/@u/post-5c2e9a71f04b',
  'https://q.substack.com/p/post',
  'https://dev.to/u/post-4k2p',
  'https://github.com/o/r/issues/31',
  'https://stackoverflow.com/questions/78123456/q',
  'https://en.wikipedia.org/wiki/Bloom_filter',
  'https://old.reddit.com/r/woodworking/comments/1abc2de/first_dovetails/',
);
