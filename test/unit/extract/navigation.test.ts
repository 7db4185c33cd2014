import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { captureArticle } from '../../../src/core/extract';
import { removeNavigation } from '../../../src/core/extract/navigation';

const steps = [1, 2, 3, 4]
  .map((n) => `<p>Step ${n} of the build: measure the boards twice, cut them once, and sand every edge before the glue goes on.</p>`)
  .join('');

test('a breadcrumb the generic extractor keeps with the article is left out of it', () => {
  const doc = parsePage(`<html><head><title>Building a bench</title></head><body><div class="wrap"><article><h1>Building a bench</h1>
    <nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/guides/">Guides</a></li><li><a href="/guides/wood/">Woodwork</a></li></ol></nav>
    ${steps}</article></div></body></html>`);
  const capture = captureArticle(doc, 'https://woodshop.example.org/guides/bench/');
  expect(capture.text).toContain('Step 4 of the build');
  expect(capture.html).not.toContain('Woodwork');
});

test('menus go, marked by tag or role; a navigation block of prose stays', () => {
  const content = parsePage(`<html><body><div id="article">
    <div role="navigation"><a href="/a">Chapter one</a> <a href="/b">Chapter two</a></div>
    <nav id="series"><p>This guide is the second of three on outdoor furniture; if you have not built a frame before, start with <a href="/frame">the first part</a>.</p></nav>
    <nav id="empty"></nav>
    ${steps}</div></body></html>`).querySelector('#article')!;
  removeNavigation(content);
  expect(content.querySelector('[role="navigation"]')).toBeNull();
  expect(content.querySelector('#empty')).toBeNull();
  expect(content.querySelector('#series')).not.toBeNull();
});

test('a page banner of links goes; an article header with its title or byline stays', () => {
  const content = parsePage(`<html><body><div id="article">
    <header id="site"><a href="/">Woodshop</a> <a href="/guides/">Guides</a></header>
    <div role="banner" id="strip"><a href="/sale">Spring sale</a></div>
    <article><header id="byline"><a href="/authors/ines">Ines Ward</a>, <a href="/guides/wood/">Woodwork</a></header>${steps}</article>
    <header id="titled"><h2><a href="/guides/bench/">Building a bench</a></h2></header>
    <header id="intro"><p>A weekend project for a first-time woodworker, with <a href="/tools">the tools it needs</a>.</p></header>
    ${steps}</div></body></html>`).querySelector('#article')!;
  removeNavigation(content);
  expect(content.querySelector('#site')).toBeNull();
  expect(content.querySelector('#strip')).toBeNull();
  expect(content.querySelector('#byline')).not.toBeNull();
  expect(content.querySelector('#titled')).not.toBeNull();
  expect(content.querySelector('#intro')).not.toBeNull();
});
