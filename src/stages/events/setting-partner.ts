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
 * A conjoined meeting must have been held, at the act's time: not negated ("did not hold talks with X and appealed"),
 * its noun under a holding verb (not "cancelled talks with X"), in the act's tense ("will hold talks … and has
 * appealed") and not dated apart from it ("held talks … last year and on Monday appealed").
 * Words: rule-words `setting-meeting-noun`, `setting-marker`, `setting-partner-marker`, `met-conjunct-verb`,
 * `meeting-holding-verb`, `future-auxiliary`.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import { partyKey } from '../discourse/participants.js';
import { clauseFlags } from './flags.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import { quadCode, type PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, isTimeWord, markerOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Nouns (lemmas) of a meeting an act may be set at ("talks", "meeting", "call"). */
const MEETING_NOUNS = ruleWords('setting-meeting-noun');
/** Prepositions that set an act at a meeting ("at talks with", "during a call with", "after meeting with"). */
const SETTING_MARKERS = ruleWords('setting-marker');
/** Verbs (lemmas) of meeting someone, whose object or "with" phrase names the side met ("met X … and offered aid"). */
const MEETING_VERBS = ruleWords('met-conjunct-verb');
/** Prepositions of the meeting noun's phrase that name the side met ("talks with X", "talks between X and Y"). */
const PARTNER_MARKERS = ruleWords('setting-partner-marker');
/** Verbs (lemmas) whose meeting-noun object was held ("held talks with X"), not called off ("cancelled talks"). */
const HOLDING_VERBS = ruleWords('meeting-holding-verb');
/** Auxiliaries of the future ("will hold talks"). */
const FUTURE_AUXILIARIES = ruleWords('future-auxiliary');

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
function meetingsOf(tree: Tree, pack: LanguagePack, verb: number): Meeting[] {
  const heads = clauseHeads(tree, verb);
  const set = heads.flatMap((v) => childrenBy(tree, v, 'obl', 'advcl', 'nmod')
    .filter((n) => MEETING_NOUNS.has(tree.lemmas[n]) && SETTING_MARKERS.has(markerOf(tree, n) ?? '')))
    .map((n) => ({ word: n, phrases: partnerPhrases(tree, n) }));
  const shared = childrenBy(tree, verb, 'nsubj', 'nsubj:pass').length ? [] : heads.slice(1);
  const conjoined = shared.filter((h) => isHeldWithAct(tree, pack, h, verb)).flatMap((h): Meeting[] => {
    if (MEETING_VERBS.has(tree.lemmas[h])) return [{ word: h, phrases: [...childrenBy(tree, h, 'obj'), ...childrenBy(tree, h, 'obl').filter((p) => PARTNER_MARKERS.has(markerOf(tree, p) ?? ''))] }];
    if (!HOLDING_VERBS.has(tree.lemmas[h])) return [];
    return childrenBy(tree, h, 'obj').filter((n) => MEETING_NOUNS.has(tree.lemmas[n])).map((n) => ({ word: n, phrases: partnerPhrases(tree, n) }));
  });
  return [...set, ...conjoined];
}

/**
 * Whether the meeting verb `h` reports a meeting held on the occasion of the act coordinated with it: not negated
 * ("never met X but appealed"), in the same tense ("will hold talks … and has appealed" is two occasions), and not with
 * a time phrase of each ("held talks … last year and on Monday appealed").
 */
function isHeldWithAct(tree: Tree, pack: LanguagePack, h: number, verb: number): boolean {
  if (clauseFlags(tree, pack, h, { reported: false }).negated) return false;
  if (isFuture(tree, h) !== isFuture(tree, verb)) return false;
  // The act's own words start at the last coordinator before it ("and on Monday appealed", which the parser may hang
  // on "Monday"), or at the act when there is none.
  let split = verb;
  for (let t = verb - 1; t > h && split === verb; t--) if (tree.pos[t]?.upos === 'CCONJ') split = t;
  return !(hasTimeWord(tree, h + 1, split) && (hasTimeWord(tree, split, verb) || childrenBy(tree, verb, 'obl', 'obl:tmod', 'obl:unmarked', 'nmod:tmod').some((c) => isTimeWord(tree, c))));
}

/** Whether a verb has an auxiliary of the future ("will hold"). */
const isFuture = (tree: Tree, verb: number): boolean => childrenBy(tree, verb, 'aux').some((a) => FUTURE_AUXILIARIES.has(tree.words[a]));

/** Whether a word naming a time lies in [from, to). */
function hasTimeWord(tree: Tree, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (isTimeWord(tree, t)) return true;
  return false;
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
export function settingPartners(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number, event: PloverEvent, doers: readonly EventParticipant[]): { actors: EventParticipant[]; found: EventParticipant[]; reason: Reason } | undefined {
  if (event === 'CONSULT' || ![1, 3].includes(quadCode(event))) return undefined;
  for (const { word, phrases } of meetingsOf(tree, pack, verb)) {
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
