import { createRequire } from 'node:module';
import { createDocument } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import { decodeRecord } from './decode.js';
import { htmlNodeToText, parseHtmlFragment } from './html-to-text.js';
import { LIMITS, htmlDepth, type ReadLimits } from './limits.js';
import type { ReadResult, Source } from './types.js';

type FeedParser = typeof import('@rowanmanning/feed-parser');

/**
 * The feed parser is loaded on the first feed read, not at start-up: importing it (with its XML
 * parser and entity tables) cost ~35 ms of CPU that `dyad code` on a text article paid (#13).
 */
let feedParser: FeedParser | undefined;
const requireModule = createRequire(import.meta.url);

/**
 * Read an RSS or Atom feed: one document per item, from its full content when the feed carries
 * it, else its description. An item without text is rejected on its own; a feed that does not
 * parse is rejected whole.
 */
export async function* readFeed(source: Source, limits: ReadLimits = LIMITS): AsyncIterable<ReadResult> {
  const base = { location: source.location, format: 'feed' };
  let feed: ReturnType<FeedParser['parseFeed']>;
  let diagnostics;
  try {
    const decoded = decodeRecord(await source.bytes(), source.location);
    diagnostics = decoded.diagnostics;
    feedParser ??= requireModule('@rowanmanning/feed-parser') as FeedParser;
    feed = feedParser.parseFeed(decoded.text);
  } catch (error) {
    const coded = error instanceof DyadError ? error : new DyadError('E016', { origin: source.location, format: 'RSS/Atom', cause: causeText(error) });
    yield { ok: false, error: coded, origin: base };
    return;
  }
  memoiseGetters(feed);
  const publisher = feed.title?.trim();
  let record = 0;
  for (const item of feed.items) {
    record++;
    const origin = { ...base, record };
    const html = item.content ?? item.description ?? '';
    const depth = htmlDepth(html);
    if (depth > limits.maxHtmlDepth) {
      yield { ok: false, error: new DyadError('E019', { origin: `${source.location}: record ${record}`, what: `the element nesting (${depth} levels)`, limit: `${limits.maxHtmlDepth} levels` }), origin };
      continue;
    }
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
    yield { ok: true, doc: { ...createDocument(text, { ...meta, origin }), diagnostics } };
  }
}

/**
 * Compute each of the feed's properties once. An item without its own authors (or categories)
 * asks the feed, whose getter scans every child of the channel, items included: read per item,
 * that made a feed quadratic in its length (see #16).
 */
function memoiseGetters(feed: object): void {
  for (let proto = Object.getPrototypeOf(feed) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      const { get: getter } = descriptor as { get?: (this: object) => unknown };
      if (!getter || Object.hasOwn(feed, name)) continue;
      Object.defineProperty(feed, name, {
        configurable: true,
        get() {
          const value: unknown = getter.call(feed);
          Object.defineProperty(feed, name, { value });
          return value;
        },
      });
    }
  }
}

function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return htmlNodeToText(parseHtmlFragment(html).body);
}
