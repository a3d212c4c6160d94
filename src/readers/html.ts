import { createRequire } from 'node:module';
import { createDocument } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import { decodeRecord } from './decode.js';
import { htmlNodeToText, parseHtmlDocument, parseHtmlFragment, type HtmlDocument } from './html-to-text.js';
import { toIsoDate } from './iso-date.js';
import { LIMITS, htmlDepth, type ReadLimits } from './limits.js';
import type { ReadResult, Source } from './types.js';

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date'];

/** Readability is loaded on the first page read, not at start-up, as linkedom is (`html-to-text.ts`, #13). */
let readability: typeof import('@mozilla/readability') | undefined;
const requireModule = createRequire(import.meta.url);

/**
 * Read an HTML article page: Readability finds the main text (navigation, comments and
 * related-article lists out), kept as paragraphs; title, byline and published time come from the
 * page's metadata.
 */
export async function* readHtml(source: Source, limits: ReadLimits = LIMITS): AsyncIterable<ReadResult> {
  const origin = { location: source.location, format: 'html' };
  try {
    const { text: html, diagnostics } = decodeRecord(await source.bytes(), source.location);
    // Readability's own message for an empty page misleads ("no document"): say what it is.
    if (!html.trim()) throw new DyadError('E024', { origin: source.location });
    const depth = htmlDepth(html);
    if (depth > limits.maxHtmlDepth) throw new DyadError('E019', { origin: source.location, what: `the element nesting (${depth} levels)`, limit: `${limits.maxHtmlDepth} levels` });
    const article = extractArticle(html, source.location);
    if (!article) throw new DyadError('E015', { origin: source.location });
    yield { ok: true, doc: { ...createDocument(article.text, { ...article.meta, origin }), diagnostics } };
  } catch (error) {
    const coded = error instanceof DyadError ? error : new DyadError('E016', { origin: source.location, format: 'HTML', cause: causeText(error) });
    yield { ok: false, error: coded, origin };
  }
}

/** Main text and metadata of an HTML page, or undefined when no article text is found. */
export function extractArticle(html: string, url?: string): { text: string; meta: { title?: string; byline?: string; date?: string; url?: string; source?: string } } | undefined {
  const document = parseHtmlDocument(html);
  const published = findPublished(document);
  const siteName = metaContent(document, 'og:site_name');
  readability ??= requireModule('@mozilla/readability') as typeof import('@mozilla/readability');
  const parsed = new readability.Readability(document, { charThreshold: 200 }).parse();
  if (!parsed?.content) return undefined;
  const text = htmlNodeToText(parseHtmlFragment(parsed.content).body);
  if (!/\p{L}/u.test(text)) return undefined;
  const meta: Record<string, string> = {};
  if (parsed.title) meta.title = parsed.title.trim();
  if (parsed.byline) meta.byline = parsed.byline.trim();
  const date = published ?? (parsed.publishedTime ? toIsoDate(parsed.publishedTime) : undefined);
  if (date) meta.date = date;
  if (url && /^https?:/.test(url)) meta.url = url;
  if (siteName ?? parsed.siteName) meta.source = (siteName ?? parsed.siteName)!.trim();
  return { text, meta };
}

function findPublished(document: HtmlDocument): string | undefined {
  for (const name of PUBLISHED_META) {
    const value = metaContent(document, name);
    const iso = value ? toIsoDate(value) : undefined;
    if (iso) return iso;
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return time ? toIsoDate(time) : undefined;
}

function metaContent(document: HtmlDocument, name: string): string | undefined {
  const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
  return el?.getAttribute('content')?.trim() || undefined;
}
