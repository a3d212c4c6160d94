import { readFileSync } from 'node:fs';
import { assetPath } from '../../core/assets.js';
import type { PloverEvent } from './plover.js';

/** One word of a pattern: its alternatives, lower-case (a synonym set expands to many). */
export type PatternWord = readonly string[];
/** A noun phrase of a pattern: its words in order, the last one the head. */
export type PatternPhrase = readonly PatternWord[];

/**
 * A CAMEO verb pattern, reduced to what a dependency tree can check: nouns before the verb
 * (subject side), nouns after it (object side) and prepositional phrases `(PREP noun)`.
 */
export interface VerbPattern {
  readonly subj: readonly PatternPhrase[];
  readonly obj: readonly PatternPhrase[];
  readonly preps: readonly { readonly prep: string; readonly np?: PatternPhrase }[];
  readonly code: string;
  /** The dictionary line the pattern came from, for `why`. */
  readonly source: string;
}

/** A verb (or a multi-word verb) with the code it has alone and its patterns. */
export interface VerbEntry {
  /** CAMEO code of the isolated verb; absent when the verb alone is no event. */
  readonly code?: string;
  /**
   * The pattern blocks that apply, in order of priority: a hand-kept `dyad:` block first when there
   * is one, then the CAMEO dictionary block the verb belongs to (e.g. `CONFER`).
   */
  readonly blocks: readonly string[];
  /** For multi-word verbs: the words that must stand right before / after the verb. */
  readonly before?: readonly string[];
  readonly after?: readonly string[];
}

/** A noun that names an event ("talks", "invitation", "ceasefire"). */
export interface NounEntry {
  readonly code: string;
  readonly note: string;
}

/** What a CAMEO code means in PLOVER, with its Goldstein score. */
export interface CameoEntry {
  readonly event: PloverEvent;
  readonly mode?: string;
  readonly context: readonly string[];
  readonly goldstein?: number;
  readonly label: string;
}

/** The compiled trigger lexicon (`models/events/lexicon.json`, built by `npm run build:events`). */
export interface Lexicon {
  readonly version: 1;
  readonly cameo: Readonly<Record<string, CameoEntry>>;
  /** Patterns per dictionary block; a pattern with code `---` says the construction is no event. */
  readonly blocks: Readonly<Record<string, readonly VerbPattern[]>>;
  /** Verbs by lemma; each lemma may have several entries (a plain verb and multi-word verbs). */
  readonly verbs: Readonly<Record<string, readonly VerbEntry[]>>;
  readonly nouns: Readonly<Record<string, NounEntry>>;
  /** Irregular inflected forms to lemmas, for when the tagger's lemma is off. */
  readonly forms: Readonly<Record<string, string>>;
}

let cached: Lexicon | undefined;

/** The shipped lexicon, read once. */
export function loadLexicon(): Lexicon {
  cached ??= JSON.parse(readFileSync(assetPath('models', 'events', 'lexicon.json'), 'utf8')) as Lexicon;
  return cached;
}
