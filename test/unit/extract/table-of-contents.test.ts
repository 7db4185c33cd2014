import { expect, test } from 'vitest';
import { parsePage } from '../../../src/core/pipeline';
import { removeTablesOfContents } from '../../../src/core/extract/repairs/table-of-contents';
import { repairTargets } from '../../../src/core/extract/repairs/targets';

const URL = 'https://notes.example.org/kiln/firing';
const prose = (n: number) => `<p>Paragraph ${n} about loading the kiln shelves, checking the cones and writing down how the glaze came out after each firing.</p>`;

function cleaned(body: string): Element {
  const doc = parsePage(`<html><body>${body}</body></html>`);
  removeTablesOfContents(doc.body, repairTargets(doc.body).jumpLinks, URL);
  return doc.body;
}

test('a list of jumps to the page\'s own sections goes, with its label and toggle', () => {
  const body = cleaned(`<div class="toc"><p>In this article</p><a href="#">hide</a><ol>
    <li><a href="#loading">Loading</a></li><li><a href="#cones">Cones</a><ol><li><a href="#cone-6">Cone 6</a></li></ol></li>
    <li><a href="${URL}#glaze">Glaze notes</a></li></ol></div>
    <h2 id="loading">Loading</h2>${prose(1)}<h2><span id="cones"></span>Cones</h2>${prose(2)}
    <a name="cone-6"></a><h3>Cone 6</h3>${prose(3)}<section id="glaze"><h2>Glaze notes</h2>${prose(4)}</section>`);
  expect(body.textContent).not.toContain('In this article');
  expect(body.querySelector('ol')).toBeNull();
  expect(body.textContent).toContain('Paragraph 4');
});

test('footnotes, lists of other pages and a list with one jump among other links stay', () => {
  const body = cleaned(`${[1, 2, 3].map(prose).join('')}
    <ol class="notes"><li id="n1">A long note about the first firing and what the thermocouple read at the peak. <a href="#r1">↩</a></li>
    <li id="n2">A long note about the second firing, when the shelf cracked along its old repair. <a href="#r2">↩</a></li>
    <li id="n3">A long note about the third firing, done on a windy day with the damper half shut. <a href="#r3">↩</a></li></ol>
    <ul class="see-also"><li><a href="/kiln/shelves">Shelves</a></li><li><a href="/kiln/cones">Cones</a></li><li><a href="https://other.example.com/page#part">Elsewhere</a></li><li><a href="/kiln/wash">Kiln wash</a></li></ul>
    <ul class="mixed"><li><a href="#a">A</a></li><li><a href="#b">B</a></li><li><a href="#c">C</a></li><li><a href="/d">D</a></li><li><a href="/e">E</a></li></ul>`);
  expect(body.querySelector('.notes')).not.toBeNull();
  expect(body.querySelector('.see-also')).not.toBeNull();
  expect(body.querySelector('.mixed')).not.toBeNull();
});

test('a page that is mostly a list of its own sections (an index) keeps it', () => {
  const sections = ['Loading', 'Cones', 'Glaze', 'Cooling', 'Unloading'];
  const body = cleaned(`<ul>${sections.map((s) => `<li><a href="#${s}">${s} of the kiln, step by step</a></li>`).join('')}</ul>
    ${sections.map((s) => `<h2 id="${s}">${s} of the kiln, step by step</h2><p>See the notes.</p>`).join('')}`);
  expect(body.querySelectorAll('li')).toHaveLength(5);
});

test('a list of sections each told in a sentence of its own is content', () => {
  const body = cleaned(`<ul class="summary">${['Loading', 'Cones', 'Glaze'].map((s) => `<li><a href="#${s}">${s}</a>: what to check before the next firing, and the mistakes that cost a whole shelf of pots last year.</li>`).join('')}</ul>
    ${['Loading', 'Cones', 'Glaze'].map((s, i) => `<h2 id="${s}">${s}</h2>${prose(i)}${prose(i + 3)}${prose(i + 6)}`).join('')}`);
  expect(body.querySelector('.summary')).not.toBeNull();
});

test('tabs that switch panels are no table of contents: their targets are no headings', () => {
  const body = cleaned(`<ol class="tabs" role="tablist"><li><a href="#info">Info</a></li><li><a href="#forms">Forms</a></li><li><a href="#faq">FAQ</a></li></ol>
    <div id="info">${prose(1)}</div><div id="forms">${prose(2)}</div><div id="faq">${prose(3)}</div>`);
  expect(body.querySelector('.tabs')).not.toBeNull();
});

test('key points that link to their sections are content, not a table of contents', () => {
  const body = cleaned(`<ul class="takeaways"><li><a href="#cost">A small kiln costs about $900 to run a year</a></li>
    <li><a href="#time">A glaze firing takes nine hours and a day to cool</a></li><li><a href="#cones">Cone 6 suits most stoneware clays</a></li></ul>
    <h2 id="cost">Cost</h2>${prose(1)}<h2 id="time">Time</h2>${prose(2)}<h2 id="cones">Cones</h2>${prose(3)}`);
  expect(body.querySelector('.takeaways')).not.toBeNull();
});
