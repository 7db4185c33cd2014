import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('inline HTML', () => {
  test('<mark> as ==…== by default, as HTML when turned off', () => {
    expect(md('<mark>hi</mark>')).toBe('==hi==');
    expect(md('<mark>hi</mark>', { highlight: false })).toBe('<mark>hi</mark>');
  });

  test('<sup> and <sub> stay HTML around converted content', () => expect(md('x<sup><em>2</em></sup> H<sub>2</sub>O')).toBe('x<sup>*2*</sup> H<sub>2</sub>O'));

  test('<del> and <s> are strikethrough', () => expect(md('<del>a</del> <s>b</s>')).toBe('~~a~~ ~~b~~'));
});
