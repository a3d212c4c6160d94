/**
 * Run the tagger over the sentences of one document, given as token texts, and read the
 * entities back. Sentences share a label history, so a name keeps its type across the document.
 */
import type { DocumentWith } from '../../core/stage.js';
import type { Scorer } from '../../ml/linear-model.js';
import '../tokens/types.js';
import { extractFeatures, FeatureScratch, normalizeToken, type Clusters } from './features.js';
import { GAZETTEER_LISTS, type Gazetteer, type GazetteerList } from './gazetteer.js';
import { LABEL_COUNT, NER_TYPES, type NerType } from './labels.js';
import { decodeSentence, labelConfidence, spansOf, type History, type TokenSpan } from './tagger.js';
import type { Entity } from './types.js';

/** What tagging needs: the loaded model, or the trainer's weights while training. */
export interface Recogniser extends Scorer {
  readonly gazetteer: Gazetteer;
  readonly clusters: Clusters;
  /** Multiplier from summed weights to softmax logits for confidences. */
  readonly temperature: number;
  /** Whether the weights are a loaded model's integers, so each word's own-feature sums may be remembered. */
  readonly integerWeights?: boolean;
}

/** An entity found in one sentence: token range [start, end) of that sentence. */
export interface SentenceEntity {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
  /** The lowest per-token label probability inside the span. */
  readonly confidence: number;
}

/** Feature arrays reused from sentence to sentence: a sentence's features are used up before the next. */
const scratch = new FeatureScratch(true);
/** Each token's label scores, for the confidences of the entities kept; reused likewise. */
let tokenScores = new Float64Array(64 * LABEL_COUNT);

/** Tag the sentences of one document (each a list of token texts). */
export function recogniseSentences(model: Recogniser, sentences: readonly (readonly string[])[]): SentenceEntity[][] {
  const history: History = new Map();
  const found: SentenceEntity[][] = [];
  for (const words of sentences) found.push(words.length === 0 ? [] : recogniseSentence(model, words, history));
  return addRepeatedNames(sentences, found);
}

// The entity lists are made by literals and `push`, never by `map`: a `map` that TurboFan inlines makes a holey list
// where the builtin makes a packed one, so the code that reads the lists met one shape or the other by which tier
// made them, and `recogniseDocument` was thrown away and compiled again four to five times a process (#13).

/** The entities of one sentence, tagged with the document's label history so far. */
function recogniseSentence(model: Recogniser, words: readonly string[], history: History): SentenceEntity[] {
  const f = extractFeatures(words, model.gazetteer, model.clusters, scratch);
  const labels = new Uint8Array(words.length);
  if (tokenScores.length < words.length * LABEL_COUNT) tokenScores = new Float64Array(words.length * 2 * LABEL_COUNT);
  decodeSentence(f, model, history, labels, tokenScores, undefined, model.integerWeights);
  const spans = addPrefixedGroups(words, typeKnownPlaces(words, splitKnownNames(words, spansOf(labels), model.gazetteer), model.gazetteer), model.gazetteer);
  const ents: SentenceEntity[] = [];
  for (const { start, end, type } of spans) {
    let conf = 1;
    for (let i = start; i < end; i++) conf = Math.min(conf, labelConfidence(tokenScores, labels, i, model.temperature));
    ents.push({ start, end, type: NER_TYPES[type], confidence: Math.round(conf * 1000) / 1000 });
  }
  return ents;
}

/** Confidence given to names found only by repetition. */
const REPEAT_CONFIDENCE = 0.5;

/**
 * Second pass over the document: a capitalised word left untagged that elsewhere in the same
 * document is a one-word name, or the surname ending a person's name, gets that type ("Putin
 * and Macron" after "Emmanuel Macron"). News names a person in full once, then by surname.
 */
export function addRepeatedNames(sentences: readonly (readonly string[])[], found: SentenceEntity[][]): SentenceEntity[][] {
  const known = new Map<string, NerType>();
  for (let s = 0; s < found.length; s++) {
    for (const e of found[s]) {
      if (e.end - e.start === 1) known.set(sentences[s][e.start], e.type);
      else if (e.type === 'PERSON') known.set(sentences[s][e.end - 1], e.type);
    }
  }
  const out: SentenceEntity[][] = [];
  for (let s = 0; s < found.length; s++) {
    const ents = found[s];
    const words = sentences[s];
    const covered = new Uint8Array(words.length + 1);
    for (const e of ents) covered.fill(1, Math.max(0, e.start - 1), e.end + 1);
    const added: SentenceEntity[] = [];
    for (let i = 0; i < words.length; i++) {
      const type = known.get(words[i]);
      if (type && !covered[i] && /^\p{Lu}\p{Ll}/u.test(words[i])) added.push({ start: i, end: i + 1, type, confidence: REPEAT_CONFIDENCE });
    }
    out.push(added.length ? [...ents, ...added].sort((a, b) => a.start - b.start) : ents);
  }
  return out;
}

const PLACE_LISTS = listBits(['country', 'city', 'region']);
const ORG_LISTS = listBits(['org']);
const GPE = NER_TYPES.indexOf('GPE');
const ORG = NER_TYPES.indexOf('ORG');

// Loops and module-level functions in this file, not closures made per call: those lose their
// optimised code at each full collection, which a worker's bounded heap makes frequent (#13).

/** The normalised, lower-cased words [start, end). */
function normalizedLower(words: readonly string[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = start; i < Math.min(end, words.length); i++) out.push(normalizeToken(words[i]).toLowerCase());
  return out;
}

function listBits(lists: readonly GazetteerList[]): number {
  return lists.reduce((bits, list) => bits | (1 << GAZETTEER_LISTS.indexOf(list)), 0);
}

/**
 * Split a span that is a known organisation directly followed by a known place: in "members of
 * the United Nations Security Council Russia and France" the tagger may run the two together.
 */
export function splitKnownNames(words: readonly string[], spans: readonly TokenSpan[], gazetteer: Gazetteer): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    // A one-word span has no two parts (most spans are one word).
    if (span.end - span.start < 2) {
      out.push(span);
      continue;
    }
    const lower = normalizedLower(words, span.start, span.end);
    let cut = -1;
    for (let k = 1; k < lower.length && cut < 0; k++) {
      if (gazetteer.listsOf(lower.slice(k)) & PLACE_LISTS && gazetteer.listsOf(lower.slice(0, k)) & ORG_LISTS) cut = k;
    }
    if (cut < 0) out.push(span);
    else out.push({ start: span.start, end: span.start + cut, type: ORG }, { start: span.start + cut, end: span.end, type: GPE });
  }
  return out;
}

const LOCATION_LISTS = listBits(['location']);
const LOC = NER_TYPES.indexOf('LOC');
const MISC = NER_TYPES.indexOf('MISC');

/**
 * A span that is exactly a listed non-political place ("Arctic", "Mediterranean") is LOC even when
 * the tagger called it GPE or MISC: the GPE/LOC line is drawn by these lists in training too.
 */
export function typeKnownPlaces(words: readonly string[], spans: readonly TokenSpan[], gazetteer: Gazetteer): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    // A new literal, not `{ ...span, type }`: a spread's object has a map of its own (#13).
    if ((span.type === GPE || span.type === MISC) && gazetteer.listsOf(normalizedLower(words, span.start, span.end)) & LOCATION_LISTS) out.push({ start: span.start, end: span.end, type: LOC });
    else out.push(span);
  }
  return out;
}

const DEMONYM_LISTS = listBits(['demonym']);
const NORP = NER_TYPES.indexOf('NORP');
const PREFIXED = /^\p{Ll}+-(\p{Lu}\p{Ll}+)$/u;

/**
 * "intra-Libyan", "post-Soviet": the tokenizer keeps a prefixed word whole, and CoNLL has too few
 * of them for the tagger to learn; a listed demonym after a lower-case prefix is NORP.
 */
export function addPrefixedGroups(words: readonly string[], spans: readonly TokenSpan[], gazetteer: Gazetteer): TokenSpan[] {
  const added: TokenSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    // Only a word with a hyphen after its first character can match (a Unicode pattern per word was 1% of the stage).
    if (words[i].indexOf('-') < 1) continue;
    const tail = PREFIXED.exec(words[i])?.[1];
    if (!tail || !(gazetteer.listsOf([tail.toLowerCase()]) & DEMONYM_LISTS)) continue;
    if (!spans.some((s) => s.start <= i && i < s.end)) added.push({ start: i, end: i + 1, type: NORP });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : [...spans];
}

/** Tokens that never begin or end a name: punctuation, quotes and the possessive clitic. */
const EDGE = /^(?:[^\p{L}\p{N}]+|['’]s|['’])$/u;

const INNER_EDGE = /[/"'“”‘’]/;

/** Narrow a span so that quotes, punctuation, `’s` and hyphenated lower-case tails stay outside it. */
export function trimSpan(words: readonly string[], start: number, end: number): [number, number] {
  while (start < end && EDGE.test(words[start])) start++;
  while (end > start && EDGE.test(words[end - 1])) end--;
  // "Normandy - format", "German - born": a lower-case word after a hyphen is not part of the name.
  while (end - start >= 3 && words[end - 2] === '-' && /^\p{Ll}/u.test(words[end - 1])) end -= 2;
  return [start, end];
}

/** The `entities` layer of a tokenised document. */
export function recogniseDocument(doc: DocumentWith<'tokens'>, model: Recogniser): Entity[] {
  const { tokens } = doc.layers;
  const sentences: string[][] = [];
  const firsts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || tokens[i].sent !== tokens[i - 1].sent) {
      sentences.push([]);
      firsts.push(i);
    }
    // A restored case (`tokens/truecase.ts`, #12) is read instead of an uninformative one.
    sentences[sentences.length - 1].push(tokens[i].cased ?? doc.text.slice(tokens[i].start, tokens[i].end));
  }
  const entities: Entity[] = [];
  const recognised = recogniseSentences(model, sentences);
  for (let s = 0; s < recognised.length; s++) {
    for (const ent of recognised[s]) {
      const [start, end] = trimSpan(sentences[s], ent.start, ent.end);
      if (start === end) continue;
      const first = firsts[s] + start;
      const last = firsts[s] + end;
      // Marks kept inside a token by the tokenizer ("/TASS/") stay outside the span too.
      let from = tokens[first].start;
      let to = tokens[last - 1].end;
      while (from < to && INNER_EDGE.test(doc.text[from])) from++;
      while (to > from && INNER_EDGE.test(doc.text[to - 1])) to--;
      entities.push({ start: from, end: to, type: ent.type, tokens: [first, last], confidence: ent.confidence });
    }
  }
  return entities;
}
