/**
 * "OPEC's meeting opened in Vienna … Officials said", "at the GATT talks … delegates said": in a wire story (one with a
 * dateline) a plural agent noun ("officials", "ministers", "delegates": `data/meeting-delegates.tsv`) whose mention is
 * the noun alone or with a definite article, in a sentence that names no place (but the meeting's venue) or country, in the sentence of an
 * international body's meeting or the one after it, is that body's people, not the dateline's country (PLOVER codes an
 * organisation's meeting of delegates as the organisation). The body holds the meeting: it is the subject of a meeting
 * verb ("OPEC met"), or the owner, compound or "of" phrase of a meeting noun ("OPEC's meeting", "the EC ministers'
 * meeting", "the GATT talks", "a meeting of ICO members"), as its sole holder: one that meets someone ("The IMF will
 * meet Brazilian officials"), or a meeting sentence naming a state going to it ("Nigeria said it would attend OPEC's
 * meeting"), leaves the officials the met party's or that state's (review rv-a #4, #5). Session 59 gave such nouns the
 * IGO the lead names whatever it did (173 of 230 firings replaced a right country); this asks for the meeting.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { parseKindWords } from '../../core/kind-words.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import { nameHead } from './definite.js';
import { loadDescriptionNouns } from './group-nouns.js';
import { headOf, sentenceSpan, type View } from './view.js';

/** Relations by which a body holds the meeting word it hangs on. */
const HOLDS = new Set(['nsubj', 'nmod:poss', 'compound', 'nmod']);

const WORD_KINDS = ['delegate', 'meeting'] as const;
let loaded: Readonly<Record<(typeof WORD_KINDS)[number], ReadonlySet<string>>> | undefined;

/** The words of `data/meeting-delegates.tsv`, read once; a malformed row is E170 naming its line. */
function words(): Readonly<Record<(typeof WORD_KINDS)[number], ReadonlySet<string>>> {
  const path = assetPath('src', 'stages', 'discourse', 'data', 'meeting-delegates.tsv');
  loaded ??= parseKindWords(readDataText(path), path, WORD_KINDS);
  return loaded;
}

/** Whether the subject `t` of meeting verb `at` meets a party of its own (an object or a "with" phrase). */
function meetsOther(view: View, t: number, at: number): boolean {
  if (view.deps[t]?.deprel !== 'nsubj') return false;
  return view.deps.some((d, i) => d.head === at && (d.deprel === 'obj' || (d.deprel === 'obl' && view.deps.some((c, j) => c.head === i && c.deprel === 'case' && view.words[j]?.toLowerCase() === 'with'))));
}

/**
 * The head of a body's mention, past a leading article that is the meeting noun's ("the OPEC meeting": the actors
 * stage's mention "the OPEC" takes the article, whose head is "meeting", so `headOf` gave the article).
 */
function holderHead(view: View, body: ActorMention): number {
  let first = body.tokens[0];
  while (first + 1 < body.tokens[1] && view.pack.definiteArticles.has(view.words[first]?.toLowerCase() ?? '')) first++;
  return headOf(view, { tokens: [first, body.tokens[1]] });
}

/** The one international body holding a meeting in sentence `[first, last]`, undefined for none, two, or a state named with it. */
function meetingHolder(view: View, [first, last]: readonly [number, number], byToken: readonly (ActorMention | undefined)[]): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (let t = first; t <= last; t++) {
    const body = byToken[t];
    // A state named in the meeting's sentence ("Nigeria said it would attend") may be whom the officials serve.
    if (body?.code && body.code !== 'IGO') return undefined;
    if (body?.code !== 'IGO' || holderHead(view, body) !== t) continue;
    const dep = view.deps[t];
    const at = dep?.head ?? -1;
    if (!dep || !HOLDS.has(dep.deprel) || !words().meeting.has(view.words[at] ?? '') || meetsOther(view, t, at)) continue;
    if (found && found.sector !== body.sector) return undefined;
    found = body;
  }
  return found;
}

/**
 * Whether the place at token `t` is a meeting's venue: the place phrase of a meeting word ("OPEC's meeting in Vienna",
 * "met in Vienna"). The venue is no state the officials serve (review rv-d #6 of session 60).
 */
function isVenue(view: View, t: number): boolean {
  const dep = view.deps[t];
  return !!dep && (dep.deprel === 'nmod' || dep.deprel === 'obl') && words().meeting.has(view.words[dep.head]?.toLowerCase() ?? '');
}

/**
 * Whether `m` is a plural agent noun alone ("officials", "the delegates") in a sentence naming no place or country but
 * its meeting's venue; `places` are the first tokens of the places its sentence names.
 */
function isBareDelegates(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[], places: readonly number[]): boolean {
  const head = headOf(view, m);
  if (!words().delegate.has(view.words[head] ?? '') || places.some((t) => !isVenue(view, t))) return false;
  for (let t = m.tokens[0]; t < m.tokens[1]; t++) if (t !== head && !view.pack.definiteArticles.has(view.words[t] ?? '')) return false;
  const [first, last] = sentenceSpan(view, head);
  for (let t = first; t <= last; t++) if (byToken[t]?.code && byToken[t]?.code !== 'IGO') return false;
  return true;
}

/**
 * Whether sentence `[first, last]` names `body` again, by name or as "the <noun>", the head of its name or a noun of
 * `data/description-nouns.tsv` that describes it ("Officials rejected the fund's demands"): the officials act on the
 * body, not for it (review rv-a #6).
 */
function namesBody(view: View, [first, last]: readonly [number, number], m: ActorMention, body: ActorMention, byToken: readonly (ActorMention | undefined)[]): boolean {
  const describes = (noun: string): boolean => {
    const kinds = loadDescriptionNouns().get(noun);
    return noun === nameHead(body.name) || (!!kinds && (kinds.has('*') || kinds.has(body.code ?? '') || kinds.has(body.sector ?? '')));
  };
  for (let t = first; t <= last; t++) {
    // The officials themselves, and the holder in their own sentence ("At OPEC's meeting, officials said"), are no other party.
    if ((t >= m.tokens[0] && t < m.tokens[1]) || (t >= body.tokens[0] && t < body.tokens[1])) continue;
    if (byToken[t]?.code === body.code && byToken[t]?.sector === body.sector) return true;
    if (t > first && view.pack.definiteArticles.has(view.words[t - 1] ?? '') && describes(view.words[t]?.toLowerCase() ?? '')) return true;
  }
  return false;
}

/** The body whose meeting the bare delegates `m` of a wire story attend, when its or the previous sentence holds one. */
export function fromMeetingBody(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[], wire: boolean, places: readonly number[]): Found | undefined {
  if (!wire || !isBareDelegates(view, m, byToken, places)) return undefined;
  const [first, last] = sentenceSpan(view, m.tokens[0]);
  const body = meetingHolder(view, [first, last], byToken) ?? (first > 0 ? meetingHolder(view, sentenceSpan(view, first - 1), byToken) : undefined);
  if (body && namesBody(view, [first, last], m, body, byToken)) return undefined;
  return body ? { code: 'IGO', ...(body.sector ? { sector: body.sector } : {}), why: reason('discourse/meeting-body', { name: body.name }) } : undefined;
}
