import { describe, expect, test } from 'vitest';
import { strFromU8 } from 'fflate';
import { PRESETS, hexo, hugo, jekyll, obsidian, plain, type Preset } from '../../../src/core/presets';
import { REPORT_FILE } from '../../../src/core/export/report';
import { article, frontMatter } from '../presets/article';
import { exportZip, imageLinks, item, keptImage } from './helpers';

const FIG = 'https://img.example.com/posts/fig(1).png';
const CHART = 'https://img.example.com/chart?id=7';
const GONE = 'https://cdn.example.net/gone.jpg';
const LEAD = 'https://img.example.com/lead.webp';

const record = article({
  id: 'a1',
  title: 'Two images and a chart',
  leadImage: LEAD,
  images: { total: 4, saved: 3, failed: [{ url: GONE, reason: 'HTTP 403' }] },
});
const markdown = [
  'Intro.',
  '',
  '![A figure](https://img.example.com/posts/fig%281%29.png "Figure one")',
  '',
  `[![chart](${CHART})](https://example.org/chart)`,
  '',
  `![gone](${GONE})`,
  '',
  '```md',
  `![in code](${CHART})`,
  '```',
].join('\n');
const images = [keptImage(FIG), keptImage(CHART, 'image/jpeg'), keptImage(LEAD, 'image/webp')];

// Where each preset puts the post and its three kept images.
const LAYOUTS: Record<string, { post: string; images: string[] }> = {
  jekyll: {
    post: '_posts/2025-02-25-two-images-and-a-chart.md',
    images: ['assets/img/posts/two-images-and-a-chart/fig-1.png', 'assets/img/posts/two-images-and-a-chart/chart.jpg', 'assets/img/posts/two-images-and-a-chart/lead.webp'],
  },
  hugo: {
    post: 'content/posts/two-images-and-a-chart/index.md',
    images: ['content/posts/two-images-and-a-chart/fig-1.png', 'content/posts/two-images-and-a-chart/chart.jpg', 'content/posts/two-images-and-a-chart/lead.webp'],
  },
  hexo: {
    post: 'source/_posts/two-images-and-a-chart.md',
    images: ['source/_posts/two-images-and-a-chart/fig-1.png', 'source/_posts/two-images-and-a-chart/chart.jpg', 'source/_posts/two-images-and-a-chart/lead.webp'],
  },
  obsidian: { post: 'Two images and a chart.md', images: ['attachments/fig-1.png', 'attachments/chart.jpg', 'attachments/lead.webp'] },
  plain: {
    post: 'two-images-and-a-chart.md',
    images: ['images/two-images-and-a-chart/fig-1.png', 'images/two-images-and-a-chart/chart.jpg', 'images/two-images-and-a-chart/lead.webp'],
  },
};

describe.each(PRESETS.map((preset) => [preset.id, preset] as [string, Preset]))('export with images: %s', (id, preset) => {
  test('the post and its kept images sit in the preset’s layout', async () => {
    const { files } = await exportZip(preset, [item(record, markdown, images)]);
    expect(Object.keys(files).sort()).toEqual([LAYOUTS[id].post, ...LAYOUTS[id].images, REPORT_FILE].sort());
    expect(strFromU8(files[LAYOUTS[id].images[0]])).toBe(`bytes of ${FIG}`);
  });

  test('every kept image link resolves to its file in the zip; the image not kept links to the original', async () => {
    const { files, text } = await exportZip(preset, [item(record, markdown, images)]);
    const links = imageLinks(files, preset.imageLinks === 'asset-folder');
    expect(links.map((l) => l.target)).toEqual([LAYOUTS[id].images[0], LAYOUTS[id].images[1], null]);
    for (const { target } of links) if (target) expect(files[target], target).toBeDefined();
    const post = text(LAYOUTS[id].post);
    expect(post).toContain(`![gone](${GONE})`);
    expect(post).toContain('"Figure one")');
    // A code block shows Markdown source: it is not rewritten.
    expect(post).toContain(`![in code](${CHART})\n\`\`\``);
  });
});

describe('export with images: links and front matter', () => {
  test('Jekyll links by site-absolute path and points image.path at the kept lead image', async () => {
    const { text } = await exportZip(jekyll, [item(record, markdown, images)]);
    const post = text(LAYOUTS.jekyll.post);
    expect(post).toContain('![A figure](/assets/img/posts/two-images-and-a-chart/fig-1.png "Figure one")');
    expect(frontMatter(post, '1.1').image.path).toBe('/assets/img/posts/two-images-and-a-chart/lead.webp');
  });

  test('a lead image not kept stays the original in front matter', async () => {
    const { text } = await exportZip(jekyll, [item(record, markdown, images.slice(0, 2))]);
    expect(frontMatter(text(LAYOUTS.jekyll.post), '1.2').image.path).toBe(LEAD);
  });

  test('Hugo links beside index.md, Hexo by bare name, Obsidian into attachments/', async () => {
    expect((await exportZip(hugo, [item(record, markdown, images)])).text(LAYOUTS.hugo.post)).toContain('![A figure](fig-1.png "Figure one")');
    expect((await exportZip(hexo, [item(record, markdown, images)])).text(LAYOUTS.hexo.post)).toContain('![A figure](fig-1.png "Figure one")');
    expect((await exportZip(obsidian, [item(record, markdown, images)])).text(LAYOUTS.obsidian.post)).toContain('![A figure](attachments/fig-1.png "Figure one")');
    expect((await exportZip(plain, [item(record, markdown, images)])).text(LAYOUTS.plain.post)).toContain('(images/two-images-and-a-chart/fig-1.png');
  });
});

describe('export: names that clash', () => {
  const twin = (id: string) => article({ id, title: 'Same title', leadImage: null });
  const body = `![x](${FIG})`;

  test('Hugo: a second bundle of the same slug renames the folder, not index.md, and its images go with it', async () => {
    const { files, text } = await exportZip(hugo, [item(twin('a'), body, [keptImage(FIG)]), item(twin('b'), body, [keptImage(FIG)])]);
    expect(Object.keys(files).sort()).toEqual(['content/posts/same-title-2/fig-1.png', 'content/posts/same-title-2/index.md', 'content/posts/same-title/fig-1.png', 'content/posts/same-title/index.md']);
    expect(text('content/posts/same-title-2/index.md')).toContain('![x](fig-1.png)');
  });

  test('Jekyll: the second post and its image folder are numbered together', async () => {
    const { files } = await exportZip(jekyll, [item(twin('a'), body, [keptImage(FIG)]), item(twin('b'), body, [keptImage(FIG)])]);
    expect(Object.keys(files).sort()).toContain('_posts/2025-02-25-same-title-2.md');
    for (const { target } of imageLinks(files)) expect(files[target!]).toBeDefined();
    expect(imageLinks(files).map((l) => l.target).sort()).toEqual(['assets/img/posts/same-title-2/fig-1.png', 'assets/img/posts/same-title/fig-1.png']);
  });

  test('Obsidian: notes of the same title get numbered names; shared attachments never overwrite each other', async () => {
    const other = keptImage('https://other.example/posts/fig(1).png');
    const { files } = await exportZip(obsidian, [item(twin('a'), body, [keptImage(FIG)]), item(twin('b'), '![x](https://other.example/posts/fig%281%29.png)', [other])]);
    expect(Object.keys(files).sort()).toEqual(['Same title-2.md', 'Same title.md', 'attachments/fig-1-2.png', 'attachments/fig-1.png']);
    const targets = imageLinks(files).map((l) => l.target!);
    expect(targets.map((t) => strFromU8(files[t])).sort()).toEqual([`bytes of ${FIG}`, 'bytes of https://other.example/posts/fig(1).png']);
  });

  test('paths differing only in case count as the same file', async () => {
    const { files } = await exportZip(obsidian, [item(article({ id: 'a', title: 'Notes', leadImage: null }), 'a'), item(article({ id: 'b', title: 'NOTES', leadImage: null }), 'b')]);
    expect(Object.keys(files).sort()).toEqual(['NOTES-2.md', 'Notes.md']);
  });
});

describe('export: image names are safe', () => {
  test('names from hostile URLs stay inside the image folder', async () => {
    const urls = [
      'https://evil.example/..%2F..%2F..%2Fetc%2Fpasswd',
      'https://evil.example/a/%2E%2E',
      'https://evil.example/CON.png',
      `https://evil.example/${'長'.repeat(300)}.png`,
      'https://evil.example/x%00y%3Cz%3E%7C.gif',
      'https://evil.example/',
    ];
    const markdownOf = urls.map((u) => `![i](${u})`).join('\n\n');
    const { files } = await exportZip(jekyll, [item(article({ title: 'Hostile', leadImage: null }), markdownOf, urls.map((u) => keptImage(u, 'image/gif')))]);
    const imagesIn = Object.keys(files).filter((p) => !p.endsWith('.md'));
    expect(imagesIn).toHaveLength(urls.length);
    for (const path of imagesIn) {
      expect(path.startsWith('assets/img/posts/hostile/')).toBe(true);
      const name = path.slice('assets/img/posts/hostile/'.length);
      expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f]|^\.|^con\./i);
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    }
    for (const { target } of imageLinks(files)) expect(files[target!]).toBeDefined();
  });
});

describe('export report', () => {
  test('lists images not kept with their reasons, articles gone, and articles whose template fails', async () => {
    const broken: Preset = { ...plain, fileNameTemplate: '{{nope}}.md' };
    const { text, summary } = await exportZip(jekyll, [item(record, markdown, images), { id: 'gone-id', article: null }]);
    expect(summary).toMatchObject({ articles: 1, images: 3 });
    const report = text(REPORT_FILE);
    expect(report).toContain('Articles exported: 1.');
    expect(report).toContain(`Two images and a chart\n  - image ${GONE}: it could not be saved (HTTP 403); linked to the original`);
    expect(report).toContain('gone-id\n  - the article: it is no longer in your library');
    const failing = await exportZip(broken, [item(record, markdown, images)]);
    expect(Object.keys(failing.files)).toEqual([REPORT_FILE]);
    expect(failing.text(REPORT_FILE)).toMatch(/Two images and a chart\n {2}- the article: .*nope/);
  });

  test('an image that cannot be read is reported and linked to the original', async () => {
    const unreadable = { url: FIG, type: 'image/png', read: () => Promise.reject(new Error('blob gone')) };
    const { files, text } = await exportZip(hugo, [item(article({ title: 'T', leadImage: null }), `![x](${FIG})`, [unreadable])]);
    expect(Object.keys(files).sort()).toEqual(['content/posts/t/index.md', REPORT_FILE]);
    expect(text('content/posts/t/index.md')).toContain(`![x](${FIG})`);
    expect(text(REPORT_FILE)).toContain(`image ${FIG}: it could not be read from the library (blob gone)`);
  });

  test('no report when everything was included', async () => {
    const { files } = await exportZip(hugo, [item(article({ title: 'T', leadImage: null }), `![x](${CHART})`, [keptImage(CHART)])]);
    expect(files[REPORT_FILE]).toBeUndefined();
  });
});
