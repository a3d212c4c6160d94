/**
 * "Speaking after talks with the committee here, Gros also said …", "Funaro, speaking after talks with Kohl, said …":
 * a participle set off by a comma whose phrase sets it after, during or at talks with a partner tells where the
 * clause's subject came from; the talks are that subject's (the training gold codes them CONSULT: reuters-9123,
 * 9215, 5136). `events/gerund` turns a subjectless gerund down as a topic ("responsibility for maintaining peace"), which
 * such a free participle is not: its host is the main clause's verb, whose subject held the talks (set-off-gerund.ts
 * reads the roles). Only the meeting phrase read on a verb that is no event itself (triggers.ts `matchMeetingPhrase`),
 * with a setting preposition: "Speaking about talks with Kohl, …" names a topic and stays out.
 *
 * The host's subject holds the talks only when it is a coded party on another side than a coded partner: "Gold rose,
 * reflecting fears … in talks with the IMF" and "Speaking … after talks with farmers, President Reagan said" would
 * otherwise code a one-party CONSULT (the reciprocal step makes the partner the sole actor). Talks with an owner of
 * their own ("after Kohl's talks with Reagan") or a clause of their own ("after talks with Kohl were cancelled") are
 * not the subject's, and a reporter's participle ("Reporting after talks with …, Tass said", rule-words
 * `setting-reporting`) tells who wrote of the talks, not who held them.
 */
import type { LanguagePack } from '../../lang/pack.js';
import type { ActorIndex } from './participants.js';
import { rolesOf } from './roles.js';
import type { TriggerMatch } from './triggers.js';
import { ruleWords } from './rule-words.js';
import { mainVerbAbove } from './set-off-gerund.js';
import { ancestorsOf, childrenBy, markerOf, walkTokens, type Tree } from './tree.js';

/** Prepositions (word forms) that set a clause in or after a meeting ("after talks with"). */
const SETTINGS = ruleWords('meeting-setting');
/** Verbs (lemmas) of reporting on talks: their subject wrote of the talks, it did not hold them. */
const REPORTING = ruleWords('setting-reporting');

/**
 * The main clause's verb whose subject held the talks `match` names in the setting phrase of a participle set off by a
 * comma or opening its sentence; undefined for any other trigger, or when that subject is no coded party beside a
 * coded partner of another side.
 */
export function settingParticipleHost(tree: Tree, pack: LanguagePack, actors: ActorIndex, match: TriggerMatch): number | undefined {
  const noun = match.noun;
  if (noun === undefined || match.reason.rule !== 'events/trigger-meeting-phrase') return undefined;
  const verb = match.token;
  if (tree.pos[verb]?.xpos !== 'VBG' || childrenBy(tree, verb, 'mark').length || REPORTING.has(tree.lemmas[verb])) return undefined;
  if (!SETTINGS.has(markerOf(tree, noun) ?? '')) return undefined;
  const before = verb - 1;
  const opens = before < 0 || tree.tokens[before].sent !== tree.tokens[verb].sent;
  const host = opens || tree.words[before] === ',' ? mainVerbAbove(tree, verb, true) : undefined;
  return host !== undefined && firstVerbAbove(tree, verb) === host && heldBySubject(tree, pack, actors, host, noun) ? host : undefined;
}

/**
 * The first verb above the participle: a verb other than the host there is a clause the talks phrase opens ("Speaking
 * after talks with Kohl were cancelled, Funaro said": the participle hung on "cancelled"), whose talks are no setting.
 */
function firstVerbAbove(tree: Tree, verb: number): number | undefined {
  return ancestorsOf(tree, verb).find((h) => tree.pos[h]?.upos === 'VERB');
}

/**
 * Whether the host's subject resolves to a coded party (roles.ts, as the event's actors will: a pronoun through its
 * antecedent) and the talks noun names a coded partner of another code, with no owner other than a pronoun ("Kohl's
 * talks", whatever Kohl resolves to) and no clause of the talks' own ("talks … were cancelled").
 */
function heldBySubject(tree: Tree, pack: LanguagePack, actors: ActorIndex, host: number, noun: number): boolean {
  if (tree.deps[noun].deprel.startsWith('nsubj')) return false;
  if (childrenBy(tree, noun, 'nmod:poss').some((p) => tree.pos[p]?.upos !== 'PRON')) return false;
  const holders = new Set(rolesOf(tree, pack, actors, host).actors.flatMap((a) => (a.code !== undefined ? [a.code] : [])));
  if (!holders.size) return false;
  return walkTokens(tree, noun).some((t) => {
    const m = t !== noun ? actors.at(t) : undefined;
    return m?.code !== undefined && !holders.has(m.code);
  });
}
