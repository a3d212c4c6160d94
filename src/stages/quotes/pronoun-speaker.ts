import type { Span } from '../../core/span.js';
import type { ActorMention } from '../actors/types.js';
import type { Dep } from '../deps/types.js';
import type { Token } from '../tokens/types.js';
import { genderWords, type Gender } from '../../lang/gender.js';

/** What the resolver reads of a document: its tokens and words, actor mentions, parse if any, and quoted spans. */
export interface PronounCtx {
  readonly tokens: readonly Token[];
  readonly words: readonly string[];
  readonly mentions: readonly ActorMention[];
  readonly deps?: readonly Dep[];
  /** The quotations' full extents (marks included), in text order: names inside them are not speakers. */
  readonly quoted: readonly Span[];
  readonly speechForms: ReadonlySet<string>;
}

/** The person a "he"/"she" attribution refers to, and how far back it was found. */
export interface PronounAntecedent {
  readonly mention: ActorMention;
  /** 0: the pronoun's own sentence; n: n sentences before. */
  readonly back: number;
  /** How the person's gender is known: a title in the text ("Mr", "Ms"), or not known (no clash). */
  readonly gender: 'title' | 'unknown';
}

/** Sentences looked at before the pronoun's own: beyond them a "he" is the previous speaker or no one. */
const MAX_BACK = 4;
const SUBJECT = /^nsubj/;

/** The gender a "he"/"she" speaker word asks for, or undefined for any other word. */
export function pronounGender(word: string): Gender | undefined {
  return genderWords().pronoun.get(word.toLowerCase());
}

/**
 * The person a "he"/"she" at token `at` stands for, by salience and agreement: the subject of the
 * nearest sentence before it (within MAX_BACK) that has a person for subject, where the subject is
 * the speaker of a verb of saying outside quotation marks ("argued Mr Howard", "Michael Ancram
 * said"), else the first person heading a subject. A sentence whose subject is the same pronoun
 * continues the chain to the sentence before; a person whose title gives the other gender is
 * skipped ("Ms Kelly" for "he"). Earlier in the pronoun's own sentence, a person subject wins
 * ("Mr Clarke acknowledged …, but he said"). Names inside quotations are never taken.
 */
export function pronounAntecedent(ctx: PronounCtx, at: number): PronounAntecedent | undefined {
  const gender = pronounGender(ctx.words[at] ?? '');
  if (!gender) return undefined;
  const genders = gendersByActor(ctx);
  const sent = ctx.tokens[at].sent;
  const agrees = (m: ActorMention): boolean => isPerson(ctx, m) && (genders.get(m.actorId) ?? gender) === gender;
  const found = (m: ActorMention, back: number): PronounAntecedent => ({ mention: m, back, gender: genders.has(m.actorId) ? 'title' : 'unknown' });
  // The mentions of each sentence, outside quotation marks, in text order: one pass over the list.
  const bySent = new Map<number, ActorMention[]>();
  for (const m of ctx.mentions) {
    const s = ctx.tokens[m.tokens[0]]?.sent;
    if (s === undefined || s > sent || s < sent - MAX_BACK || isQuoted(ctx.quoted, m.start)) continue;
    if (s === sent && m.tokens[1] > at) continue;
    (bySent.get(s) ?? bySent.set(s, []).get(s)!).push(m);
  }
  const own = (bySent.get(sent) ?? []).filter((m) => agrees(m) && isSubject(ctx, m));
  if (own.length) return found(own[own.length - 1], 0);
  for (let back = 1; back <= MAX_BACK && sent - back >= 0; back++) {
    const s = sent - back;
    const subject = sentenceSubject(ctx, bySent.get(s) ?? [], s);
    // No person subject, the same pronoun again, or a person of the other gender: look further back.
    if (subject && subject !== 'same-pronoun' && agrees(subject)) return found(subject, back);
  }
  return undefined;
}

/**
 * The subject of sentence `s`: the actor beside a verb of saying outside quotes, else the first
 * person mention heading a subject; 'same-pronoun' when a "he"/"she" subject comes first (the chain
 * goes on to the sentence before).
 */
function sentenceSubject(ctx: PronounCtx, mentions: readonly ActorMention[], s: number): ActorMention | 'same-pronoun' | undefined {
  const persons = mentions.filter((m) => isPerson(ctx, m));
  for (const m of persons) {
    // "Michael Ancram said", "argued Mr Howard".
    if (ctx.speechForms.has(ctx.words[m.tokens[1]] ?? '') || ctx.speechForms.has(ctx.words[m.tokens[0] - 1] ?? '')) return m;
  }
  const subject = persons.find((m) => isSubject(ctx, m));
  const firstPronoun = firstSubjectPronoun(ctx, s);
  if (firstPronoun !== undefined && (!subject || firstPronoun < subject.tokens[0])) return 'same-pronoun';
  return subject;
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

/** A person: the knowledge base or the actors stage says so, or a gendered title opens the name. */
function isPerson(ctx: PronounCtx, m: ActorMention): boolean {
  return !m.members?.length && (m.kind === 'person' || titleGender(ctx, m) !== undefined);
}

/** Whether the mention heads a subject (any clause); with no parse, any person counts. */
function isSubject(ctx: PronounCtx, m: ActorMention): boolean {
  if (!ctx.deps) return true;
  for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
    const head = ctx.deps[k]?.head ?? -1;
    if (head < m.tokens[0] || head >= m.tokens[1]) return SUBJECT.test(ctx.deps[k]?.deprel ?? '');
  }
  return false;
}

/** The gender a title opening the mention or right before it gives ("Mr Howard", "Ms Kelly"). */
function titleGender(ctx: PronounCtx, m: ActorMention): Gender | undefined {
  const { title: titles } = genderWords();
  for (const k of [m.tokens[0], m.tokens[0] - 1]) {
    const g = titles.get((ctx.words[k] ?? '').toLowerCase().replace(/\.$/, ''));
    if (g) return g;
  }
  return undefined;
}

const gendersCache = new WeakMap<readonly ActorMention[], ReadonlyMap<string, Gender>>();

/** Each actor's gender from the titles of all its mentions in the document ("Ruth Kelly" is "Ms Kelly" later). */
function gendersByActor(ctx: PronounCtx): ReadonlyMap<string, Gender> {
  const cached = gendersCache.get(ctx.mentions);
  if (cached) return cached;
  const out = new Map<string, Gender>();
  for (const m of ctx.mentions) {
    const g = titleGender(ctx, m);
    if (g && !out.has(m.actorId)) out.set(m.actorId, g);
  }
  gendersCache.set(ctx.mentions, out);
  return out;
}

/** Whether `offset` falls inside one of the quotations (sorted, not overlapping). */
function isQuoted(quoted: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (quoted[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < quoted.length && quoted[lo].start <= offset;
}
