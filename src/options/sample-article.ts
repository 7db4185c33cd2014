import { articleFromCapture } from '../core/article';
import type { ArticleBody, ArticleRecord } from '../core/types';

// Shown in the preview while the library is empty. Its own text; its values include the kinds that
// trip YAML (a colon, a `#`, a bare `yes`) so the preview shows how they come out.
const html = `<h1>Notes on a tiny rate limiter: yes, in forty lines</h1>
<p>A token bucket holds <em>tokens</em>; each request takes one, and a ticker puts them back. This
sample stands in for your most recent article until the library has one.</p>
<h2>The bucket</h2>
<ul><li>A buffered channel is the bucket.</li><li>A ticker refills it.</li></ul>
<pre><code class="language-go">bucket := make(chan struct{}, 10)</code></pre>
<p>That is <strong>all</strong> there is to it.</p>`;

const { record, body } = articleFromCapture(
  {
    url: 'https://notes.example.org/2024/03/tiny-rate-limiter.html',
    canonicalUrl: 'https://notes.example.org/2024/03/tiny-rate-limiter.html',
    title: 'Notes on a tiny rate limiter: yes, in forty lines',
    byline: 'Robin Okafor',
    published: '2024-03-09T18:30:00-05:00',
    siteName: 'Example Notes',
    lang: 'en',
    description: 'A token bucket # in Go, with a channel and a ticker.',
    keywords: ['go', 'rate limiting'],
    tags: ['Go', 'Concurrency'],
    categories: ['Programming', 'Go'],
    artid: null,
    leadImage: 'https://notes.example.org/img/bucket.png',
    html,
    text: 'A token bucket holds tokens; each request takes one, and a ticker puts them back.',
    readerable: true,
  },
  { id: 'sample', now: Date.UTC(2024, 2, 10, 9), offset: 60 },
);

/** Saved as Keepmark saves any article: its record and its body, Markdown converted from the HTML. */
export const SAMPLE_ARTICLE: { record: ArticleRecord; body: ArticleBody } = { record, body };
