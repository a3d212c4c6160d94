import { readFileSync } from 'node:fs';
import { assetPath } from '../core/assets.js';
import { articleDate } from '../core/days.js';
import type { Document } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import '../stages/actors/types.js';
import '../stages/dateline/types.js';
import '../stages/discourse/types.js';
import '../stages/sentences/types.js';
import { partyKey } from '../stages/discourse/participants.js';
import { exactHash, minhash, words } from './fingerprint.js';

/** What grouping knows of a stored article: kept with it, compared with the articles it may join. */
export interface StoryDoc {
  readonly document: string;
  readonly input: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly date: string | null;
  /** Hash of the body's words (after the dateline). */
  readonly hash: string;
  /** MinHash signature of the body's word shingles. */
  readonly signature: readonly number[];
  /** Parties of the meeting or call the lead reports (country or organisation keys), sorted. */
  readonly parties: readonly string[];
  /** `call`, `announcement`, … from `data/kinds.tsv`; null for anything else (a meeting, a statement). */
  readonly kind: string | null;
}

let kinds: ReadonlyMap<string, string> | undefined;

/** The kind words shipped with dyad (`src/stories/data/kinds.tsv`), read once. */
export function loadKinds(path = assetPath('src', 'stories', 'data', 'kinds.tsv')): ReadonlyMap<string, string> {
  if (kinds) return kinds;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DyadError('E040', { path, cause: causeText(error) }, { cause: error });
  }
  kinds = parseKinds(text, path);
  return kinds;
}

/** Rows `word<TAB>kind`; `#` starts a comment line. */
export function parseKinds(text: string, path: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [word = '', kind = '', extra] = line.split('\t').map((f) => f.trim());
    if (!/^[a-z]+$/.test(word) || !/^[a-z]+$/.test(kind) || extra !== undefined) throw new DyadError('E170', { path, line: i + 1, problem: 'expected a lower-case word and a kind, tab-separated' });
    if (!out.has(word)) out.set(word, kind);
  });
  return out;
}

/** The text after the dateline (the whole text when no dateline stage ran). */
export function bodyText(doc: Document): string {
  const body = doc.layers.dateline?.body;
  return body ? doc.text.slice(body.start, body.end) : doc.text;
}

/** A stored article's grouping features. */
export function storyDoc(doc: Document, kindWords: ReadonlyMap<string, string> = loadKinds()): StoryDoc {
  const bodyWords = words(bodyText(doc));
  const title = doc.meta.title ?? (doc.layers.dateline?.headline ? doc.text.slice(doc.layers.dateline.headline.start, doc.layers.dateline.headline.end) : null);
  const participants = doc.layers.discourse?.participants;
  const parties = [...new Set((participants?.members ?? []).map(partyKey).filter(Boolean))].sort();
  const sentences = doc.layers.sentences ?? [];
  const lead = sentences[participants?.sent ?? 0];
  const leadText = lead ? doc.text.slice(lead.start, lead.end) : bodyText(doc).slice(0, 300);
  return {
    document: doc.id,
    input: doc.meta.sourceId ?? doc.id,
    source: doc.meta.source ?? doc.layers.dateline?.agency ?? null,
    title,
    date: articleDate(doc) ?? null,
    hash: exactHash(bodyWords),
    signature: minhash(bodyWords),
    parties,
    kind: kindOf([...words(title ?? ''), ...words(leadText)], kindWords),
  };
}

/** The kind of the first listed word the text has (the list's order decides, not the text's). */
function kindOf(textWords: readonly string[], kindWords: ReadonlyMap<string, string>): string | null {
  const present = new Set(textWords);
  for (const [word, kind] of kindWords) if (present.has(word)) return kind;
  return null;
}
