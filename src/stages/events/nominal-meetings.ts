/**
 * Meetings named only by a noun with its partner, setting a statement in or after them: "said this
 * during the meeting with the media following the talks with … Boris Johnson in Kyiv", "said this
 * during a joint press conference following a meeting with … Xavier Bettel". The verb is a speech
 * verb whose statement wins, or the noun hangs on another noun, so no verb trigger reads the talks
 * (triggers.ts reads only a meeting phrase on a verb that is no event itself); yet the phrase tells
 * who met whom: the noun's possessor ("his talks with …"), else the subject of the clause the phrase
 * sets ("This was stated by Zelenskyy following the talks with …": a passive's "by" agent), took part
 * (#12: meetings named by a noun with "with").
 */
import { reason } from '../../lang/reason.js';
import type { RuntimeLexicon } from './lexicon.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, isUnder, markerOf, subjectOf, type Tree } from './tree.js';
import { nounCode, type TriggerMatch } from './triggers.js';

/** Prepositions that set a statement in or after the meeting their noun names ("following the talks with"). */
const SETTINGS = ruleWords('meeting-setting');

/** Nouns naming the press, met to be told rather than consulted ("a conversation with representatives of the Western media"). */
const PRESS = ruleWords('press-partner');

/** Modifiers that make the talks a prospect ("in future credit talks with the IMF"). */
const PROSPECTIVE = ruleWords('prospective');

/** Nouns that measure the meeting of their "of" phrase and carry its setting ("after two days of talks with"). */
/** Nouns that measure a meeting: a stretch of time ("two days of talks") or a count of sittings ("a round of talks"). */
const SPANS: ReadonlySet<string> = new Set([...ruleWords('meeting-span'), ...ruleWords('duration-noun')]);

/** Prepositions that set a clause in a visit only ("is on a visit to Malaysia"; "on talks" is a topic). */
const VISIT_SETTINGS = ruleWords('visit-setting');

/** Meeting nouns whose "to" phrase names the host met ("a visit to Malaysia"). */
const HOSTED = ruleWords('host-partner');

/** Verbs whose "on" phrase is a topic, not a setting ("commented on a trip to Beijing by …"). */
const ON_TOPIC = ruleWords('on-topic-verb');

/** Whether the phrase headed by `head` names the press: its head, a word it governs or one below that is a PRESS noun. */
function namesPress(tree: Tree, head: number): boolean {
  return [head, ...tree.children[head], ...tree.children[head].flatMap((c) => tree.children[c])].some((t) => PRESS.has(tree.lemmas[t]));
}

/**
 * Heads of the meeting noun `n`'s "with" phrases (with `hosts`, for a visit also its "to" phrase: the host) that name
 * an actor and not the press: who the talks were held with. Only a visit that sets its clause takes the host: one
 * told of under a speech verb is as often called off or still to come ("has cancelled a trip to Australia").
 */
export function meetingPartners(tree: Tree, n: number, hasActor: (head: number) => boolean, hosts = false): number[] {
  const markers = hosts && HOSTED.has(tree.lemmas[n]) ? ['with', 'to'] : ['with'];
  // A predicate noun's phrases hang on it as obl ("Brazil is in talks with the IMF").
  return childrenBy(tree, n, 'nmod', 'obl').filter((m) => markers.includes(markerOf(tree, m) ?? '') && hasActor(m) && !namesPress(tree, m));
}

/**
 * The phrase that carries the meeting noun `n`'s setting: the span measuring it ("after two days of talks"), else `n`.
 */
function settingOf(tree: Tree, n: number): number {
  const head = tree.deps[n].head;
  return head >= 0 && markerOf(tree, n) === 'of' && tree.pos[head]?.upos === 'NOUN' && SPANS.has(tree.lemmas[head]) ? head : n;
}

/**
 * Whether the meeting noun `n` is set in its clause by `marker` on its setting phrase `setting`: a setting preposition,
 * or "on" for a visit where it can only be a setting — a copular predicate ("Duffy is on a visit") or a phrase set off
 * by a comma ("Macron, on a visit to …"), never the topic of a verb that takes one ("reported on a visit to …").
 */
function isSetting(tree: Tree, n: number, setting: number, marker: string): boolean {
  if (SETTINGS.has(marker)) return true;
  if (!HOSTED.has(tree.lemmas[n]) || !VISIT_SETTINGS.has(marker)) return false;
  if (childrenBy(tree, setting, 'cop').length) return true;
  const head = tree.deps[setting].head;
  if (head >= 0 && ON_TOPIC.has(tree.lemmas[head])) return false;
  // Set off by a comma: one stands between the phrase and its head or the verb before it ("Macron, on a visit to …";
  // "Weizsaecker, in a speech on the first day of an official visit to Argentina, said").
  const first = Math.min(setting, ...childrenBy(tree, setting, 'case'));
  for (let t = first - 1; t >= 0 && t !== head && !['VERB', 'AUX'].includes(tree.pos[t]?.upos ?? ''); t--) if (tree.words[t] === ',') return true;
  return false;
}

/** Whether a modifier makes the meeting noun `n`'s talks a prospect rather than talks held. */
export function isProspective(tree: Tree, n: number): boolean {
  return childrenBy(tree, n, 'amod').some((a) => PROSPECTIVE.has(tree.words[a]));
}

/** Nouns whose complement names a meeting wished for, not held ("interest in a visit to China", "plans for talks"). */
const WISHED = ruleWords('meeting-wish-noun');

export interface NominalMeeting {
  readonly match: TriggerMatch;
  /** The head of the phrase naming who held the meeting. */
  readonly agent: number;
  /** Heads of the "with" phrases naming the partners. */
  readonly partners: readonly number[];
  /** The copular predicate the meeting is ("Brazil is in talks with …"): its clause's negation and modality are the event's. */
  readonly predicate?: number;
}

/** The consultation nouns of tokens [first, last) set by a preposition of SETTINGS, with an actor as partner; nouns in `used` are left out. */
export function nominalMeetings(tree: Tree, lexicon: RuntimeLexicon, first: number, last: number, used: ReadonlySet<number>, hasActor: (head: number) => boolean): NominalMeeting[] {
  const out: NominalMeeting[] = [];
  for (let n = first; n < last; n++) {
    if (used.has(n) || tree.pos[n]?.upos !== 'NOUN') continue;
    const setting = settingOf(tree, n);
    if (!isSetting(tree, n, setting, markerOf(tree, setting) ?? '')) continue;
    // A meeting wished for or planned: "expressed interest in a visit to China by …".
    const above = tree.deps[setting].head;
    if (above >= 0 && tree.pos[above]?.upos === 'NOUN' && WISHED.has(tree.lemmas[above])) continue;
    const code = nounCode(tree, lexicon, n);
    // "a new round of talks", "the next round of talks": the span's own modifiers make the talks a prospect too.
    if (!code?.startsWith('04') || isProspective(tree, n) || isProspective(tree, setting)) continue;
    const partners = meetingPartners(tree, n, hasActor, true);
    if (!partners.length) continue;
    // A holder read past the parse ("After his meeting with Kohl, President Reagan said", "Reagan" hung on "Kohl") is
    // taken only with a "with" partner: a visit's host there is as often a place toured at home ("During a working trip
    // to the Rivne region, President …") or a body's seat ("a working visit to Brussels").
    const agent = holderOf(tree, n, setting, hasActor) ?? (partners.some((m) => markerOf(tree, m) === 'with') ? swallowedHolder(tree, n, setting, hasActor) : undefined);
    if (agent === undefined) continue;
    const match: TriggerMatch = {
      token: n, tokens: [n, n + 1], code, kind: 'noun', noun: n,
      reason: reason('events/trigger-nominal-meeting', { noun: tree.words[n], agent: tree.words[agent], partner: tree.words[partners[0]] }),
    };
    out.push({ match, agent, partners, ...(childrenBy(tree, setting, 'cop').length ? { predicate: setting } : {}) });
  }
  return out;
}

/**
 * Who held the meeting noun `n` names: its possessor or its own "by" phrase; else, when its setting phrase `setting` is itself a copular
 * predicate ("Duffy is on a visit to Malaysia"), that predicate's subject (its negation and modality are flagged
 * when coded: code-nominal.ts); else the active subject (or passive "by" agent) of the clause its phrase sets.
 */
function holderOf(tree: Tree, n: number, setting: number, hasActor: (head: number) => boolean): number | undefined {
  const possessor = childrenBy(tree, n, 'nmod:poss').find((p) => tree.pos[p]?.upos !== 'PRON' && hasActor(p));
  if (possessor !== undefined) return possessor;
  // "during a visit to Moscow by Iran's Oil Minister": the noun's own "by" phrase names who came.
  const by = childrenBy(tree, n, 'nmod').find((m) => markerOf(tree, m) === 'by' && hasActor(m));
  if (by !== undefined) return by;
  if (childrenBy(tree, setting, 'cop').length) return childrenBy(tree, setting, 'nsubj').find(hasActor);
  let clause = tree.deps[setting].head;
  for (let hops = 0; hops < 4 && clause >= 0 && tree.pos[clause]?.upos !== 'VERB'; hops++) clause = tree.deps[clause].head;
  if (clause < 0 || tree.pos[clause]?.upos !== 'VERB') return undefined;
  const subject = subjectOf(tree, clause);
  // A setting misparsed as the clause's subject ("The Queen, on a state visit to …, praised") names no holder.
  if (subject && (subject.token === setting || subject.token === n)) return undefined;
  if (subject && !subject.passive) return hasActor(subject.token) ? subject.token : undefined;
  // "This was stated by President … Zelenskyy during the meeting …": a passive's agent is who spoke there.
  return childrenBy(tree, clause, 'obl').find((o) => markerOf(tree, o) === 'by' && hasActor(o));
}

/**
 * The holder of the meeting noun `n` in a fronted setting phrase `setting` whose verb the parser left with no subject,
 * having hung the name after the phrase's comma inside the partner's phrase ("After his meeting with Chancellor Helmut
 * Kohl, President Reagan said …": "Reagan" a conjunct of "Kohl"): a name between that comma and the verb, when every
 * word from the comma to the verb lies under the setting phrase.
 */
function swallowedHolder(tree: Tree, n: number, setting: number, hasActor: (head: number) => boolean): number | undefined {
  const clause = tree.deps[setting].head;
  // Only a phrase set on the verb itself, with no possessor of its own naming another holder.
  if (clause < setting || tree.pos[clause]?.upos !== 'VERB' || subjectOf(tree, clause)) return undefined;
  if (childrenBy(tree, n, 'nmod:poss').some((p) => tree.pos[p]?.upos !== 'PRON')) return undefined;
  let comma = -1;
  for (let t = clause - 1; t > setting; t--) {
    if (tree.words[t] === ',') { comma = t; break; }
    if (!isUnder(tree, t, setting)) return undefined;
  }
  if (comma < 0) return undefined;
  // The parser splits the name as often as it keeps it whole ("Ihor" a conjunct and "Zhovkva" flat): its first word
  // that names an actor.
  for (let t = comma + 1; t < clause; t++) if (tree.pos[t]?.upos === 'PROPN' && hasActor(t)) return t;
  return undefined;
}
