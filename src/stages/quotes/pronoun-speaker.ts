import type { Span } from '../../core/span.js';
import type { ActorMention } from '../actors/types.js';
import { genderWords, type Gender } from '../../lang/gender.js';
import type { Dep } from '../deps/types.js';
import type { Token } from '../tokens/types.js';

/** What the resolver reads of a document: its tokens and words, actor mentions, parse if any, and quoted spans. */
export interface PronounCtx {
  readonly tokens: readonly Token[];
  readonly words: readonly string[];
  readonly mentions: readonly ActorMention[];
  readonly deps?: readonly Dep[];
  /** The quotations' full extents (marks included), in text order: names inside them are not speakers. */
  readonly quoted: readonly Span[];
  readonly speechForms: ReadonlySet<string>;
  /** Each person's gender where the article tells it (title, noun, apposition, given name: discourse's `gendersOf`). */
  readonly genders: ReadonlyMap<string, Gender>;
}

/** The person a "he"/"she" attribution refers to, and how far back it was found. */
export interface PronounAntecedent {
  readonly mention: ActorMention;
  /** 0: the pronoun's own sentence; n: n sentences before. */
  readonly back: number;
  /** Whether the article tells the person's gender, or a person of unknown gender was the only one to fit. */
  readonly gender: 'known' | 'unknown';
}

/** Sentences looked at before the pronoun's own: beyond them a "he" is the previous speaker or no one. */
const MAX_BACK = 4;
const SUBJECT = /^nsubj/;
const CLOSING = new Set([',', '"', '”', '’']);

/**
 * The gender a "he"/"she" speaker word asks for (the `pronoun` rows of src/lang/en/gender-words.tsv),
 * or undefined for any other word. The resolver runs on English documents only (the caller checks),
 * as the gender data it reads (`gendersOf`) is English.
 */
export function pronounGender(word: string): Gender | undefined {
  return genderWords('en').pronoun.get(word.toLowerCase());
}

/** A candidate for the pronoun: the person, whether the article tells their gender. */
type Candidate = { readonly mention: ActorMention; readonly back: number; readonly known: boolean };

/**
 * The person a "he"/"she" at token `at` stands for, by salience and agreement. Candidates, nearest
 * first: the main clause's person subject earlier in the pronoun's own sentence ("Mr Clarke
 * acknowledged …, but he said", not "Asked whether Mr Blair …, he said"); then, for each sentence
 * before (within MAX_BACK), its subject: the speaker of a verb of saying outside quotation marks
 * ("Michael Ancram said", "…, argued Mr Howard"), else the first person heading a subject. A
 * sentence whose subject is the same pronoun continues the chain to the sentence before; one whose
 * subject has the other gender offers the first person of the pronoun's gender in it instead ("Mr
 * Brown met Ms Kelly" for "she"). The nearest candidate whose gender the article tells and agrees
 * wins; a person of unknown gender only when no such candidate is found. Names inside quotations
 * are never taken.
 */
export function pronounAntecedent(ctx: PronounCtx, at: number): PronounAntecedent | undefined {
  const gender = pronounGender(ctx.words[at] ?? '');
  if (!gender) return undefined;
  const sent = ctx.tokens[at].sent;
  const genderOf = (m: ActorMention): Gender | undefined => ctx.genders.get(m.actorId);
  const agrees = (m: ActorMention): boolean => isPerson(ctx, m) && (genderOf(m) ?? gender) === gender;
  // The mentions of each sentence, outside quotation marks, in text order: one pass over the list.
  const bySent = new Map<number, ActorMention[]>();
  for (const m of ctx.mentions) {
    const s = ctx.tokens[m.tokens[0]]?.sent;
    if (s === undefined || s > sent || s < sent - MAX_BACK || isQuoted(ctx.quoted, m.start)) continue;
    if (s === sent && m.tokens[1] > at) continue;
    (bySent.get(s) ?? bySent.set(s, []).get(s)!).push(m);
  }
  const candidates: Candidate[] = [];
  const offer = (m: ActorMention, back: number): void => { candidates.push({ mention: m, back, known: genderOf(m) !== undefined }); };
  const own = (bySent.get(sent) ?? []).filter((m) => agrees(m) && isMainSubject(ctx, m));
  if (own.length) offer(own[own.length - 1], 0);
  for (let back = 1; back <= MAX_BACK && sent - back >= 0; back++) {
    const s = sent - back;
    const mentions = bySent.get(s) ?? [];
    const subject = sentenceSubject(ctx, mentions, s, gender);
    if (subject === undefined || subject === 'same-pronoun') continue;
    if (subject !== 'other-pronoun' && agrees(subject)) offer(subject, back);
    else if (subject === 'other-pronoun' || genderOf(subject) !== undefined) {
      // "Mr Brown later met Ms Kelly": the subject is not "she", but the woman beside him may be.
      const other = mentions.find((m) => isPerson(ctx, m) && genderOf(m) === gender);
      if (other) offer(other, back);
    }
  }
  // A told gender breaks a tie inside the nearest sentence only: the given-names list is short, so a listed
  // first name two sentences back must not beat the subject of the sentence just before ("Robert Dole … Caspar
  // Weinberger defended it. \"…,\" he said").
  const best = candidates.find((c) => c.known && c.back === candidates[0].back) ?? candidates[0];
  return best && { mention: best.mention, back: best.back, gender: best.known ? 'known' : 'unknown' };
}

/**
 * The subject of sentence `s`: the person beside a verb of saying outside quotes, else the first
 * person mention heading a subject; 'same-pronoun' when the pronoun being resolved is the subject
 * before any such person (the chain goes on to the sentence before), 'other-pronoun' when the other
 * gender's pronoun is.
 */
function sentenceSubject(ctx: PronounCtx, mentions: readonly ActorMention[], s: number, gender: Gender): ActorMention | 'same-pronoun' | 'other-pronoun' | undefined {
  const persons = mentions.filter((m) => isPerson(ctx, m));
  const speaker = persons.find((m) => isSpeakerOf(ctx, m));
  if (speaker) return speaker;
  const subject = persons.find((m) => isSubject(ctx, m));
  const pronoun = firstSubjectPronoun(ctx, s);
  if (pronoun !== undefined && (!subject || pronoun < subject.tokens[0])) return pronounGender(ctx.words[pronoun]) === gender ? 'same-pronoun' : 'other-pronoun';
  return subject;
}

/**
 * Whether the mention is the speaker of a verb of saying next to it: before the verb ("Michael
 * Ancram said"), or after it when the verb is inverted after a comma or a closing mark ("…,"
 * argued Mr Howard"), not its object ("He told Mr Howard").
 */
function isSpeakerOf(ctx: PronounCtx, m: ActorMention): boolean {
  if (ctx.speechForms.has(ctx.words[m.tokens[1]] ?? '')) return true;
  const verb = m.tokens[0] - 1;
  return ctx.speechForms.has(ctx.words[verb] ?? '') && (CLOSING.has(ctx.words[verb - 1] ?? '') || (!!ctx.deps && isSubject(ctx, m)));
}

/** The first "he"/"she" of sentence `s` outside quotation marks, as a token index. */
function firstSubjectPronoun(ctx: PronounCtx, s: number): number | undefined {
  let k = firstTokenOf(ctx.tokens, s);
  for (; k < ctx.tokens.length && ctx.tokens[k].sent === s; k++) {
    if (pronounGender(ctx.words[k]) && !isQuoted(ctx.quoted, ctx.tokens[k].start)) return k;
  }
  return undefined;
}

function firstTokenOf(tokens: readonly Token[], s: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].sent >= s) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A person: the knowledge base or the actors stage says so, or the article tells the person's gender. */
function isPerson(ctx: PronounCtx, m: ActorMention): boolean {
  return !m.members?.length && (m.kind === 'person' || ctx.genders.has(m.actorId));
}

/**
 * The token whose relation stands for the mention: its head, or the title right before it when
 * the parser made the title the head ("Mr" nsubj, "Blair" flat under it).
 */
function relationToken(deps: readonly Dep[], m: ActorMention): number {
  for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
    const head = deps[k]?.head ?? -1;
    if (head < m.tokens[0] || head >= m.tokens[1]) return head === m.tokens[0] - 1 ? head : k;
  }
  return m.tokens[0];
}

/** Whether the mention heads a subject (any clause); with no parse, any person counts. */
function isSubject(ctx: PronounCtx, m: ActorMention): boolean {
  if (!ctx.deps) return true;
  return SUBJECT.test(ctx.deps[relationToken(ctx.deps, m)]?.deprel ?? '');
}

/** Whether the mention is the subject of its sentence's main verb (the root); with no parse, any subject. */
function isMainSubject(ctx: PronounCtx, m: ActorMention): boolean {
  if (!ctx.deps) return true;
  const dep = ctx.deps[relationToken(ctx.deps, m)];
  return !!dep && SUBJECT.test(dep.deprel) && ctx.deps[dep.head]?.deprel === 'root';
}

/** Whether `offset` falls inside one of the quotations (sorted, not overlapping). */
export function isQuoted(quoted: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quoted[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < quoted.length && quoted[lo].start <= offset;
}
