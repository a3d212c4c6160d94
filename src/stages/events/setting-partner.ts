/**
 * The party of the meeting an act was done at (#12, recipients outside the act's clause): "During a meeting with
 * Japanese Prime Minister Yasuhiro Nakasone, Reagan expressed support for the trade accord", "At talks with Chinese
 * leaders in Beijing, Shevardnadze promised economic aid". The act's own clause names no one it is addressed to; the
 * setting phrase (a meeting noun under a setting preposition, on the act's verb or on the first verb of its
 * coordination) names the side met with, and a pledge, praise, appeal or complaint made at talks with X is addressed
 * to X (news-dev README; PLOVER codes the counterpart). Only the meeting's partner phrase counts ("with", "between"),
 * never its place ("talks in Moscow": the host country of a place is no recipient) or its topic. When the parser
 * folded the doer into the setting phrase ("At talks with Chinese leaders in Beijing, Soviet Foreign Minister …" read
 * as a list under "Beijing") and the actors came out as both sides, the partner is moved to the recipients.
 * Verbal acts only (PLOVER quad 1 and 3), and not the consultation itself, which the meeting noun codes.
 * An act coordinated with a meeting on the same subject belongs to it too ("met Chinese leaders … and offered aid").
 * Words: rule-words `setting-meeting-noun`, `setting-marker`, `setting-partner-marker`, `met-conjunct-verb`.
 */
import { reason, type Reason } from '../../lang/reason.js';
import { partyKey } from '../discourse/participants.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import { quadCode, type PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Nouns (lemmas) of a meeting an act may be set at ("talks", "meeting", "call"). */
const MEETING_NOUNS = ruleWords('setting-meeting-noun');
/** Prepositions that set an act at a meeting ("at talks with", "during a call with", "after meeting with"). */
const SETTING_MARKERS = ruleWords('setting-marker');
/** Verbs (lemmas) of meeting someone, whose object or "with" phrase names the side met ("met X … and offered aid"). */
const MEETING_VERBS = ruleWords('met-conjunct-verb');
/** Prepositions of the meeting noun's phrase that name the side met ("talks with X", "talks between X and Y"). */
const PARTNER_MARKERS = ruleWords('setting-partner-marker');

/** The verb and, up its coordination, the first conjunct, which the setting phrase hangs on ("… expressed support and pledged"). */
function clauseHeads(tree: Tree, verb: number): number[] {
  const heads = [verb];
  for (let v = verb; tree.baseRels[v] === 'conj' && tree.deps[v].head >= 0; v = tree.deps[v].head) heads.push(tree.deps[v].head);
  return heads;
}

/** A meeting the act belongs to: its word and the phrases that name the side met. */
interface Meeting { readonly word: number; readonly phrases: readonly number[] }

/** The phrases of a meeting noun that name its partners ("talks with X", "talks between X and Y"). */
const partnerPhrases = (tree: Tree, noun: number): number[] =>
  childrenBy(tree, noun, 'nmod').filter((p) => PARTNER_MARKERS.has(markerOf(tree, p) ?? ''));

/**
 * The meetings the act's clause is set at ("During a meeting …, Reagan expressed") and, when the act shares its
 * subject with an earlier conjunct that reports a meeting, that one ("met Chinese leaders … and offered aid", "held
 * talks with Baker and appealed for loans").
 */
function meetingsOf(tree: Tree, verb: number): Meeting[] {
  const heads = clauseHeads(tree, verb);
  const set = heads.flatMap((v) => childrenBy(tree, v, 'obl', 'advcl', 'nmod')
    .filter((n) => MEETING_NOUNS.has(tree.lemmas[n]) && SETTING_MARKERS.has(markerOf(tree, n) ?? '')))
    .map((n) => ({ word: n, phrases: partnerPhrases(tree, n) }));
  const shared = childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length ? [] : heads.slice(1);
  const conjoined = shared.flatMap((h): Meeting[] => {
    if (MEETING_VERBS.has(tree.lemmas[h])) return [{ word: h, phrases: [...childrenBy(tree, h, 'obj'), ...childrenBy(tree, h, 'obl').filter((p) => PARTNER_MARKERS.has(markerOf(tree, p) ?? ''))] }];
    return childrenBy(tree, h, 'obj').filter((n) => MEETING_NOUNS.has(tree.lemmas[n])).map((n) => ({ word: n, phrases: partnerPhrases(tree, n) }));
  });
  return [...set, ...conjoined];
}

/**
 * Where a fronted setting phrase ends: at its first comma before the verb, past which the parser may have folded the
 * doer into it ("At talks with Chinese leaders in Beijing, Soviet Foreign Minister Shevardnadze promised").
 */
function phraseEnd(tree: Tree, word: number, verb: number): number {
  if (word > verb) return tree.tokens.length;
  for (let t = word + 1; t < verb; t++) if (tree.words[t] === ',') return t;
  return verb;
}

/**
 * The recipients an act set at a meeting is addressed to: the meeting's partners who are not its doers, with the doers
 * left once a partner the parser gave them is moved; undefined when there is no such setting or partner.
 */
export function settingPartners(tree: Tree, actors: ActorIndex, verb: number, event: PloverEvent, doers: readonly EventParticipant[]): { actors: EventParticipant[]; found: EventParticipant[]; reason: Reason } | undefined {
  if (event === 'CONSULT' || ![1, 3].includes(quadCode(event))) return undefined;
  for (const { word, phrases } of meetingsOf(tree, verb)) {
    const end = phraseEnd(tree, word, verb);
    const partners = phrases.flatMap((p) => actorsOfPhrase(tree, actors, p)).filter((p) => p.tokens[1] <= end);
    // A doer read from the partner phrase's own words is the parser's misreading, not a second doer.
    const own = doers.filter((d) => !partners.some((p) => p.tokens[0] === d.tokens[0] && p.tokens[1] === d.tokens[1]));
    if (!own.length) continue;
    const ownKeys = new Set(own.map(partyKey));
    const found = partners.filter((p) => !ownKeys.has(partyKey(p)));
    if (found.length) return { actors: own, found, reason: reason('events/setting-partner', { noun: tree.words[word], names: found.map((p) => p.name).join(', ') }) };
  }
  return undefined;
}
