import { describe, expect, it } from 'vitest';
import { readFeed } from './feed.js';
import { collect, sourceOf } from './test-source.js';

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Talks held</title><link>https://x.test/1</link><guid>g1</guid><pubDate>Fri, 26 Jun 2020 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Putin and Macron held talks.&lt;/p&gt;&lt;p&gt;They agreed to meet.&lt;/p&gt;</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>`;
const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><id>urn:1</id><title>Ceasefire</title><updated>2021-01-02T00:00:00Z</updated><author><name>Desk</name></author>
<content type="html">&lt;p&gt;A ceasefire was agreed.&lt;/p&gt;</content></entry></feed>`;

describe('readFeed', () => {
  it('reads each RSS item as an article, with paragraphs from its HTML', async () => {
    const [first] = await collect(readFeed(sourceOf(rss, 'wire.rss')));
    expect(first.ok && first.doc.text).toBe('Putin and Macron held talks.\n\nThey agreed to meet.');
    expect(first.ok && first.doc.meta).toMatchObject({ title: 'Talks held', url: 'https://x.test/1', date: '2020-06-26T10:00:00.000Z', source: 'Wire', sourceId: 'g1' });
  });

  it('rejects an item without text by its record number and goes on', async () => {
    const results = await collect(readFeed(sourceOf(rss, 'wire.rss')));
    expect(results.map((r) => (r.ok ? 'ok' : `${r.error.code}#${r.origin.record}`))).toEqual(['ok', 'E014#2']);
  });

  it('reads Atom entries', async () => {
    const [entry] = await collect(readFeed(sourceOf(atom)));
    expect(entry.ok && entry.doc.text).toBe('A ceasefire was agreed.');
    expect(entry.ok && entry.doc.meta.byline).toBe('Desk');
  });

  it('rejects a document that is not a feed', async () => {
    const [result] = await collect(readFeed(sourceOf('<html><body>no feed</body></html>', 'x.xml')));
    expect(!result.ok && result.error.code).toBe('E016');
  });
});
