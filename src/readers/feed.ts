import { parseFeed } from '@rowanmanning/feed-parser';
import { createDocument } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import { decodeText } from './decode.js';
import { htmlNodeToText, parseHtmlFragment } from './html-to-text.js';
import type { ReadResult, Source } from './types.js';

/**
 * Read an RSS or Atom feed: one document per item, from its full content when the feed carries
 * it, else its description. An item without text is rejected on its own; a feed that does not
 * parse is rejected whole.
 */
export async function* readFeed(source: Source): AsyncIterable<ReadResult> {
  const base = { location: source.location, format: 'feed' };
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(decodeText(await source.bytes()).text);
  } catch (error) {
    yield { ok: false, error: new DyadError('E016', { origin: source.location, format: 'RSS/Atom', cause: causeText(error) }), origin: base };
    return;
  }
  const publisher = feed.title?.trim();
  let record = 0;
  for (const item of feed.items) {
    record++;
    const origin = { ...base, record };
    const html = item.content ?? item.description ?? '';
    const text = htmlToText(html);
    if (!/\p{L}/u.test(text)) {
      yield { ok: false, error: new DyadError('E014', { origin: source.location, record, problem: 'the item has no text' }), origin };
      continue;
    }
    const meta: Record<string, string> = {};
    if (item.id) meta.sourceId = item.id;
    if (item.title) meta.title = item.title.trim();
    if (item.url) meta.url = item.url;
    const published = item.published ?? item.updated;
    if (published) meta.date = published.toISOString();
    if (publisher) meta.source = publisher;
    const author = item.authors.map((a) => a.name).filter(Boolean).join(', ');
    if (author) meta.byline = author;
    yield { ok: true, doc: createDocument(text, { ...meta, origin }) };
  }
}

function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return htmlNodeToText(parseHtmlFragment(html).body);
}
