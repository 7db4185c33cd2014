import { describe, expect, test } from 'vitest';
import { renderPath } from '../../../src/core/template/path';
import { TemplateError } from '../../../src/core/template/placeholders';
import { articleVariables } from '../../../src/core/template/variables';
import { sample } from '../presets/article';

const vars = articleVariables(sample, '');
const where = 'File name template';

describe('file-name and folder templates', () => {
  test('the template’s own / make folders; values fill the parts', () => {
    expect(renderPath('posts/{{date|date:"YYYY/MM"}}/{{slug}}.md', vars, where)).toBe('posts/2024 03/a-rate-limiter-in-forty-lines.md');
    expect(renderPath('{{tags|join:"/"}}.md', vars, where)).toBe('Go Rate Limiting go #reading list.md');
  });

  test.each(['../{{slug}}.md', '/{{slug}}.md', 'a//{{slug}}.md', './{{slug}}.md', 'a/..', ''])('%j cannot leave the export folder', (template) => {
    expect(() => renderPath(template, vars, where)).toThrow(TemplateError);
  });

  test.each(['..', '../..', '/etc/passwd', 'C:\\Windows', 'a/../../b'])('a value of %j stays one safe name inside the folder', (title) => {
    const path = renderPath('notes/{{title}}.md', { ...vars, title }, where);
    expect(path.startsWith('notes/')).toBe(true);
    expect(path.split('/')).toHaveLength(2);
    expect(path.split('/')[1]).not.toMatch(/^\.|[\\:]/);
  });

  test('a missing value leaves "_" rather than an empty name', () => {
    expect(renderPath('{{artid}}/index.md', { ...vars, artid: null }, where)).toBe('_/index.md');
  });

  test('a list must be joined', () => {
    expect(() => renderPath('{{tags}}.md', vars, where)).toThrow('File name template: {{tags}} is a list; inside a text write {{tags|join:", "}}.');
  });
});
