import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderFrontMatter } from '../../../src/core/template/front-matter';
import { TemplateError } from '../../../src/core/template/placeholders';
import { articleVariables, type Variables } from '../../../src/core/template/variables';
import { article, sample } from '../presets/article';

const vars = articleVariables(sample, 'text');
const render = (template: string, variables: Variables = vars) => renderFrontMatter(template, variables);
const both = (yaml: string) => [parse(yaml, { version: '1.2' }), parse(yaml, { version: '1.1' })];

describe('front matter templates: variables', () => {
  test('every variable, each in its own type', () => {
    const yaml = render(`t: "{{title}}"
u: "{{url}}"
d: "{{description}}"
s: "{{site}}"
a: "{{author}}"
id: "{{artid}}"
img: "{{image}}"
slug: "{{slug}}"
tags: {{tags}}
cats: {{categories}}
keys: {{keywords}}
date: {{date}}
published: {{published}}
created: {{created}}
`);
    expect(parse(yaml)).toEqual({
      t: 'A rate limiter: in forty lines',
      u: 'https://blog.csdn.net/u/article/details/129543458',
      d: 'A short summary.',
      s: 'CSDN',
      a: 'Robin Okafor',
      id: '129543458',
      img: 'https://img.example.com/lead.png?x=1&y=2',
      slug: 'a-rate-limiter-in-forty-lines',
      tags: ['Go', 'Rate Limiting', 'go', '#reading list'],
      cats: ['Back end', 'Go', 'Extra'],
      keys: ['go', 'context'],
      // A date without a filter is RFC 3339, in the article's own offset (created: the saving clock's).
      date: '2024-03-09T18:30:00-05:00',
      published: '2024-03-09T18:30:00-05:00',
      created: '2026-01-02T01:00:00+02:00',
    });
  });

  test('the date filter formats in the article’s own offset; join joins a list', () => {
    const yaml = render(`a: {{date|date:"YYYY-MM-DD HH:mm:ss ZZ"}}
b: {{date|date:"DD.MM.YYYY"}}
c: "{{published|date:'YYYY'}}"
d: {{tags|join:" · "}}
`);
    // d: written plain, its " #" would start a comment, so it is quoted.
    expect(yaml).toBe(`a: 2024-03-09 18:30:00 -0500
b: 09.03.2024
c: "2024"
d: "Go · Rate Limiting · go · #reading list"
`);
  });

  test('a date format YAML 1.1 would read as a number is quoted; one it reads as a timestamp stays plain', () => {
    const yaml = render(`time: {{date|date:"HH:mm:ss"}}\nday: {{date|date:"YYYY-MM-DD"}}\n`);
    expect(yaml).toBe(`time: "18:30:00"\nday: 2024-03-09\n`);
    expect(parse(yaml, { version: '1.1' }).time).toBe('18:30:00');
  });

  test('placeholders inside a longer text are replaced in it; a missing value is empty', () => {
    const yaml = render(`summary: {{title}} by {{author}} ({{artid}})\nsite: "{{site}}: {{published|date:"YYYY"}}"\n`, { ...vars, artid: null });
    expect(yaml).toBe(`summary: "A rate limiter: in forty lines by Robin Okafor ()"\nsite: "CSDN: 2024"\n`);
  });

  test('a value that looks like a placeholder is written as it is, never filled', () => {
    const yaml = render('title: "{{title}}"\nalt: {{title}} and {{author}}\n', { ...vars, title: '{{author}} \uE0000\uE001' });
    for (const fm of both(yaml)) expect(fm).toEqual({ title: '{{author}} \uE0000\uE001', alt: '{{author}} \uE0000\uE001 and Robin Okafor' });
  });
});

describe('front matter templates: YAML shape', () => {
  test('the template’s quoting is kept; a bare value is plain only where plain reads back the same', () => {
    const yaml = render(`a: "{{title}}"\nb: '{{title}}'\nc: {{slug}}\nd: {{title}}\n`, { ...vars, title: 'yes' });
    expect(yaml).toBe(`a: "yes"\nb: 'yes'\nc: a-rate-limiter-in-forty-lines\nd: "yes"\n`);
  });

  test('a list fills a sequence the template writes, in its style, or becomes a flow sequence', () => {
    const yaml = render(`block:\n  - {{keywords}}\n  - extra\nflow: [first, '{{keywords}}']\nbare: {{keywords}}\n`);
    expect(yaml).toBe(`block:\n  - go\n  - context\n  - extra\nflow: [first, 'go', 'context']\nbare: [go, context]\n`);
  });

  test('a missing value drops its key, its sequence item, and a nested mapping holding it', () => {
    const yaml = render(`title: "{{title}}"\nauthor: "{{author}}"\nimage:\n  path: {{image}}\n  alt: "{{title}}"\nimages: ['{{image}}']\n`, { ...vars, author: null, image: null });
    expect(yaml).toBe(`title: "A rate limiter: in forty lines"\nimages: []\n`);
  });

  test('constant keys and comments are kept; placeholders in comments are left as written', () => {
    const yaml = render(`# Post {{title}}\nlayout: post # {{slug}}\ntitle: "{{title}}" # the title\ncomments: true\n`);
    expect(yaml).toBe(`# Post {{title}}\nlayout: post # {{slug}}\ntitle: "A rate limiter: in forty lines" # the title\ncomments: true\n`);
  });

  test('an empty template writes no front matter', () => {
    expect(render('')).toBe('');
    expect(render('  \n')).toBe('');
  });

  const hostile = ['yes', 'on', '12:30:45', '2025-02-25', 'key: value', '# x', '@a', '*a', '&a', '!a', '---', 'a\nb', `'"`, ' x ', '😀', 'مرحبا\u202e', '[1]', '{a: b}', 'null', '~', '0x1F', '1e3', '%x', '|', '>', '- a', '? a', 'a #b', 'a:', '\t', '\\'];
  test.each(hostile)('%j read back exactly, in every placement, in YAML 1.2 and 1.1', (value) => {
    const values = { ...vars, title: value, author: value, tags: [value, value + value] };
    const yaml = render(`plain: {{title}}\ndouble: "{{title}}"\nsingle: '{{title}}'\ninside: <{{author}}>\nflow: {{tags}}\nquoted: ['{{tags}}']\nblock:\n  - {{tags}}\njoined: {{tags|join:","}}\n`, values);
    for (const fm of both(yaml)) {
      expect(fm).toEqual({ plain: value, double: value, single: value, inside: `<${value}>`, flow: [value, value + value], quoted: [value, value + value], block: [value, value + value], joined: `${value},${value + value}` });
    }
  });
});

describe('front matter templates: mistakes are named', () => {
  test.each([
    ['title: {{titel}}', 'Front matter template: unknown variable "titel" in {{titel}}. The variables are: title, url, description, site, author, artid, image, slug, tags, categories, keywords, date, published, created.'],
    ['title: {{title|upper}}', 'Front matter template: unknown filter "upper" in {{title|upper}}. The filters are: date, join.'],
    ['title: {{title|date:"YYYY"}}', 'Front matter template: the filter "date" in {{title|date:"YYYY"}} works on a date, not on text.'],
    ['tags: {{tags|date:"YYYY"}}', 'Front matter template: the filter "date" in {{tags|date:"YYYY"}} works on a date, not on a list.'],
    ['date: {{date|date}}', 'Front matter template: the filter "date" in {{date|date}} needs an argument in quotes, such as date:"YYYY-MM-DD".'],
    ['date: {{date|date:YYYY}}', 'Front matter template: the filter "date" in {{date|date:YYYY}} needs an argument in quotes, such as date:"YYYY-MM-DD".'],
    ['title: {{title date}}', 'Front matter template: cannot read {{title date}}: write {{variable}} or {{variable|filter:"argument"}}.'],
    ['tags: "a {{tags}}"', 'Front matter template: {{tags}} is a list; inside a text write {{tags|join:", "}}.'],
    ['{{title}}: x', 'Front matter template: placeholders go in values, not in keys ({{title}}).'],
    ['- {{title}}', 'Front matter template must be a mapping of keys to values.'],
    ['title: \uE0009\uE001', 'Front matter template: remove the private-use characters U+E000 and U+E001.'],
  ])('%j', (template, message) => {
    expect(() => render(template)).toThrow(new TemplateError(message));
  });

  test('invalid YAML is reported with its placeholders as written', () => {
    expect(() => render('title: "{{title}}\nx: [')).toThrow(/^Front matter template is not valid YAML: /);
    expect(() => render('a: 1\na: 2')).toThrow(TemplateError);
  });

  test('an unknown variable is named even when the article lacks other values', () => {
    expect(() => render('a: {{author}}\nb: {{nope}}', articleVariables(article({ byline: null }), ''))).toThrow(/unknown variable "nope"/);
  });
});
