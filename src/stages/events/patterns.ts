/**
 * Fitting a verb's CAMEO patterns to its arguments in the dependency tree: the patterns of each
 * block are indexed by anchor word (`lexicon.ts`), so a verb tries only those its arguments can fit.
 */
import type { CompiledBlock, CompiledPattern, RuntimeLexicon, VerbEntry, WordSet } from './lexicon.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, rootNounBefore, subjectOf, TIME_WORDS, walkTokens, type Tree } from './tree.js';

/** Relations whose subtrees are another clause's business, not the verb's own arguments. */
const OTHER_CLAUSES = ['nsubj', 'csubj', 'ccomp', 'parataxis', 'advcl', 'conj', 'punct', 'list', 'discourse', 'vocative'];

/**
 * The best-fitting pattern of the entry's blocks, tried in block order and, within a block, in
 * pattern order; a block tries only its unanchored patterns and those anchored on a word the
 * verb's arguments contain.
 */
export function bestPattern(tree: Tree, lexicon: RuntimeLexicon, i: number, entry: VerbEntry): { pattern: CompiledPattern; block: string; weight: number } | undefined {
  const best = bestFit(lexicon, entry, argumentsOf(tree, i));
  if (best) return best;
  // The walk stops at every `conj` (a conjoined verb is another clause), so a noun coordinated with the
  // object is not seen: when the object itself fits nothing, its conjuncts are tried as objects ("the
  // decision to hand over two demining systems and medical equipment": the equipment is aid;
  // "reaffirmed the strong bonds between our nations and their commitment to …"). Only as a fallback,
  // so that a fitting first object keeps its pattern ("uses missiles, aircraft, helicopters against us"), and
  // only for a verb that is no event alone: a verb with its own code keeps it ("discussed trade and
  // investment …, as well as steps to …" stays a consultation, not CAMEO's "* STEPS").
  if (entry.code !== undefined) return undefined;
  const conjuncts = objectConjuncts(tree, i);
  return conjuncts.length ? bestFit(lexicon, entry, argumentsOf(tree, i, conjuncts)) : undefined;
}

function bestFit(lexicon: RuntimeLexicon, entry: VerbEntry, args: Args): { pattern: CompiledPattern; block: string; weight: number } | undefined {
  let best: { pattern: CompiledPattern; block: string; weight: number } | undefined;
  for (const block of entry.blocks) {
    const compiled = lexicon.block(block);
    if (!compiled) continue;
    const { unanchored } = compiled;
    const anchored = anchoredOf(compiled, args);
    // Both lists are in pattern order: walk them merged, each pattern once (a pattern is indexed
    // under every word of its anchor, and several argument words may name it).
    for (let a = 0, u = 0; a < anchored.length || u < unanchored.length; ) {
      let pattern: CompiledPattern;
      if (a < anchored.length && (u >= unanchored.length || anchored[a].order < unanchored[u].order)) {
        pattern = anchored[a++];
        while (a < anchored.length && anchored[a] === pattern) a++;
      } else pattern = unanchored[u++];
      const weight = matchPattern(args, pattern);
      // A hand-kept block corrects CAMEO for its verbs: a CAMEO pattern replaces its fit only when
      // it asks for a whole word more ("captured Iraqi posts" stays the dyad ASSAULT, not CAMEO's
      // "&MILITARY *"; "agreed on the importance of" still finds CAMEO's longer pattern).
      const margin = best?.block.startsWith('dyad:') && !block.startsWith('dyad:') ? 0.5 : 0;
      if (weight > 0 && (!best || weight > best.weight + margin)) best = { pattern, block, weight };
    }
  }
  return best;
}

/**
 * The first pattern of the entry's blocks anchored on token `t` (its form or lemma) that fits the verb's arguments, in
 * block and pattern order, if it passes `wanted`; undefined if none fits OR the first fit is unwanted (the first fit
 * decides; a later wanted fit is never returned): a pattern on what a verb meets read before others that outweigh it.
 * A hand block's pattern that fits first and is not wanted ("face * PENALTIES", no event) hides CAMEO's ("* PENALTY",
 * 112) as it does in `bestPattern` (review d #12: "face" meets objections too).
 */
export function firstFitOrNoneOn(tree: Tree, lexicon: RuntimeLexicon, i: number, entry: VerbEntry, t: number, wanted: (pattern: CompiledPattern) => boolean): { pattern: CompiledPattern; block: string; weight: number } | undefined {
  const args = argumentsOf(tree, i);
  for (const block of entry.blocks) {
    const compiled = lexicon.block(block);
    for (const key of new Set([tree.words[t], tree.lemmas[t]])) {
      for (const pattern of compiled?.byWord.get(key) ?? []) {
        const weight = matchPattern(args, pattern);
        if (weight > 0) return wanted(pattern) ? { pattern, block, weight } : undefined;
      }
    }
  }
  return undefined;
}

/** The block's patterns anchored on a word, lemma or plural lemma of the arguments, in pattern order (with repeats). */
function anchoredOf(compiled: CompiledBlock, args: Args): CompiledPattern[] {
  const out: CompiledPattern[] = [];
  for (const key of args.anchorKeys()) addAnchored(out, compiled, key);
  if (out.length > 1) out.sort(byOrder);
  return out;
}

function byOrder(a: CompiledPattern, b: CompiledPattern): number {
  return a.order - b.order;
}

/** Push the block's patterns anchored on `key`; a function, not a closure, which made a context per block and verb (#13). */
function addAnchored(out: CompiledPattern[], compiled: CompiledBlock, key: string): void {
  const patterns = compiled.byWord.get(key);
  if (patterns) for (const p of patterns) out.push(p);
}

/** Nouns coordinated with the verb's object or passive subject ("systems and medical equipment"). */
function objectConjuncts(tree: Tree, verb: number): number[] {
  const out: number[] = [];
  for (const obj of childrenBy(tree, verb, 'obj', 'nsubj:pass')) {
    for (const c of childrenBy(tree, obj, 'conj')) if (tree.pos[c]?.upos === 'NOUN' || tree.pos[c]?.upos === 'PROPN') out.push(c);
  }
  return out;
}

/** Each tree's lemmas with a plural "s", made per token when first asked: most tokens never are (#13). */
const PLURALS = new WeakMap<Tree, string[]>();

function pluralsOf(tree: Tree): string[] {
  let plurals = PLURALS.get(tree);
  if (!plurals) PLURALS.set(tree, (plurals = []));
  return plurals;
}

/**
 * The verb's own arguments and their dependents three levels down, with what patterns ask of them, each computed
 * once per verb and only when first asked (many verbs' patterns never ask). A class, not an object of closures made
 * per verb, whose optimised code a worker's full collections dropped (#13).
 */
class Args {
  private readonly plurals: string[];
  private markers: Map<number, string | undefined> | undefined;
  private nears: Map<number, number[]> | undefined;
  private keys: string[] | undefined;
  private subjectAsked = false;
  private subject: ReturnType<typeof subjectOf>;

  /** `depths[k]`: how far below the verb argument token `tokens[k]` is. */
  constructor(readonly tree: Tree, readonly verb: number, readonly tokens: readonly number[], readonly depths: readonly number[]) {
    this.plurals = pluralsOf(tree);
  }

  /**
   * Token `t`'s lemma with a plural "s" (pattern nouns are often plural). A proper noun has no plural: its own word
   * stands in, so "the Federal Reserve moved to tighten credit" is not the "reserves" of CAMEO's &MILITARY (MOVE
   * "&MILITARY * TO", 154), a Reuters commonplace coded MOBILIZE before (#12, session 49).
   */
  plural(t: number): string {
    return (this.plurals[t] ??= this.tree.pos[t].upos === 'PROPN' ? this.tree.words[t] : this.tree.lemmas[t] + 's');
  }

  marker(t: number): string | undefined {
    this.markers ??= new Map();
    if (!this.markers.has(t)) this.markers.set(t, markerOf(this.tree, t));
    return this.markers.get(t);
  }

  near(t: number): readonly number[] {
    this.nears ??= new Map();
    let list = this.nears.get(t);
    if (!list) this.nears.set(t, (list = walkTokens(this.tree, t, [], 2)));
    return list;
  }

  /** The verb's subject, asked once for all its subject patterns. */
  verbSubject(): ReturnType<typeof subjectOf> {
    if (!this.subjectAsked) {
      this.subject = subjectOf(this.tree, this.verb);
      this.subjectAsked = true;
    }
    return this.subject;
  }

  /**
   * The words, lemmas and plural lemmas of the arguments that patterns may be anchored on, made once for all the
   * entry's blocks. A key equal to the token's word would only repeat its patterns: most words are their own lemma,
   * and a plural noun its lemma's plural.
   */
  anchorKeys(): readonly string[] {
    if (this.keys) return this.keys;
    const { tree } = this;
    const keys: string[] = [];
    for (const t of this.tokens) {
      const word = tree.words[t];
      const lemma = tree.lemmas[t];
      const plural = this.plural(t);
      keys.push(word);
      if (lemma !== word) keys.push(lemma);
      if (plural !== word) keys.push(plural);
    }
    return (this.keys = keys);
  }
}

function argumentsOf(tree: Tree, i: number, conjuncts: readonly number[] = []): Args {
  // The passive subject is the logical object: "sanctions were imposed" fits "* SANCTIONS".
  const passive: number[] = [];
  for (const s of childrenBy(tree, i, 'nsubj:pass')) for (const t of walkTokens(tree, s, OTHER_CLAUSES, 2)) passive.push(t);
  // So is the noun a reduced relative describes: "the sanctions imposed by the US on Iran" fits "* SANCTIONS" as
  // "imposed sanctions" does (#12). Only the noun itself: its other dependents are no argument of the participle.
  const described = describedNounOf(tree, i);
  if (described !== undefined) passive.push(described);
  // The walks keep tokens and depths in two arrays, not an object per token (#13).
  const depths: number[] = [];
  const tokens = walkTokens(tree, i, OTHER_CLAUSES, 3, depths);
  // Depths in a list beside the tokens, not a map per verb, and the walk's own lists with the verb shifted off, not
  // copies (#13). A walk meets each token once; a logical object met again is at depth 1 wherever it stands, as the
  // map's last write had it.
  tokens.shift();
  depths.shift();
  for (const t of conjuncts.length ? passive.concat(conjuncts) : passive) {
    for (let k = 0; k < tokens.length; k++) if (tokens[k] === t) depths[k] = 1;
    tokens.push(t);
    depths.push(1);
  }
  return new Args(tree, i, tokens, depths);
}

/**
 * The noun a past participle describes as a reduced relative ("the troops sent to the border", "the loan offered by
 * Ottawa"): what it acts on, as a passive verb's subject is. Undefined for any other verb and for a participle on no
 * noun. A relative clause with its own verb form ("the sanctions that were imposed") is `acl:relcl`, read by its own subject.
 * A participle on the sentence's root noun is its only verb misread ("Tensions escalated between …"): the noun is its
 * subject, as triggers.ts reads it, and nothing the verb acts on (review c #3).
 */
export function describedNounOf(tree: Tree, verb: number): number | undefined {
  if (tree.deps[verb].deprel !== 'acl' || tree.pos[verb]?.xpos !== 'VBN' || rootNounBefore(tree, verb) !== undefined) return undefined;
  const head = tree.deps[verb].head;
  const upos = head >= 0 ? tree.pos[head]?.upos : undefined;
  return upos === 'NOUN' || upos === 'PROPN' ? head : undefined;
}

/**
 * How well a pattern fits, as the number of pattern words found (0 = no fit). Subject nouns are
 * checked on the subject phrase, object nouns and `(PREP noun)` phrases among the verb's arguments.
 */
function matchPattern(args: Args, pattern: CompiledPattern): number {
  let weight = 0;
  if (pattern.subj.length) {
    const subj = args.verbSubject();
    if (!subj || subj.passive) return 0;
    const near = args.near(subj.token);
    for (const phrase of pattern.subj) {
      if (!anyFits(args, near, phrase)) return 0;
      weight += phrase.length;
    }
  }
  const bare = pattern.particlesOnly;
  for (const phrase of pattern.obj) {
    let nearest = Infinity;
    for (let k = 0; k < args.tokens.length; k++) {
      const token = args.tokens[k];
      if ((!pattern.direct || isOwnObject(args, token)) && !(bare && isStrayPreposition(args, token)) && phraseFits(args, token, phrase)) nearest = Math.min(nearest, args.depths[k]);
    }
    if (nearest === Infinity) return 0;
    // Among equally long patterns, the one whose noun sits closer to the verb wins ("accepted the
    // invitation to pay a visit": the invitation, not the visit).
    weight += phrase.length - 0.01 * nearest;
  }
  for (const { prep, np } of pattern.preps) {
    if (!hasPrepositionalPhrase(args, prep, np, pattern.direct === true)) return 0;
    weight += 1 + (np?.length ?? 0);
  }
  return weight;
}

/**
 * Whether token `t` is what the verb acts on (a `=` pattern noun): its object, its passive subject, a noun coordinated
 * with either, or a noun whose preposition stands right after the verb, a particle the parser read as one ("brushed
 * aside the French proposal", "shrugged off the new sanctions"). Other phrases and the nouns below them are not:
 * "shrugged off the crisis despite calls from France", "brushed aside the scandal in a call with …", "brushed off
 * questions about the American proposal".
 */
function isOwnObject(args: Args, t: number): boolean {
  const { tree, verb } = args;
  // A conjunct stands where its first member does ("shrugged off the claims and demands of …").
  const first = tree.deps[t].deprel === 'conj' && tree.deps[t].head >= 0 ? tree.deps[t].head : t;
  if (first === describedNounOf(tree, verb)) return true;
  if (tree.deps[first].head !== verb) return false;
  const rel = tree.deps[first].deprel;
  if (rel === 'obj' || rel === 'nsubj:pass') return true;
  if (tree.baseRels[first] !== 'obl' && tree.baseRels[first] !== 'nmod') return false;
  const cases = childrenBy(tree, first, 'case');
  // With no preposition of its own, a phrase after the verb's particle is its object misread ("brushed off French
  // suggestions", the suggestions an `obl:agent`).
  if (!cases.length) return childrenBy(tree, verb, 'compound:prt').some((p) => p === verb + 1 && p < first);
  return cases.some((c) => c === verb + 1);
}

/**
 * Whether token `t` is the preposition of a phrase away from the verb, which a particle pattern ("* OFF", KICK's "kick
 * off" talks, 046; DEMAND's "* ON", "press on", 190) must not take for its particle (rule-words `pattern-particle`):
 * "the warship hit a mine off the coast" is no talks opened (#12). A preposition right after the verb may be the
 * particle misread ("kicked off talks"); `(PREP …)` patterns match phrases by their marker, not here.
 */
function isStrayPreposition(args: Args, t: number): boolean {
  return args.tree.deps[t].deprel === 'case' && t !== args.verb + 1 && PARTICLES.has(args.tree.lemmas[t]);
}

/** Words that are a verb's particle in CAMEO's bare-word patterns ("* OFF", "* ON"); "* FROM +", "* AT" name phrases. */
const PARTICLES = ruleWords('pattern-particle');

// The two searches below are loops, not closures: matchPattern runs for every pattern a verb's
// arguments may fit, and a closure over its parameters allocates their context on every call (#13).

/** Whether a subject pattern's phrase fits one of the subject's `near` tokens. */
function anyFits(args: Args, near: readonly number[], phrase: readonly WordSet[]): boolean {
  for (const t of near) if (phraseFits(args, t, phrase)) return true;
  return false;
}

/**
 * Whether the verb's arguments hold a `(PREP np)` phrase (`np` undefined: the bare preposition). `direct`: the pattern
 * names its own object (`=`), whose phrases are the idiom's as much as the verb's.
 */
function hasPrepositionalPhrase(args: Args, prep: string, np: readonly WordSet[] | undefined, direct: boolean): boolean {
  for (let k = 0; k < args.tokens.length; k++) {
    const token = args.tokens[k];
    // A bare "(FOR)" names the verb's own phrase: "attacked targets -- the term for tankers"
    // holds a "for" two levels down that says nothing of the attack. The parser hangs an idiom's phrase on its
    // object as often as on its verb ("pointed the finger | at Washington"), and that object is the idiom's own.
    if (np === undefined && args.depths[k] !== 1 && !(direct && args.depths[k] === 2 && isOwnObject(args, args.tree.deps[token].head))) continue;
    if (!isPrepositionalPhrase(args.tree, token)) continue;
    const marker = args.marker(token);
    if (marker !== prep && !marker?.startsWith(prep + ' ')) continue;
    if (np === undefined || phraseFits(args, token, np)) return true;
  }
  return false;
}

/**
 * Whether token `t` heads a prepositional phrase a `(PREP …)` pattern may match: a nominal, not an
 * infinitive ("welcomed the decision to hold" is no "(TO)" phrase) and not a time ("telephoned …
 * on Tuesday" is no "(ON)" appeal).
 */
function isPrepositionalPhrase(tree: Tree, t: number): boolean {
  const upos = tree.pos[t]?.upos;
  if (upos === 'VERB' || upos === 'AUX') return false;
  if (tree.deps[t].deprel.endsWith(':tmod') || TIME_WORDS.has(tree.lemmas[t]) || /^\d{4}$/.test(tree.words[t])) return false;
  return true;
}

/** A phrase fits token `t` when its head word is `t` and its other words are among `t`'s dependents. */
function phraseFits(args: Args, t: number, phrase: readonly WordSet[]): boolean {
  if (phrase.length === 0) return true;
  if (!wordFits(args, t, phrase[phrase.length - 1])) return false;
  return phrase.length === 1 || dependentsFit(args, t, phrase);
}

/** Whether the phrase's words before its head are among `t`'s dependents (apart, as its closure allocates: #13). */
function dependentsFit(args: Args, t: number, phrase: readonly WordSet[]): boolean {
  const deps = args.near(t);
  for (let k = 0; k < phrase.length - 1; k++) {
    if (!deps.some((d) => d !== t && wordFits(args, d, phrase[k]))) return false;
  }
  return true;
}

function wordFits(args: Args, t: number, words: WordSet): boolean {
  const { tree } = args;
  const key = words.has(tree.words[t]) ? tree.words[t] : words.has(tree.lemmas[t]) ? tree.lemmas[t] : words.has(args.plural(t)) ? args.plural(t) : undefined;
  if (key === undefined) return false;
  // A head that only a multi-word alternative gives needs that alternative's words right before it.
  const needs = words.before?.get(key);
  return !needs || hasPrefixBefore(tree, t, needs);
}

/** Whether one of the multi-word alternatives' `prefixes` stands right before `t` (apart, as its closures allocate: #13). */
function hasPrefixBefore(tree: Tree, t: number, prefixes: readonly (readonly string[])[]): boolean {
  return prefixes.some((prefix) => prefix.every((w, k) => {
    const u = t - prefix.length + k;
    return u >= 0 && (tree.words[u] === w || tree.lemmas[u] === w);
  }));
}
