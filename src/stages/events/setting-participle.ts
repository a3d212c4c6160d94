/**
 * "Speaking after talks with the committee here, Gros also said …", "Funaro, speaking after talks with Kohl, said …":
 * a participle set off by a comma whose phrase sets it after, during or at talks with a partner tells where the
 * clause's subject came from; the talks are that subject's (the training gold codes them CONSULT: reuters-9123,
 * 9215, 5136). `events/gerund` turns a subjectless gerund down as a topic ("responsibility for maintaining peace"), which
 * such a free participle is not: its host is the main clause's verb, whose subject held the talks (set-off-gerund.ts
 * reads the roles). Only the meeting phrase read on a verb that is no event itself (triggers.ts `matchMeetingPhrase`),
 * with a setting preposition: "Speaking about talks with Kohl, …" names a topic and stays out.
 */
import type { TriggerMatch } from './triggers.js';
import { ruleWords } from './rule-words.js';
import { mainVerbAbove } from './set-off-gerund.js';
import { childrenBy, markerOf, type Tree } from './tree.js';

/** Prepositions (word forms) that set a clause in or after a meeting ("after talks with"). */
const SETTINGS = ruleWords('meeting-setting');

/**
 * The main clause's verb whose subject held the talks `match` names in the setting phrase of a participle set off by a
 * comma or opening its sentence; undefined for any other trigger.
 */
export function settingParticipleHost(tree: Tree, match: TriggerMatch): number | undefined {
  if (match.noun === undefined || match.reason.rule !== 'events/trigger-meeting-phrase') return undefined;
  const verb = match.token;
  if (tree.pos[verb]?.xpos !== 'VBG' || childrenBy(tree, verb, 'mark').length) return undefined;
  if (!SETTINGS.has(markerOf(tree, match.noun)?.toLowerCase() ?? '')) return undefined;
  const before = verb - 1;
  const opens = before < 0 || tree.tokens[before].sent !== tree.tokens[verb].sent;
  return opens || tree.words[before] === ',' ? mainVerbAbove(tree, verb, true) : undefined;
}
