import { docView } from '../../core/doc-view.js';
import type { Span } from '../../core/span.js';
import type { DocumentWith } from '../../core/stage.js';
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { packOf, type LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons, type Reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { gendersOf } from '../discourse/gender.js';
import { viewOf } from '../discourse/view.js';
import type { Token } from '../tokens/types.js';
import type { QuotedSpan } from './find-quotes.js';
import { hangVerb } from './hang-verb.js';
import { inRelativeClause, inSubjectPhrase, parsedSubject, relativeClauseOf, type ParseCtx, type ParsedSubject } from './parsed-subject.js';
import { isQuoted, pronounAntecedent, type PronounCtx } from './pronoun-speaker.js';
import type { Quote, QuoteSpeaker } from './types.js';

/** The layers the quotes stage requires. */
export type QuoteInput = DocumentWith<'sentences' | 'tokens' | 'actors'>;

interface Ctx {
  readonly doc: QuoteInput;
  readonly pack: LanguagePack;
  readonly tokens: readonly Token[];
  readonly words: readonly string[];
  readonly mentions: readonly ActorMention[];
  /**
   * The closed quotations' extents, in text order: a name inside one is what was said, never who said it. Not the
   * unclosed ones, which run on over their own attribution ("…, Mr Milburn said: "…").
   */
  readonly quoted: readonly Span[];
  /** The parse, when the pipeline made one: it finds the subject the words around a verb hide. */
  readonly parse?: ParseCtx;
}

function ctxOf(doc: QuoteInput, quoted: readonly Span[], closed: readonly Span[]): Ctx {
  const { tokens, deps, pos, actors } = doc.layers;
  const { words } = docView(doc);
  return { doc, pack: packOf(doc), tokens, words, mentions: actors, quoted: closed, ...(deps ? { parse: { tokens, words, deps, pos, mentions: actors, quoted } } : {}) };
}

/**
 * Attribute each quotation to a speaker, in order of preference: an attribution right after the
 * closing mark (", the Kremlin said"), a trailing attribution inside an unclosed quote (", it
 * added."), "according to X" or "X said" elsewhere in the sentence, and finally the speaker of the
 * quote just before in the same paragraph (a statement quoted in several pieces).
 */
export function attributeQuotes(doc: QuoteInput, spans: readonly QuotedSpan[]): Quote[] {
  const { tokens } = doc.layers;
  const quoted = spans.map((s) => s.outer);
  const ctx = ctxOf(doc, quoted, spans.filter((s) => s.closed).map((s) => s.outer));
  // The gender data are English: elsewhere a "he"/"she" speaker is the previous speaker, as other pronouns are.
  // Made on the first pronoun that needs it: most articles have none, and the genders walk every mention.
  let made: PronounCtx | undefined;
  const pronouns = (): PronounCtx | undefined => ctx.pack.language !== 'en' ? undefined : made ??= {
    tokens, words: ctx.words, mentions: ctx.mentions, deps: doc.layers.deps, quoted,
    speechForms: ctx.pack.speechForms, genders: gendersOf(viewOf(doc), ctx.mentions),
  };
  const out: Quote[] = [];
  for (const span of spans) {
    const first = firstToken(tokens, (t) => t.end > span.start);
    if (first < 0) continue;
    let quoteEnd = span.end;
    const after = afterQuote(ctx, span);
    let found = after.found;
    if (!found && !span.closed) {
      const trailing = trailingAttribution(ctx, span);
      if (trailing) { found = trailing.found; quoteEnd = trailing.cut; }
    }
    found ??= inSentence(ctx, span, tokens[first].sent, after.participle) ?? after.subject;
    const previous = out[out.length - 1];
    if (found && !found.speaker.actorId && ctx.pack.pronouns.has(ctx.doc.text.slice(found.speaker.start, found.speaker.end).toLowerCase())) {
      const resolver = pronouns();
      const antecedent = resolver && pronounAntecedent(resolver, found.speaker.tokens[0]);
      if (antecedent) found = { speaker: speakerOf(antecedent.mention), reason: reason('quotes/pronoun-subject', { base: found.reason, pronoun: ctx.words[found.speaker.tokens[0]], name: antecedent.mention.name, back: antecedent.back, gender: antecedent.gender }) };
      else if (previous?.speaker) found = { speaker: previous.speaker, reason: reason('quotes/pronoun-previous', { base: found.reason }) };
    }
    found ??= sentenceBefore(ctx, pronouns, span, first, previous);
    // The quote before speaks on in its paragraph when this one names no speaker, or only words naming no one; in the
    // next paragraph only when this one has no attribution at all ("…," one Western diplomat said is the diplomat's).
    if (previous?.speaker && (sameParagraph(doc.text, previous.end, span.start) ? !found || (!found.speaker.actorId && !namesSomeone(ctx, found.speaker)) : !found && continuesParagraph(ctx, previous.end, span.outer.start))) {
      found = { speaker: previous.speaker, reason: reason('quotes/continues') };
    }
    const content = doc.text.slice(span.start, quoteEnd);
    // A name or a term in quotation marks ("a robot named "Hope"") is not speech.
    if (!found && content.trim().split(/\s+/).length <= 3) continue;
    out.push({
      start: span.start, end: quoteEnd, sent: tokens[first].sent, closed: span.closed,
      kind: /^[A-Z]/.test(content) ? 'direct' : 'partial',
      ...(found ? { speaker: found.speaker } : {}),
      ...withReason(ctx.pack, found?.reason ?? reason('quotes/no-speaker')),
    });
  }
  return out;
}

type Found = { speaker: QuoteSpeaker; reason: Reason };

/** A quote's reason and its rendered sentence. */
function withReason(pack: LanguagePack, r: Reason): { reasons: Reason[]; why: string } {
  return { reasons: [r], why: renderReasons(pack, [r]) };
}

/**
 * Whether a quote opening its paragraph goes on from the quote that ended the paragraph before: nothing but that
 * quote's closing mark and an attribution (", he said.", " Lavrov told reporters.") stands between them. A quote left
 * unclosed at its paragraph's end goes on in the next (the news convention for a statement quoted over several
 * paragraphs), and a paragraph that is one quotation after one attributed carries the same voice when it names no
 * speaker of its own. Words that attribute nothing ("… used "extreme violence" at the rally on Saturday.") end the
 * voice: the quote after them is no one's yet.
 */
function continuesParagraph(ctx: Ctx, from: number, opening: number): boolean {
  const gap = /^[,.!?]?[”"]?(\s*,?[^.!?\n"“”]{0,60})?[.!?]?\s*\n\s*$/.exec(ctx.doc.text.slice(from, opening));
  if (!gap) return false;
  const words = gap[1] ?? '';
  if (!/[\p{L}\p{N}]/u.test(words)) return true;
  const start = from + gap[0].indexOf(words);
  const a = tokenAt(ctx, start);
  for (let k = a; k >= 0 && k < ctx.tokens.length && ctx.tokens[k].start < start + words.length; k++) {
    if (!ctx.pack.speechForms.has(ctx.words[k])) continue;
    const speaker = speakerNear(ctx, k, a);
    if (speaker && speaker.start >= start) return true;
  }
  return false;
}

/**
 * Whether a speaker found without an actor still names someone: its words hold a noun the parse makes a subject ("one
 * Western diplomat", "officials"), not a stray phrase the word fallback took ("was difficult to", "state commends the
 * position"). Without a parse, no.
 */
function namesSomeone(ctx: Ctx, speaker: QuoteSpeaker): boolean {
  const { parse } = ctx;
  if (!parse?.pos) return false;
  let subject = false;
  for (let k = speaker.tokens[0]; k < speaker.tokens[1]; k++) {
    const upos = parse.pos[k]?.upos ?? '';
    // Words that hold a verb are a stretch of clause ("our state commends the position declared by"), no name.
    if (upos === 'VERB' || upos === 'AUX') return false;
    subject ||= NOUNS.has(upos) && /^nsubj/.test(parse.deps[k]?.deprel ?? '');
  }
  return subject;
}

function sameParagraph(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes('\n');
}

function tokenAt(ctx: Ctx, offset: number): number {
  return firstToken(ctx.tokens, (t) => t.start >= offset);
}

/**
 * The first token for which `isAfter` holds, or -1; tokens are in text order, so `isAfter` is
 * false then true and a binary search finds the turn. A scan per quote made long articles
 * quadratic (see #16).
 */
function firstToken(tokens: readonly Token[], isAfter: (t: Token) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(tokens[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}

/** What the words after a closing mark give: an attribution, or the participle of saying that ends the quote's clause. */
type After = { readonly found?: Found; readonly participle?: number; readonly subject?: Found };

/**
 * ", the Kremlin said" / ", said the press service" right after the closing mark. A quote closed by a full stop ended
 * its sentence ("… useful." Shultz told reporters), unless a verb of saying follows at once in lower case ("… on
 * Monday." he said). A connective before any verb of saying ("…," but Mr Blair said; "… the U.K." while ministers
 * insisted) opens another clause with its own speaker: no attribution of this quote. A participle of saying right
 * after the quote (", adding it would help", ", saying") has no subject of its own: the quote is the subject's of
 * the verb the participle goes on from (`participleSpeaker`); when the parse names no actor there, the participle
 * is returned so that the sentence is read only before it.
 */
function afterQuote(ctx: Ctx, span: QuotedSpan): After {
  if (!span.closed) return {};
  const stopped = /\.\s*$/.test(ctx.doc.text.slice(span.start, span.end));
  if (stopped && !/^\s+\p{Ll}/u.test(ctx.doc.text.slice(span.outer.end, span.outer.end + 3))) return {};
  const i = tokenAt(ctx, span.outer.end);
  if (i < 0) return {};
  let saw = false;
  for (let k = i; k < Math.min(i + 8, ctx.tokens.length); k++) {
    // The attribution belongs to the same paragraph and comes before any other quote or sentence end.
    if (ctx.doc.text.slice(span.outer.end, ctx.tokens[k].start).includes('\n')) break;
    if (['“', '"', '”'].includes(ctx.words[k]) || (k > i && SENTENCE_ENDS.has(ctx.words[k]))) break;
    if (!saw && CLAUSE_OPENERS.has(ctx.words[k])) break;
    if (!ctx.pack.speechForms.has(ctx.words[k])) {
      // After a quote that ended its own sentence only a short attribution goes on ("." he said / said X / the minister said).
      if (stopped && !saw && k - i >= STOPPED_REACH) break;
      continue;
    }
    // "…," said a senior employee, adding: the participle goes on from a verb with its speaker, and may name it.
    if (!saw && (k === i || ctx.words[k - 1] === ',') && isSpeechParticiple(ctx, k)) {
      const { found, subject } = participleSpeaker(ctx, k);
      return found ? { found } : { participle: k, ...(subject ? { subject } : {}) };
    }
    saw = true;
    const speaker = speakerNear(ctx, k, i);
    if (speaker) return { found: { speaker, reason: reason('quotes/after', { verb: ctx.words[k] }) } };
  }
  return {};
}

/**
 * The speaker of a participle of saying after a quote, by the parse: the actor subject of the verb it goes on from
 * ("Kerry called them "…," adding" → Kerry, not the sentence's first speaker; "The Tories branded the plan "…,"
 * adding that Mr Blair had said" → the Tories, not a speaker inside the participle's clause). A verb inside a
 * reported clause ("Mr Kennedy said the question sounded "balanced," adding", the parse hanging "adding" from
 * "sounded") is climbed to the verb that reports it: the reporter added, not "the question". When the parse names
 * no actor there (no parse, a pronoun, words only) the sentence decides, and the subject's words (`subject`: "The
 * Tories", "Mr Smith", no actor) are the last resort.
 */
function participleSpeaker(ctx: Ctx, participle: number): { found?: Found; subject?: Found } {
  const { parse } = ctx;
  if (!parse) return {};
  const sent = ctx.tokens[participle].sent;
  const inSent = (h: number): boolean => h >= 0 && ctx.tokens[h].sent === sent;
  let v = parse.deps[participle]?.head ?? -1;
  if (!inSent(v)) return {};
  // A participle hung from a word of the quote or a noun ("a complete shambles," adding: parsed as shambles' acl) goes
  // on from the verb above them; one hung from a reported clause, from the verb that reports it.
  const climbs = (h: number): boolean => REPORTED.test(parse.deps[h]?.deprel ?? '') || isQuoted(ctx.quoted, ctx.tokens[h].start) || !VERBS.has(parse.pos?.[h]?.upos ?? '');
  for (let hops = 0; hops < 6 && climbs(v) && inSent(parse.deps[v]?.head ?? -1); hops++) v = parse.deps[v].head;
  const why = reason('quotes/participle', { verb: ctx.words[participle], governor: ctx.words[v] });
  const parsed = parsedSubject(parse, v);
  if (parsed && 'mention' in parsed) return { found: { speaker: speakerOf(parsed.mention), reason: why } };
  const head = subjectWords(ctx, parse, v);
  return head ? { subject: { speaker: wordsOf(ctx, head), reason: why } } : {};
}

/** The words of verb `v`'s own subject when it is a noun outside any quotation ("The Tories", "Mr Smith"), or undefined. */
function subjectWords(ctx: Ctx, parse: ParseCtx, v: number): [number, number] | undefined {
  const sent = ctx.tokens[v].sent;
  for (let k = v - 1; k >= 0 && ctx.tokens[k].sent === sent; k--) {
    if (parse.deps[k]?.head !== v || !/^nsubj(?!:pass)/.test(parse.deps[k].deprel)) continue;
    if (!NOUNS.has(parse.pos?.[k]?.upos ?? '') || isQuoted(ctx.quoted, ctx.tokens[k].start)) return undefined;
    let a = k;
    while (a - 1 >= 0 && ctx.tokens[a - 1].sent === sent && /^[\p{L}'’-]+$/u.test(ctx.words[a - 1]) && parse.deps[a - 1]?.head === k) a--;
    return [a, k + 1];
  }
  return undefined;
}

/** Whether the verb of saying at `k` is a participle (", adding …", ", saying …"): tagged so, or by its ending without a tagger. */
function isSpeechParticiple(ctx: Ctx, k: number): boolean {
  const xpos = ctx.parse?.pos?.[k]?.xpos;
  return xpos ? xpos === 'VBG' : ctx.words[k].endsWith('ing');
}

/** An unclosed quote that ends with its own attribution: `…energy, it added.` */
function trailingAttribution(ctx: Ctx, span: QuotedSpan): { found: Found; cut: number } | undefined {
  const last = firstToken(ctx.tokens, (t) => t.end >= span.end);
  for (let k = last; k > last - 6 && k >= 0; k--) {
    if (ctx.words[k] === ',') {
      const verb = [k + 1, k + 2, k + 3, k + 4].find((v) => v <= last && ctx.pack.speechForms.has(ctx.words[v]));
      if (verb === undefined) return undefined;
      const speaker = speakerNear(ctx, verb, k + 1);
      return speaker ? { found: { speaker, reason: reason('quotes/closing', { verb: ctx.words[verb] }) }, cut: ctx.tokens[k].start } : undefined;
    }
  }
  return undefined;
}

/**
 * "according to X" or a verb of saying with its speaker, in the sentence outside the quote; only before `before`
 * when given (the participle after the quote: its clause is its own, "…," adding that Mr Blair had said, and names
 * no speaker of the quote).
 */
function inSentence(ctx: Ctx, span: QuotedSpan, sent: number, before?: number): Found | undefined {
  const [first, whole] = sentenceTokenRange(ctx.tokens, sent);
  const end = before === undefined ? whole : Math.min(whole, before);
  // The verb the quote hangs from speaks it, not the sentence's first verb of saying ("After Mr Howard criticised
  // the plan, saying it was wrong, Mr Blair said: …" is Mr Blair's).
  // A partial quote ("told Kyiv to "fight to the last Ukrainian"") is worded by whoever reports its clause.
  const direct = /^[A-Z]/.test(ctx.doc.text.slice(span.start, span.end));
  const hang = ctx.parse && hangVerb(ctx.parse, span.outer, tokenAt(ctx, span.outer.start), (k) => isSaying(ctx, k), direct);
  let words: Found | undefined;
  if (hang !== undefined && hang >= first && hang < end && !ctx.doc.text.slice(Math.min(ctx.tokens[hang].start, span.outer.start), Math.max(ctx.tokens[hang].start, span.outer.end)).includes('\n')) {
    const speaker = speakerNear(ctx, hang, Math.max(first, hang - 12));
    if (speaker) {
      words = { speaker, reason: reason('quotes/in-sentence', { verb: ctx.words[hang] }) };
      // Words that name no actor and are no pronoun ("it was difficult to say") are the parse's weakest guess: an
      // actor the sentence's first verb of saying names is the better one.
      if (speaker.actorId || ctx.pack.pronouns.has(ctx.doc.text.slice(speaker.start, speaker.end).toLowerCase())) return words;
    }
  }
  for (let k = first; k < end; k++) {
    const t = ctx.tokens[k];
    if (t.start >= span.outer.start && t.start < span.outer.end) continue;
    const between = t.start < span.outer.start ? ctx.doc.text.slice(t.start, span.outer.start) : ctx.doc.text.slice(span.outer.end, t.start);
    if (between.includes('\n')) continue;
    if (ctx.words[k] === 'according' && ctx.words[k + 1] === 'to') {
      const m = ctx.mentions.find((x) => x.tokens[0] >= k + 2 && x.tokens[0] <= k + 3);
      if (m) return { speaker: speakerOf(m), reason: reason('quotes/according') };
    }
    if (ctx.pack.speechForms.has(ctx.words[k])) {
      const speaker = speakerNear(ctx, k, Math.max(first, k - 12));
      if (speaker && (!words || speaker.actorId)) return { speaker, reason: reason('quotes/in-sentence', { verb: ctx.words[k] }) };
    }
  }
  return words;
}

/**
 * Whether token `k` is a verb of saying a quote can hang from: a form of one, tagged a verb, of a lemma that says in
 * any place ("continued" says only after a quote: "their continued insistence on "…"" is no attribution).
 */
function isSaying(ctx: Ctx, k: number): boolean {
  if (!ctx.pack.speechForms.has(ctx.words[k])) return false;
  const tag = ctx.parse?.pos?.[k];
  return !tag || (tag.upos === 'VERB' && ctx.pack.speechVerbs.has(tag.lemma));
}

/**
 * A quote that opens its sentence with no attribution of its own, right after a sentence whose
 * speaker is named ("Mr Blair said having Turkey in the EU was …" ¶ "We are stating …"): the
 * speaker of that sentence's first verb of saying, a "he"/"she" resolved, when no quote came
 * between; not a person the sentence talks about ("He said Gorbachev had accepted …"). Across a
 * paragraph break too: BBC and wire copy put the quote in a paragraph of its own. A verb in a relative clause ("Mr
 * Brown, who said last week …") is no attribution of the sentence.
 */
function sentenceBefore(ctx: Ctx, pronouns: () => PronounCtx | undefined, span: QuotedSpan, first: number, previous: Quote | undefined): Found | undefined {
  const sent = ctx.tokens[first].sent;
  const [start] = sentenceTokenRange(ctx.tokens, sent);
  if (sent === 0 || ctx.tokens[start].start < span.outer.start) return undefined;
  const [from, end] = sentenceTokenRange(ctx.tokens, sent - 1);
  if (from >= end || (previous && previous.end > ctx.tokens[from].start)) return undefined;
  for (let k = from; k < end; k++) {
    if (!ctx.pack.speechForms.has(ctx.words[k])) continue;
    const relative = ctx.parse && relativeClauseOf(ctx.parse, k);
    // A relative clause about the sentence's subject speaks for it ("Mr Brown, who said …, repeated the claim");
    // one about another party ("met Mr Brown, who said …") attributes nothing.
    if (relative && !relative.subject) continue;
    let speaker = relative?.subject ? speakerOf(relative.subject) : speakerNear(ctx, k, Math.max(from, k - 12));
    if (!speaker) continue;
    if (!speaker.actorId) {
      const resolver = pronouns();
      const antecedent = resolver && pronounAntecedent(resolver, speaker.tokens[0]);
      speaker = antecedent && speakerOf(antecedent.mention);
    }
    return speaker?.actorId ? { speaker, reason: reason('quotes/sentence-before', { verb: ctx.words[k] }) } : undefined;
  }
  return undefined;
}

/**
 * The actor named next to a verb of saying: just before it ("the Kremlin said"), after an
 * apposition ("Professor Eastman, of the university, said"), or just after it when the verb is
 * inverted after a comma or a closing mark (""…," said Putin"; not "He told Mr Howard"), in the
 * verb's own sentence.
 */
function speakerNear(ctx: Ctx, verb: number, from: number): QuoteSpeaker | undefined {
  // A name inside a quotation is what was said, not who said it, when the verb is outside it (""…this government," he
  // said, adding"); a verb inside the same quotation speaks of it ("President Putin will say that this is "…"").
  const verbOutside = !isQuoted(ctx.quoted, ctx.tokens[verb].start);
  // A loop, not a closure made per call, which loses its optimised code at each full collection (#13).
  let before: (typeof ctx.mentions)[number] | undefined;
  for (let k = ctx.mentions.length - 1; k >= 0 && !before; k--) {
    const m = ctx.mentions[k];
    if (m.tokens[1] <= verb && m.tokens[1] >= verb - 2 && m.tokens[0] >= from && (!verbOutside || !isQuoted(ctx.quoted, m.start))) before = m;
  }
  const parsed = ctx.parse && parsedSubject(ctx.parse, verb);
  if (parsed && ctx.parse && overrules(ctx.parse, parsed, before, verb)) return 'mention' in parsed ? speakerOf(parsed.mention) : wordsOf(ctx, parsed.tokens);
  if (before) return speakerOf(before);
  if (ctx.words[verb - 1] === ',') {
    // The first name set off by a comma is the speaker; later ones sit inside the apposition.
    const appositive = ctx.mentions.find((m) => m.tokens[1] < verb && m.tokens[0] >= from && ctx.words[m.tokens[1]] === ',' && (!verbOutside || !isQuoted(ctx.quoted, m.start)));
    if (appositive) return speakerOf(appositive);
  }
  if (INVERTING.has(ctx.words[verb - 1] ?? '') || opensSentence(ctx, verb)) {
    const after = ctx.mentions.find((m) => m.tokens[0] > verb && m.tokens[0] <= verb + 2 && (!verbOutside || !isQuoted(ctx.quoted, m.start)));
    if (after && sameSentence(ctx, verb, after.tokens[0])) return speakerOf(after);
  }
  // No resolved actor: keep the words ("officials said", "it added") so the user sees who spoke.
  let end = verb;
  while (end - 1 >= 0 && ADVERBS.has(ctx.words[end - 1])) end--;
  // A pronoun right before the verb is its whole subject ("the International Monetary Fund, he said"): the resolver reads it.
  if (end - 1 >= Math.max(from, 0) && ctx.pack.pronouns.has(ctx.words[end - 1])) return wordsOf(ctx, [end - 1, end]);
  let a = end;
  while (a - 1 >= Math.max(from, 0) && /^[\p{L}'’-]+$/u.test(ctx.words[a - 1]) && !CONNECTIVES.has(ctx.words[a - 1]) && end - a < 4) a--;
  return a < end ? wordsOf(ctx, [a, end]) : undefined;
}

/**
 * Whether the parse's subject overrules the name next to the verb. A subject the verb shares with the verb it is
 * coordinated with, or a relative pronoun's antecedent, does unless that name is part of the subject's phrase (an
 * apposition: "X, head of the delegation, said"); the verb's own subject only when the name is cut off from the
 * verb by an "and" ("Labour leader Neil Kinnock attacked the government and said", parsed with "leader" the
 * subject of "said"): elsewhere the words next to the verb proved the better guide (held-out and check sets).
 */
function overrules(parse: ParseCtx, parsed: ParsedSubject, before: ActorMention | undefined, verb: number): boolean {
  if (!parsed.own) return !before || !inSubjectPhrase(parse, before, parsed.head);
  if (!before || !('mention' in parsed) || parsed.mention === before) return false;
  // A name inside a relative clause is the clause's ("Mr Blair, who praised the police, said").
  if (inRelativeClause(parse, before)) return true;
  for (let k = before.tokens[1]; k < verb; k++) if (parse.pos?.[k]?.upos === 'CCONJ') return true;
  return false;
}

/** Whether the verb opens its sentence, inverted before its speaker ("Said Mr Blair: …", "Added Mr Howard: …"). */
function opensSentence(ctx: Ctx, verb: number): boolean {
  return verb === 0 || ctx.tokens[verb - 1].sent !== ctx.tokens[verb].sent;
}

/** Whether tokens `a` < `b` share a sentence, with no sentence-ending mark between them ("said. Mr Clarke"). */
function sameSentence(ctx: Ctx, a: number, b: number): boolean {
  if (ctx.tokens[a].sent !== ctx.tokens[b].sent) return false;
  for (let k = a + 1; k < b; k++) if (SENTENCE_ENDS.has(ctx.words[k])) return false;
  return true;
}

/** Marks that end a sentence. */
const SENTENCE_ENDS = new Set(['.', '!', '?']);
/** Marks after which a verb of saying comes before its speaker (""…," said Putin", ", said the ministry"). */
const INVERTING = new Set([',', '"', '”', '’', '“']);
const ADVERBS = new Set(['also', 'then', 'later', 'again', 'further', 'earlier']);
const CONNECTIVES = new Set(['but', 'and', 'or', 'so', 'as', 'while', 'when', 'because', 'that', 'which', 'who']);
/**
 * Connectives that open another clause after a closing mark ("…," but Mr Blair said; "…" while ministers insisted):
 * its verb of saying is its own subject's, not the quote's. Not the relative words ("a source who asked not to be
 * named said", inside the speaker's phrase) nor "as" ("…," as Mr Blair put it, which does attribute).
 */
const CLAUSE_OPENERS = new Set(['but', 'and', 'or', 'so', 'while', 'whereas', 'when', 'because', 'although', 'though']);
/** How many tokens after a quote closed by its own full stop may come before the verb of saying ("." a senior official said). */
const STOPPED_REACH = 4;
/** Relations by which a clause is reported by the verb above it: the verb a participle hangs from is climbed through them. */
const REPORTED = /^ccomp/;
/** Parts of speech of a verb a participle clause goes on from. */
const VERBS = new Set(['VERB', 'AUX']);
/** Parts of speech of a noun that names a speaker ("diplomat", "Lopez"). */
const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * Reported speech outside quotation marks: "X said that …" with X an actor; the quote is the
 * complement, from "that" to the end of the sentence.
 */
export function reportedSpeech(doc: QuoteInput, quoted: readonly Quote[]): Quote[] {
  const { tokens, sentences } = doc.layers;
  const ctx = ctxOf(doc, quoted, quoted.filter((q) => q.closed));
  const out: Quote[] = [];
  // Quotes are in text order and do not nest: one pointer walks them beside the tokens.
  let q = 0;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!ctx.pack.speechForms.has(ctx.words[k]) || ctx.words[k + 1] !== 'that') continue;
    const at = tokens[k].start;
    while (q < quoted.length && quoted[q].end <= at) q++;
    if (q < quoted.length && quoted[q].start <= at) continue;
    const speaker = reportingSubject(ctx, k);
    const sentence = sentences[tokens[k].sent];
    if (!speaker?.actorId || !sentence || k + 2 >= tokens.length || tokens[k + 2].sent !== tokens[k].sent) continue;
    let end = sentence.end;
    while (end > tokens[k + 2].start && /[\s.!?]/.test(doc.text[end - 1])) end--;
    out.push({ start: tokens[k + 2].start, end, kind: 'reported', sent: tokens[k].sent, closed: true, speaker, ...withReason(ctx.pack, reason('quotes/reported', { verb: ctx.words[k] })) });
  }
  return out;
}

/**
 * The speaker of "X said that …": the actor right before the verb in its sentence ("Viktor Lyashko
 * noted that", "Volodymyr Zelenskyy also noted that"). Not a name after "that", which begins what
 * was said ("He noted that Charles Michel visited …"), nor one before a pronoun subject ("sanctions
 * against Russia, he noted that") or in the sentence before ("the Russian Federation. He noted that").
 */
function reportingSubject(ctx: Ctx, verb: number): QuoteSpeaker | undefined {
  const sent = ctx.tokens[verb]?.sent;
  let end = verb;
  while (end - 1 >= 0 && ADVERBS.has(ctx.words[end - 1] ?? '')) end--;
  const subject = ctx.mentions.find((m) => m.tokens[1] === end && ctx.tokens[m.tokens[0]]?.sent === sent);
  return subject && speakerOf(subject);
}

/** A speaker with no actor: its words only ("he", "officials"). */
function wordsOf(ctx: Ctx, [a, end]: readonly [number, number]): QuoteSpeaker {
  return { start: ctx.tokens[a].start, end: ctx.tokens[end - 1].end, tokens: [a, end] };
}

function speakerOf(m: ActorMention): QuoteSpeaker {
  return {
    start: m.start, end: m.end, tokens: m.tokens, actorId: m.actorId, name: m.name,
    ...(m.code ? { code: m.code } : {}), ...(m.sector ? { sector: m.sector } : {}),
  };
}
