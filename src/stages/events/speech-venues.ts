/**
 * A statement made at a body's gathering: "This was stated by President … Zelenskyy during a debate in the course
 * of the extraordinary plenary session of the European Parliament", "during his online participation in the GLOBSEC
 * International Security Forum". The speech verb itself is no event (CAMEO 010), and the gathering's noun names no
 * partner with "with" (nominal-meetings.ts reads those), yet the phrase says the speaker took part in the body's
 * session: both golds code it as a consultation of the body (news-dev CONSULT UKR → IGOEUR; training gold → NGO,
 * → USANGO). Only an organisation the phrase names as holding the gathering counts (an "of", "in", "at", "by" or
 * "within" phrase, a compound or an apposition: "the NATO summit"), never a topic ("on Russian aggression against
 * Ukraine"), a place ("a meeting in Warsaw") or the press ("a press conference"), and never the speaker's own side
 * (see #12: statement-only turndowns).
 */
import { reason } from '../../lang/reason.js';
import type { NominalTrigger } from './nominal.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Nouns of a gathering a statement is made at. */
const VENUES = ruleWords('speech-venue');
/** Prepositions whose phrase names who holds the gathering. */
const HOST_MARKERS = ruleWords('venue-host-marker');
/** Nouns of the press: a press or news conference, a meeting with the media, is no consultation (news-dev README). */
const PRESS = ruleWords('press-partner');
/** Prepositions that set the statement at the gathering ("said this during …", "speaking at …"). */
const SETTINGS: ReadonlySet<string> = new Set(['during', 'at']);
/** PLOVER CONSULT (CAMEO 040, consult). */
const CONSULT = '040';
/** How deep a gathering's phrase is searched for its holder ("debate in the course of the session of the Parliament"). */
const MAX_DEPTH = 4;

/** What the caller knows of the actors a phrase names. */
export interface VenueParties {
  /** Whether the phrase headed by `head` names a coded actor. */
  readonly isParty: (head: number) => boolean;
  /** The country or organisation code of an organisation mentioned at token `t` (not a country, place or person). */
  readonly orgAt: (t: number) => string | undefined;
  /** The codes of the actors the phrase headed by `head` names. */
  readonly codesOf: (head: number) => readonly string[];
}

/** Who made the statement: the speech verb's active subject or passive "by" agent; a participle ("…, speaking at") speaks for its head's. */
function speakerOf(tree: Tree, verb: number, isParty: (head: number) => boolean): number | undefined {
  for (let v = verb, hops = 0; v >= 0 && hops < 2; hops++, v = tree.deps[v].head) {
    const subj = subjectOf(tree, v);
    if (subj && !subj.passive) return isParty(subj.token) ? subj.token : undefined;
    const agent = childrenBy(tree, v, 'obl').find((o) => markerOf(tree, o) === 'by' && isParty(o));
    if (agent !== undefined) return agent;
    if (!['advcl', 'acl', 'conj'].includes(tree.deps[v].deprel)) return undefined;
  }
  return undefined;
}

/** Whether the gathering is the press's: its own compounds ("press conference", "news conference") or its partner. */
function isPress(tree: Tree, n: number): boolean {
  return [n, ...childrenBy(tree, n, 'compound', 'nmod')].some((t) => PRESS.has(tree.lemmas[t]));
}

/** The first organisation the gathering's phrase names as its holder, breadth-first, with the token naming it. */
function hostOf(tree: Tree, n: number, orgAt: (t: number) => string | undefined): number | undefined {
  const queue: { token: number; depth: number }[] = [{ token: n, depth: 0 }];
  for (let k = 0; k < queue.length; k++) {
    const { token, depth } = queue[k];
    if (k > 0 && orgAt(token)) return token;
    if (depth >= MAX_DEPTH) continue;
    for (const c of tree.children[token]) {
      const rel = tree.deps[c].deprel;
      const through = rel === 'compound' || rel === 'appos' || rel === 'flat'
        || (rel === 'acl' && tree.pos[c]?.xpos === 'VBN')
        || ((rel === 'nmod' || rel.startsWith('obl')) && HOST_MARKERS.has(markerOf(tree, c) ?? ''));
      if (through) queue.push({ token: c, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Gatherings of tokens [first, last) at which a speech verb's statement was made, held by an organisation of another side. */
export function speechVenues(tree: Tree, speechVerbs: ReadonlySet<string>, first: number, last: number, used: ReadonlySet<number>, parties: VenueParties): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN' || !VENUES.has(tree.lemmas[n])) continue;
    if (!SETTINGS.has(markerOf(tree, n) ?? '')) continue;
    const verb = tree.deps[n].head;
    if (verb < 0 || tree.pos[verb]?.upos !== 'VERB' || !(speechVerbs.has(tree.lemmas[verb]) || tree.lemmas[verb] === 'speak')) continue;
    // A gathering with a "with" partner is a meeting nominal-meetings.ts reads; one still to come names no act.
    if (childrenBy(tree, n, 'nmod').some((m) => markerOf(tree, m) === 'with') || isPress(tree, n)) continue;
    const speaker = speakerOf(tree, verb, parties.isParty);
    const host = speaker === undefined ? undefined : hostOf(tree, n, parties.orgAt);
    if (speaker === undefined || host === undefined) continue;
    // The speaker's own body ("at a meeting of the Congress of Local and Regional Authorities" for Ukraine) is no other side.
    const own = parties.codesOf(speaker);
    if (own.includes(parties.orgAt(host)!)) continue;
    const match: TriggerMatch = {
      token: n, tokens: [n, n + 1], code: CONSULT, kind: 'noun', noun: n,
      reason: reason('events/trigger-speech-venue', { noun: tree.words[n], speaker: tree.words[speaker], host: tree.words[host] }),
    };
    out.push({ match, agent: speaker, targets: [host], meeting: true });
  }
  return out;
}
