import { describe, expect, it } from 'vitest';
import { readHtml } from './html.js';
import { collect, sourceOf } from './test-source.js';

const paragraph = (n: number) => `Paragraph ${n} of the article reports that the ministers met in Geneva and discussed the ceasefire, the exchange of prisoners and the next round of talks at length.`;
const page = `<!doctype html><html><head><title>Ministers meet | Example News</title>
<meta property="article:published_time" content="2022-03-01T08:00:00Z"><meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Ministers meet in Geneva</h1>${[1, 2, 3, 4].map((n) => `<p>${paragraph(n)}</p>`).join('')}</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>
<div id="comments" class="comments"><p>Comment: first!</p></div>
<script>alert(1)</script><footer>© Example News 2022</footer></body></html>`;

describe('readHtml', () => {
  it('keeps every paragraph of the article, each as its own paragraph', async () => {
    const [result] = await collect(readHtml(sourceOf(page, 'page.html')));
    expect(result.ok).toBe(true);
    const text = result.ok ? result.doc.text : '';
    for (const n of [1, 2, 3, 4]) expect(text).toContain(paragraph(n));
    expect(text.split('\n\n').filter((p) => p.startsWith('Paragraph'))).toHaveLength(4);
  });

  it('leaves navigation, scripts and footers out', async () => {
    const [result] = await collect(readHtml(sourceOf(page)));
    const text = result.ok ? result.doc.text : '';
    expect(text).not.toMatch(/Sport|alert|© Example|Other story|first!/);
  });

  it('reads title, byline, published time and site name', async () => {
    const [result] = await collect(readHtml(sourceOf(page)));
    expect(result.ok && result.doc.meta).toMatchObject({ date: '2022-03-01T08:00:00.000Z', byline: 'Jane Doe', source: 'Example News' });
    expect(result.ok && result.doc.meta.title).toMatch(/Ministers meet/);
  });

  it('rejects a page with no article text', async () => {
    const [result] = await collect(readHtml(sourceOf('<html><body><nav>Home</nav></body></html>', 'empty.html')));
    expect(!result.ok && result.error.code).toBe('E015');
  });
});

describe('issue-16: deeply nested HTML', () => {
  it('is refused before parsing, naming its depth (parsing takes time quadratic in depth)', async () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(5000)}Text.${'</div>'.repeat(5000)}</body></html>`;
    const [result] = await collect(readHtml(sourceOf(deep, 'deep.html')));
    expect(!result.ok && result.error.message).toBe('E019: deep.html: the element nesting (5000 levels) is larger than the limit of 2000 levels.');
  });

  it('does not count elements that close themselves or are left open by sloppy pages', async () => {
    const sloppy = `<!doctype html><html><body><article>${'<p>Paragraph of text that goes on. '.repeat(3000)}<br/></article></body></html>`;
    const [result] = await collect(readHtml(sourceOf(sloppy, 'sloppy.html')));
    expect(result.ok).toBe(true);
  });
});
