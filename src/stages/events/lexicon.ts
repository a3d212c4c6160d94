import { assetPath, loadAsset, type AssetKind } from '../../core/assets.js';
import type { PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';

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
  /**
   * Object nouns must be the verb's own object (`=` in data/verbs.txt): "shrugged off claims", not any noun
   * below the verb ("shrugged off the crisis despite calls from France").
   */
  readonly direct?: true;
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
export const SENSE_REQUIREMENTS = ['actor-object', 'thing-object', 'complement', 'infinitive', 'forecast-clause', 'actor-infinitive', 'object-infinitive', 'joint-subject',
  'indicative-clause', 'thing-subject', 'thing-forecast', 'intransitive', 'actor-addressee',
  'coordinated-subject', 'thing-topic', 'thing-clause', 'own-course', 'bare', 'thing-agent', 'foreign-thing-object', 'foreign-goods-on', 'unarmed-thing-object',
  'thing-cause'] as const;
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

/** The trigger lexicon's tables other than its patterns (`models/events/lexicon.json`, built by `npm run build:events`). */
export interface LexiconTables {
  readonly cameo: Readonly<Record<string, CameoEntry>>;
  /** Verbs by lemma; each lemma may have several entries (a plain verb and multi-word verbs). */
  readonly verbs: Readonly<Record<string, readonly VerbEntry[]>>;
  readonly nouns: Readonly<Record<string, NounEntry>>;
  /** Verb senses selected by argument structure, by lemma. */
  readonly senses?: Readonly<Record<string, readonly VerbSense[]>>;
  /** Irregular inflected forms to lemmas, for when the tagger's lemma is off. */
  readonly forms: Readonly<Record<string, string>>;
}

/** The trigger lexicon as `npm run build:events` assembles it, patterns spelt out word by word. */
export interface Lexicon extends LexiconTables {
  /** Patterns per dictionary block; a pattern with code `---` says the construction is no event. */
  readonly blocks: Readonly<Record<string, readonly VerbPattern[]>>;
}

/** A pattern as stored: each pattern word is an index into the file's `words` table. */
export interface StoredPattern {
  readonly subj: readonly (readonly number[])[];
  readonly obj: readonly (readonly number[])[];
  readonly preps: readonly { readonly prep: string; readonly np?: readonly number[] }[];
  readonly code: string;
  readonly source: string;
  readonly direct?: true;
}

/**
 * The lexicon as `models/events/lexicon.json` stores it. CAMEO synonym sets (`&WEAPON`: 224
 * alternatives) recur in hundreds of patterns; spelt out, they made 1.1 MB of JSON that every
 * process parsed and turned into sets again. Stored once in `words`, each is parsed and compiled once.
 */
export interface LexiconFile extends LexiconTables {
  /** The distinct pattern words (lists of alternatives), in order of first use. */
  readonly words: readonly PatternWord[];
  readonly blocks: Readonly<Record<string, readonly StoredPattern[]>>;
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
  /** Object nouns must be the verb's own object (`VerbPattern.direct`). */
  readonly direct: boolean;
  /** Words of which at least one must be among the verb's arguments (the first object or preposition head). */
  readonly anchor: WordSet | undefined;
  /**
   * The object words are particles alone ("* OFF", "* ON"; rule-words `pattern-particle`), so a preposition away from
   * the verb is no object word (patterns.ts, isStrayPreposition). Found once here, not at every match (#13).
   */
  readonly particlesOnly: boolean;
  /** Position in its block: among equally specific patterns the earlier one wins. */
  readonly order: number;
}

/** A block's patterns, indexed by their anchor words so that a verb tries only those its arguments can fit. */
export interface CompiledBlock {
  readonly unanchored: readonly CompiledPattern[];
  readonly byWord: ReadonlyMap<string, readonly CompiledPattern[]>;
}

/** The lexicon with its patterns compiled for fast matching. */
export interface RuntimeLexicon extends LexiconTables {
  /** A block's patterns compiled for matching, on first use; undefined for a block the lexicon lacks. */
  block(name: string): CompiledBlock | undefined;
}

/** The asset kind of the compiled lexicon (JSON `LexiconFile` laid out by `formatLexicon`); version 2 stores pattern words once, by index. */
export const EVENTS_LEXICON: AssetKind<RuntimeLexicon> = { kind: 'events-lexicon', version: 2, decode: (payload, path) => readLexicon(payload, path) };

/** The shipped lexicon, read and compiled once. */
export function loadLexicon(): RuntimeLexicon {
  return loadAsset(EVENTS_LEXICON, assetPath('models', 'events', 'lexicon.json'));
}

/** Store each distinct pattern word once and let patterns refer to it by index. */
export function packLexicon(lexicon: Lexicon): LexiconFile {
  const words: PatternWord[] = [];
  const index = new Map<string, number>();
  // The key joins with a character no pattern word holds, so distinct lists never share one.
  const ref = (word: PatternWord): number => {
    const key = word.join('\n');
    let i = index.get(key);
    if (i === undefined) index.set(key, (i = words.push(word) - 1));
    return i;
  };
  const phrase = (p: PatternPhrase): number[] => p.map(ref);
  const blocks: Record<string, StoredPattern[]> = {};
  for (const [block, patterns] of Object.entries(lexicon.blocks)) {
    blocks[block] = patterns.map((p) => ({
      subj: p.subj.map(phrase),
      obj: p.obj.map(phrase),
      preps: p.preps.map(({ prep, np }) => ({ prep, ...(np ? { np: phrase(np) } : {}) })),
      code: p.code,
      source: p.source,
      ...(p.direct ? { direct: true as const } : {}),
    }));
  }
  const { blocks: _spelt, ...rest } = lexicon;
  return { ...rest, words, blocks };
}

/**
 * The JSON text of the file, laid out for `readLexicon`: everything but the blocks on the first line,
 * which ends by opening `blocks`, then one block per line, then the closing `}}`.
 */
export function formatLexicon(file: LexiconFile): string {
  const { blocks, ...rest } = file;
  const head = JSON.stringify({ ...rest, blocks: {} });
  const lines = Object.entries(blocks).map(([name, patterns]) => `${JSON.stringify(name)}:${JSON.stringify(patterns)}`);
  return `${head.slice(0, -2)}\n${lines.join(',\n')}\n}}\n`;
}

/**
 * The lexicon ready for matching, from the text `formatLexicon` wrote. Blocks hold 70% of the file
 * and a document asks for a few dozen of the 436: a block's line is parsed, and its patterns
 * compiled, when a verb first asks for it. Parsing the whole file and compiling every block took
 * ~150-250 ms of CPU at every process start (cold code, #13). Pattern words are made sets once.
 */
export function readLexicon(payload: Buffer, path: string): RuntimeLexicon {
  const NEWLINE = 0x0a;
  const first = payload.indexOf(NEWLINE);
  const { words, blocks: _none, ...tables } = JSON.parse(payload.toString('utf8', 0, first) + '}}') as LexiconFile;
  // Each block line is `"NAME":[…],` (no comma on the last): the byte range of its array, by name.
  const lines = new Map<string, { from: number; to: number }>();
  for (let start = first + 1, end = payload.indexOf(NEWLINE, start); end > start + 2; start = end + 1, end = payload.indexOf(NEWLINE, start)) {
    // Block names are CAMEO and dyad block names: no quote in them, so the first `":` ends the name.
    const colon = payload.indexOf('":', start + 1);
    if (colon < 0 || colon > end || payload[colon + 2] !== 0x5b) throw new Error(`${path}: not a block line: ${payload.toString('utf8', start, Math.min(end, start + 80))}`);
    lines.set(JSON.parse(payload.toString('utf8', start, colon + 1)) as string, { from: colon + 2, to: payload[end - 1] === 0x2c ? end - 1 : end });
  }
  const sets: WordSet[] = [];
  const toSet = (i: number): WordSet => (sets[i] ??= wordSet(words[i]));
  const compiled = new Map<string, CompiledBlock>();
  return {
    ...tables,
    block(name) {
      let block = compiled.get(name);
      const line = block ? undefined : lines.get(name);
      if (line) compiled.set(name, (block = compileBlock(JSON.parse(payload.toString('utf8', line.from, line.to)) as StoredPattern[], toSet)));
      return block;
    },
  };
}

/**
 * The one empty list that every empty pattern side, and a block's unanchored patterns when it has none, refer to; readonly
 * by type, not frozen. Its elements kind is the empty literal's (PACKED_SMI_ELEMENTS) and the non-empty lists' is
 * PACKED_ELEMENTS (objects), so the matcher's loops already meet two kinds; freezing it would add a third,
 * PACKED_FROZEN_ELEMENTS (checked with `%DebugPrint`, Node 20).
 */
const NONE: readonly never[] = [];

/**
 * A block's patterns with their words as sets, indexed by anchor word. Compiled blocks stay for the life of a thread and
 * grow as its stories meet more verbs (3.6 MB of heap after 300 Reuters stories, 5.3 MB with every block, #13), so
 * they are kept compact: empty sides are one shared array, and every word whose patterns are the same shares one
 * list of exactly their length (a list grown by `push` keeps room for 16 more; 16,744 anchor words name 4,300 lists).
 */
function compileBlock(patterns: readonly StoredPattern[], toSet: (i: number) => WordSet): CompiledBlock {
  const phrase = (p: readonly number[]) => p.map(toSet);
  const side = (list: readonly (readonly number[])[]) => (list.length === 0 ? NONE : list.map(phrase));
  const unanchored: CompiledPattern[] = [];
  const byWord = new Map<string, CompiledPattern[]>();
  patterns.forEach((p, order) => {
    const obj = side(p.obj);
    const preps = p.preps.length === 0 ? NONE : p.preps.map(({ prep, np }) => ({ prep, ...(np ? { np: phrase(np) } : {}) }));
    const anchor = obj[0]?.[obj[0].length - 1] ?? preps.find((x) => x.np)?.np?.at(-1);
    // Every pattern has every field, so the matcher meets one object shape, not four (spreads of optional fields).
    const pattern: CompiledPattern = { subj: side(p.subj), obj, preps, code: p.code, source: p.source, order, direct: p.direct === true, anchor, particlesOnly: isParticlesOnly(obj) };
    if (!anchor) unanchored.push(pattern);
    else {
      for (const word of anchor) {
        const list = byWord.get(word);
        if (list) list.push(pattern);
        else byWord.set(word, [pattern]);
      }
    }
  });
  return { unanchored: unanchored.length === 0 ? NONE : unanchored.slice(), byWord: sharedLists(byWord) };
}

/** The index with equal lists made one array of exactly their length (patterns compare by identity: one object each). */
function sharedLists(byWord: ReadonlyMap<string, readonly CompiledPattern[]>): ReadonlyMap<string, readonly CompiledPattern[]> {
  const lists = new Map<string, readonly CompiledPattern[]>();
  const shared = new Map<string, readonly CompiledPattern[]>();
  for (const [word, list] of byWord) {
    const key = list.map((p) => p.order).join(' ');
    let one = lists.get(key);
    if (one === undefined) lists.set(key, (one = list.slice()));
    shared.set(word, one);
  }
  return shared;
}

/** Words that are a verb's particle in CAMEO's bare-word patterns ("* OFF", "* ON"), read on the first block compiled. */
let particles: ReadonlySet<string> | undefined;

/**
 * Whether a pattern's object words are particles alone ("* OFF", "* ON"), the only patterns isStrayPreposition guards.
 * With a noun beside it the word is a real preposition the noun's phrase needs: "* ATTACK ON +" ("condemned the attack
 * on the embassy", 112), "* ON TRIP" ("left Tokyo on Monday on a trip", 042), "* ON &SOLUTION" (035).
 */
function isParticlesOnly(obj: readonly (readonly WordSet[])[]): boolean {
  if (obj.length === 0) return false;
  particles ??= ruleWords('pattern-particle');
  for (const phrase of obj) {
    if (phrase.length !== 1) return false;
    for (const word of phrase[0]) if (!particles.has(word)) return false;
  }
  return true;
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
