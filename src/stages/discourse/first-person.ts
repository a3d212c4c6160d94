/**
 * The publisher's own voice: on an official site, first-person words outside quotation marks are
 * the site's. An address or statement in its head's voice says "I spoke with French President
 * Emmanuel Macron" (president.gov.ua), so "I" and "me" are the principal on the day; its readouts
 * call their country "our country" ("the security situation around our country"), so "our
 * country" and "our state" are the site's country. Quoted words have their own speaker. A joint
 * statement speaks for all its signatories: its "we", "us" and "our" are them (`refer.ts` makes the
 * group), and its "I" is left alone. Elsewhere a bare "we" is not read:
 * in an address it is the nation, the government, the army or the audience by turns, and giving
 * it the country coded its everyday verbs ("we heard the explosions", "we still protect the
 * state") as events. In a transcript turn (`turns.ts`) the words are the labelled speaker's: a
 * guest's "I want to thank you" on kremlin.ru is the guest's, and "our country" the guest's country.
 */
import type { Quote } from '../quotes/types.js';
import type { ActorKb } from '../actors/kb.js';
import type { ActorMention } from '../actors/types.js';
import { reason } from '../../lang/reason.js';
import { principalOf } from './principal.js';
import { turnSpeakers } from './turns.js';
import type { Publisher } from './types.js';
import { actorOf, mentionOver, type ActorOf, type View } from './view.js';

const SINGULAR = new Set(['i', 'me']);
/** Nouns "our …" names the speaker's own country by. */
const OWN_COUNTRY = new Set(['country', 'state']);

/** Who speaks in the article's own (unquoted) words. */
export interface Voice {
  readonly publisher: Publisher;
  readonly kb: ActorKb;
  readonly day?: string;
  /** Per token: inside a direct or partial quotation. */
  readonly quoted: readonly boolean[];
  /** A joint statement: the signatories speak, not the site's principal. */
  readonly joint: boolean;
  /** Per token: the speaker of the transcript turn it stands in (`turns.ts`). */
  readonly turns: readonly (ActorMention | undefined)[];
}

/** The voice of an official site's article (its signatories' in a joint statement); none elsewhere. */
export function voiceOf(view: View, publisher: Publisher | undefined, kb: ActorKb, day: string | undefined, quotes: readonly Quote[], joint: boolean): Voice | undefined {
  if (!publisher) return undefined;
  return { publisher, kb, ...(day ? { day } : {}), quoted: quotedTokens(view, quotes), joint, turns: turnSpeakers(view) };
}

/** Tokens inside quotation marks; "X said that …" is the site's paraphrase, in its own voice. */
function quotedTokens(view: View, quotes: readonly Quote[]): boolean[] {
  const out = new Array<boolean>(view.spans.length).fill(false);
  const spans = quotes.filter((q) => q.kind !== 'reported');
  view.spans.forEach((s, t) => { out[t] = spans.some((q) => s.start >= q.start && s.end <= q.end); });
  return out;
}

/** The first-person reference at token `i` in the site's own words, if there is one. */
export function firstPersonAt(view: View, voice: Voice | undefined, i: number): ActorMention | undefined {
  if (!voice || voice.joint || voice.quoted[i] || view.mentionAt[i]) return undefined;
  const word = view.words[i] ?? '';
  const text = view.texts[i] ?? '';
  // "I" only as a pronoun ("World War I" is a numeral).
  const speaker = voice.turns[i];
  if (SINGULAR.has(word) && (word !== 'i' || text === 'I') && isPronounRole(view, i)) {
    if (speaker) return inTurn(view, i, i + 1, speaker, actorOf(speaker));
    const principal = principalOf(voice.kb, voice.publisher, voice.day, view, [i, i + 1]);
    return principal && inVoice(view, i, i + 1, voice, actorOf(principal));
  }
  if (word === 'our' && OWN_COUNTRY.has(view.words[i + 1] ?? '') && !view.mentionAt[i + 1]) return speaker ? speakerCountry(view, voice, speaker, i, i + 2) : ownCountry(view, voice, i, i + 2);
  return undefined;
}

function isPronounRole(view: View, i: number): boolean {
  return /^(nsubj|obj|iobj|obl|nmod|conj)/.test(view.deps[i]?.deprel ?? '');
}

function ownCountry(view: View, voice: Voice, first: number, last: number): ActorMention | undefined {
  const { kb, publisher } = voice;
  const country = kb.actor(kb.country(publisher.code) ?? -1);
  return country && inVoice(view, first, last, voice, { actorId: country.id, name: country.name, code: publisher.code, kind: 'country' });
}

/** "our country" in a turn: the speaker's country, when the speaker has one. */
function speakerCountry(view: View, voice: Voice, speaker: ActorMention, first: number, last: number): ActorMention | undefined {
  const country = speaker.code ? voice.kb.actor(voice.kb.country(speaker.code) ?? -1) : undefined;
  return country && inTurn(view, first, last, speaker, { actorId: country.id, name: country.name, code: speaker.code, kind: 'country' });
}

function inTurn(view: View, first: number, last: number, speaker: ActorMention, of: ActorOf): ActorMention {
  return mentionOver(view, first, last, of, reason('discourse/turn-speaker', { text: view.texts.slice(first, last).join(' '), speaker: speaker.name, name: of.name }));
}

function inVoice(view: View, first: number, last: number, voice: Voice, of: ActorOf): ActorMention {
  return mentionOver(view, first, last, of, reason('discourse/first-person', { text: view.texts.slice(first, last).join(' '), site: voice.publisher.site, name: of.name }));
}
