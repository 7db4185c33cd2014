import { describe, expect, test } from 'vitest';
import { md } from './helpers';

describe('links', () => {
  test('javascript: links keep only their text', () => expect(md('<a href="javascript:void(0)">go</a> <a href=" JavaScript:x">b</a>')).toBe('go b'));

  test('a heading linked to itself is its text; a heading linked elsewhere keeps its link', () => {
    expect(md('<h2 id="setup"><a href="#setup">Setup</a></h2>')).toBe('## Setup');
    expect(md('<h3 id="café"><a href="#caf%C3%A9">Café</a></h3><h3><a id="x" href="#x">Named</a></h3>')).toBe('### Café\n\n### Named');
    expect(md('<h2 id="setup"><a href="#install">Setup</a></h2>')).toBe('## [Setup](#install)');
    expect(md('<p id="note"><a href="#note">note</a></p>')).toBe('[note](#note)');
  });

  test('other links stay', () => expect(md('<a href="https://example.org/">site</a>')).toBe('[site](https://example.org/)'));
});
