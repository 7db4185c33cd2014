import { describe, expect, test } from 'vitest';
import { keepZhihuMath, zhihu } from '../../../src/core/extract/adapters/zhihu';
import { parsePage } from '../../../src/core/pipeline';

const page = (body: string) => parsePage(`<html><body>${body}</body></html>`);

describe('zhihu math', () => {
  test('inline and display formulas become math-inline / math-display elements holding the TeX', () => {
    const doc = page(
      '<p>a <span class="ztext-math" data-tex="x_1^2"><span class="MathJax_SVG"><svg></svg></span><script type="math/tex;mode=inline">x_1^2</script></span> b</p>' +
        '<p><span class="ztext-math" data-tex="\\sum_i a_i\\\\"><script type="math/tex;mode=display">\\sum_i a_i\\\\</script></span></p>' +
        '<p><img class="ztext-math" data-tex="\\alpha" src="https://www.zhihu.com/equation?tex=%5Calpha"></p>' +
        '<p><img eeimg="1" src="https://www.zhihu.com/equation?tex=y" alt="y"></p>',
    );
    keepZhihuMath(doc.body, doc);
    expect(doc.body.innerHTML).toBe(
      '<p>a <span class="math-inline">x_1^2</span> b</p><p><div class="math-display">\\sum_i a_i</div></p>' +
        '<p><span class="math-inline">\\alpha</span></p><p><span class="math-inline">y</span></p>',
    );
  });
});

describe('zhihu adapter', () => {
  test('an answer page takes the answer asked for, not the others listed below it', () => {
    const answer = (id: string, name: string, text: string) =>
      `<div class="ContentItem AnswerItem" name="${id}"><div class="AuthorInfo"><meta itemprop="name" content="${name}"></div>` +
      `<meta itemprop="dateCreated" content="2023-06-12T01:41:22.000Z"><div class="RichContent"><span class="RichText ztext">${text}</span></div></div>`;
    const doc = page(`<h1 class="QuestionHeader-title">问题</h1>${answer('111', '甲', '<p>第一个</p>')}${answer('222', '乙', '<p>第二个</p>')}`);
    const { content, facts } = zhihu.extract(doc, new URL('https://www.zhihu.com/question/9/answer/222'));
    expect(content?.textContent).toBe('第二个');
    expect(facts).toMatchObject({ title: '问题', byline: '乙', published: '2023-06-12T09:41:22+08:00', artid: '222' });
  });

  test('lazy images get their original upload and lose the noscript copy', () => {
    const doc = page(
      '<div class="Post-Main"><div class="Post-RichText"><figure><noscript><img src="https://pic1.zhimg.com/v2-a_b.jpg"></noscript>' +
        '<img src="data:image/svg+xml;utf8,<svg></svg>" data-original="https://pic1.zhimg.com/v2-a_r.jpg" data-actualsrc="https://pic1.zhimg.com/v2-a_b.jpg"></figure></div></div>',
    );
    const { content } = zhihu.extract(doc, new URL('https://zhuanlan.zhihu.com/p/1'));
    const imgs = content!.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0].getAttribute('src')).toBe('https://pic1.zhimg.com/v2-a_r.jpg');
  });

  test('matches column posts and answers only', () => {
    expect(zhihu.matches(new URL('https://zhuanlan.zhihu.com/p/638200415'))).toBe(true);
    expect(zhihu.matches(new URL('https://www.zhihu.com/question/1/answer/2'))).toBe(true);
    expect(zhihu.matches(new URL('https://www.zhihu.com/question/1'))).toBe(false);
  });
});
