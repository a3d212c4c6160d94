import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
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

/** What a verb sense asks of the verb's arguments (see `data/senses.tsv`). */
export const SENSE_REQUIREMENTS = ['actor-object', 'thing-object', 'complement', 'infinitive', 'forecast-clause'] as const;
export type SenseRequirement = (typeof SENSE_REQUIREMENTS)[number];

export function isSenseRequirement(value: string): value is SenseRequirement {
  return (SENSE_REQUIREMENTS as readonly string[]).includes(value);
}

/** A sense of a verb that its argument structure selects ("called Macron" is a phone call). */
export interface VerbSense {
  readonly requirement: SenseRequirement;
  /** CAMEO code of the sense; `---` when the sense is no event ("as demonstrated by"). */
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
  /** Verb senses selected by argument structure, by lemma. */
  readonly senses?: Readonly<Record<string, readonly VerbSense[]>>;
  /** Irregular inflected forms to lemmas, for when the tagger's lemma is off. */
  readonly forms: Readonly<Record<string, string>>;
}

/**
 * A pattern word as the matcher uses it: the set of head words it accepts. `before` holds, for a
 * head that only multi-word alternatives give, the words that must stand right before it: "fire"
 * is a ceasefire only as "cease fire", "gas" a chemical weapon only as "nerve gas", not "tear gas".
 */
export type WordSet = ReadonlySet<string> & { readonly before?: ReadonlyMap<string, readonly (readonly string[])[]> };

/** A pattern ready for matching: words as sets, and one word the arguments must contain to be worth trying. */
export interface CompiledPattern {
  readonly subj: readonly (readonly WordSet[])[];
  readonly obj: readonly (readonly WordSet[])[];
  readonly preps: readonly { readonly prep: string; readonly np?: readonly WordSet[] }[];
  readonly code: string;
  readonly source: string;
  /** Words of which at least one must be among the verb's arguments (the first object or preposition head). */
  readonly anchor?: WordSet;
  /** Position in its block: among equally specific patterns the earlier one wins. */
  readonly order: number;
}

/** A block's patterns, indexed by their anchor words so that a verb tries only those its arguments can fit. */
export interface CompiledBlock {
  readonly unanchored: readonly CompiledPattern[];
  readonly byWord: ReadonlyMap<string, readonly CompiledPattern[]>;
}

/** The lexicon with its patterns compiled for fast matching. */
export interface RuntimeLexicon extends Lexicon {
  readonly compiled: Readonly<Record<string, CompiledBlock>>;
}

/** The asset kind of the compiled lexicon (JSON `Lexicon`); the header's version replaces the old unread `version` field. */
export const EVENTS_LEXICON: AssetKind<RuntimeLexicon> = { kind: 'events-lexicon', version: 1, decode: (payload) => compileLexicon(JSON.parse(payload.toString('utf8')) as Lexicon) };

/** The shipped lexicon, read and compiled once. */
export function loadLexicon(): RuntimeLexicon {
  return loadAsset(EVENTS_LEXICON, assetPath('models', 'events', 'lexicon.json'));
}

/** Turn pattern words into sets of accepted head words (the last word of multi-word alternatives). */
export function compileLexicon(lexicon: Lexicon): RuntimeLexicon {
  const sets = new Map<string, WordSet>();
  const toSet = (word: PatternWord): WordSet => {
    const key = word.join('|');
    let set = sets.get(key);
    if (!set) sets.set(key, (set = wordSet(word)));
    return set;
  };
  const phrase = (p: PatternPhrase) => p.map(toSet);
  const compiled: Record<string, CompiledBlock> = {};
  for (const [block, patterns] of Object.entries(lexicon.blocks)) {
    const unanchored: CompiledPattern[] = [];
    const byWord = new Map<string, CompiledPattern[]>();
    patterns.forEach((p, order) => {
      const obj = p.obj.map(phrase);
      const preps = p.preps.map(({ prep, np }) => ({ prep, ...(np ? { np: phrase(np) } : {}) }));
      const anchor = obj[0]?.[obj[0].length - 1] ?? preps.find((x) => x.np)?.np?.at(-1);
      const pattern: CompiledPattern = { subj: p.subj.map(phrase), obj, preps, code: p.code, source: p.source, order, ...(anchor ? { anchor } : {}) };
      if (!anchor) unanchored.push(pattern);
      else for (const word of anchor) byWord.set(word, [...(byWord.get(word) ?? []), pattern]);
    });
    compiled[block] = { unanchored, byWord };
  }
  return { ...lexicon, compiled };
}

/** The heads of a pattern word's alternatives, with the words a multi-word-only head needs before it. */
function wordSet(word: PatternWord): WordSet {
  const heads = new Set<string>();
  const single = new Set<string>();
  const before = new Map<string, string[][]>();
  for (const alt of word) {
    const cut = alt.lastIndexOf(' ');
    const head = alt.slice(cut + 1);
    heads.add(head);
    if (cut < 0) single.add(head);
    else before.set(head, [...(before.get(head) ?? []), alt.slice(0, cut).split(' ').filter(Boolean)]);
  }
  for (const head of single) before.delete(head);
  return before.size ? Object.assign(heads, { before }) : heads;
}
