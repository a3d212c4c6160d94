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

describe('issue-16: feeds in linear time', () => {
  // Counts the child elements the parser scans, a measure of work that does not depend on machine speed.
  const scanned = async (items: number) => {
    const { Element } = (await import('@rowanmanning/feed-parser/lib/xml/element.js')) as unknown as { Element: { prototype: { findElementsWithName: (this: { children: unknown[] }, name: string) => unknown[]; children: unknown[] } } };
    const original = Element.prototype.findElementsWithName;
    let visited = 0;
    Element.prototype.findElementsWithName = function (this: { children: unknown[] }, name: string) {
      visited += this.children.length;
      return original.call(this, name);
    };
    try {
      const body = Array.from({ length: items }, (_, i) => `<item><title>T${i}</title><description>Story ${i} text.</description></item>`).join('');
      const results = await collect(readFeed(sourceOf(`<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>${body}</channel></rss>`)));
      expect(results.filter((r) => r.ok)).toHaveLength(items);
    } finally {
      Element.prototype.findElementsWithName = original;
    }
    return visited;
  };

  it('scans twice the elements for twice the items, not four times', async () => {
    const small = await scanned(200);
    const large = await scanned(400);
    expect(large / small).toBeLessThan(2.5);
  });
});
