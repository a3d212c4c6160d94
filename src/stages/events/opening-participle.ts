/**
 * A participle clause that opens the sentence names an act of the main clause's subject when it tells talks held
 * with a partner: "Speaking to reporters after talks with President Suharto, Conable said …", "Speaking after talks
 * with the committee here, Gros also said …". The participle has no subject of its own, so the gerund rule
 * (code-events.ts) took it for a topic; an opening participle's understood subject is the main clause's, who thus
 * took part in the talks. Only a meeting named with a partner in a phrase of the participle (triggers.ts,
 * matchMeetingPhrase) set by a preposition of a meeting held (rule-words meeting-setting: "after", "during", not
 * "before") is read so; other opening participles tell a source, a manner or a plan (#12: wire CONSULT told by a noun).
 */
import { meetingPartners } from './nominal-meetings.js';
import type { ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, rootOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Prepositions that set a clause in or after the meeting their noun names ("after talks with"). */
const SETTINGS = ruleWords('meeting-setting');

/** The participle's relation to the main verb: "csubj" is the parser's misreading beside the main verb's own subject. */
const OPENING_RELS = new Set(['advcl', 'csubj']);

/** The main clause's verb whose subject held the talks an opening participle names with a partner; else undefined. */
export function openingParticipleHost(tree: Tree, match: TriggerMatch, actors: ActorIndex): number | undefined {
  const verb = match.token;
  const noun = match.noun;
  if (match.reason.rule !== 'events/trigger-meeting-phrase' || noun === undefined || !SETTINGS.has(markerOf(tree, noun)?.toLowerCase() ?? '')) return undefined;
  if (tree.pos[verb]?.xpos !== 'VBG' || !OPENING_RELS.has(tree.deps[verb].deprel) || childrenBy(tree, verb, 'mark', 'case', 'aux').length) return undefined;
  // The clause opens the sentence (only punctuation, such as a quote mark, before it) ...
  const root = rootOf(tree, verb);
  for (let t = verb - 1; t >= 0 && rootOf(tree, t) === root; t--) if (tree.pos[t]?.upos !== 'PUNCT') return undefined;
  const host = tree.deps[verb].head;
  if (host <= verb || tree.pos[host]?.upos !== 'VERB') return undefined;
  // The main verb's own active subject: the misread "csubj" participle is none.
  const subject = childrenBy(tree, host, 'nsubj').find((t) => t > verb);
  if (subject === undefined) return undefined;
  // ... and names a partner other than the main clause's subject: a pronoun read as the partner ("after talks
  // with President Moi, he said") leaves no one known to have held the talks with him.
  const holder = actors.at(subject)?.actorId;
  const partners = meetingPartners(tree, noun, (t) => actors.at(t) !== undefined);
  return holder !== undefined && partners.some((p) => actors.at(p)?.actorId !== holder) ? host : undefined;
}
