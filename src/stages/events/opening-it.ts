/**
 * "The EC executive Commission says the Community faces a deficit … It has appealed to member states to pay",
 * "The United States … has said the island's tariffs were unacceptable. It has criticised the cuts": a sentence that
 * opens with "It" as its subject continues the previous sentence's subject. When that subject is a coded body or
 * country (not a person, whom "it" never names) it is the actor; any other previous subject ("The surplus has
 * boosted …") leaves the pronoun unresolved.
 */
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { isIt, type LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import { previousSubject, rootSubject } from './carried-subject.js';
import type { ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { isExtraposed } from './thing-clause.js';
import { childBy, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** The previous sentence's subject as the referent of a sentence-opening "It", with the reason. */
export function openingIt(tree: Tree, pack: LanguagePack, actors: ActorIndex, sent: number, subj: { token: number; passive: boolean } | undefined): { actors: EventParticipant[]; reason: Reason } | undefined {
  if (!subj || subj.passive || !isIt(pack, tree.words[subj.token] ?? '') || sent === 0) return undefined;
  const [first] = sentenceTokenRange(tree.tokens, sent);
  if (subj.token !== first) return undefined;
  // "The Commission said … It added … It urged …": a sentence that itself opens with a subject "It" passes the thread
  // on to the sentence before it, so a run of them keeps naming the body the first one continued (within RUN_REACH).
  let from = sent;
  while (from > 1 && sent - from < RUN_REACH && !previousSubject(tree, actors, from).length && opensWithIt(tree, pack, from - 1)) from--;
  const found = previousSubject(tree, actors, from).filter((p) => p.code && !isPerson(actors, p));
  if (!found.length) return undefined;
  const names = found.map((p) => p.name).join(', ');
  return { actors: found, reason: from === sent ? reason('events/opening-it', { names }) : reason('events/opening-it-run', { names, back: sent - from + 1 }) };
}

/**
 * Sentences back a run of sentence-opening "It" subjects may reach for the body they all continue: a wire story
 * rarely runs more than two or three such sentences about one body before naming it again, and the further back
 * the more likely the "It" has drifted to a thing (a report, a plan) the sentences between talked about.
 */
const RUN_REACH = 3;
/** Verbs whose "It" is the weather or the time ("It rained heavily all day"), never a party. */
const WEATHER_VERBS = ruleWords('weather-verb');

/**
 * Whether sentence `sent` opens with "It" as the active subject of its root that does something ("It added"), so it
 * may pass a party on. Not an "It" that names no party: an expletive ("It is likely that"), a copula with a noun or
 * adjective predicate ("It is a document that smears China", "It is essential to …", both said of a thing as often
 * as of a body) or a weather or time verb ("It rained").
 */
function opensWithIt(tree: Tree, pack: LanguagePack, sent: number): boolean {
  const [first] = sentenceTokenRange(tree.tokens, sent);
  if (!isIt(pack, tree.words[first] ?? '')) return false;
  const found = rootSubject(tree, sent);
  if (!found || found.subject?.token !== first || found.subject.passive) return false;
  const { root } = found;
  return childBy(tree, root, 'cop') === undefined && !isExtraposed(tree, root) && !WEATHER_VERBS.has(tree.lemmas[root]);
}

function isPerson(actors: ActorIndex, p: EventParticipant): boolean {
  return actors.at(p.tokens[0])?.kind === 'person';
}
