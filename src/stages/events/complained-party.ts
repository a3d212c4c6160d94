/**
 * Whom a complaint or a charge accuses when it tells the wrong in a clause: "Japan has complained to the secretariat of
 * the GATT that South Korea's five-year plan … breaks GATT rules", "Pakistan complained to the United Nations today that
 * planes from Afghanistan attacked Pakistani villages", "The United States charged that a Soviet nuclear test … blew
 * radioactive debris outside the Soviet Union". The "to" phrase names whom the complaint was lodged with; the wrongdoer
 * is the actor the clause's subject names (or its nationality adjective), or, when the clause is passive, its "by"
 * doer ("complained they were being injured by Japan's unfair trade practices"), and the wire gold codes the complaint
 * against it (#12: ACCUSE recipients).
 */
import { sentenceTokenRange } from '../../core/tokens-of.js';
import { reason, type Reason } from '../../lang/reason.js';
import { actorsOfPhrase, kbCountry, nationalityOf, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** Verbs (lemmas) of complaint or accusation whose clause tells the wrong (rule-words `complaint-verb`). */
const COMPLAINING = ruleWords('complaint-verb');

/**
 * The head of the subject of complaint `verb`'s clause: the parse's clausal complement, else, where a long "to" phrase
 * threw the parser off (it hangs "that planes from Afghanistan attacked" on "today") and the verb has no object, the
 * words after the first "that" following the verb, up to that clause's verb: the first coded actor named there.
 */
function blamedHead(tree: Tree, actors: ActorIndex, verb: number): number | undefined {
  const clause = childrenBy(tree, verb, 'ccomp')[0];
  if (clause !== undefined) {
    const subject = subjectOf(tree, clause);
    if (!subject?.passive) return subject?.token;
    // A passive clause's subject suffered the wrong; its doer comes in the "by" phrase.
    return childrenBy(tree, clause, 'obl').find((o) => markerOf(tree, o) === 'by');
  }
  // A "that" after the verb's object opens a relative clause about the object ("charged a tariff on beef that
  // ranchers called unfair"), not the charge's content: only an object-less verb's "that" is the lost clause.
  if (childrenBy(tree, verb, 'obj', 'iobj').length) return undefined;
  const end = sentenceTokenRange(tree.tokens, tree.tokens[verb].sent)[1];
  let that = verb + 1;
  for (; that < end && tree.words[that] !== 'that'; that++) if (tree.pos[that]?.upos === 'VERB') return undefined;
  for (let t = that + 1; t < end && tree.pos[t]?.upos !== 'VERB'; t++) if (actors.at(t)?.code) return t;
  return undefined;
}

/**
 * The actors the clause of complaint `verb` blames: those its subject names ("South Korea's plan", "planes from
 * Afghanistan"), none of them among `accusers`. Undefined when the verb is no complaint or its clause names none.
 */
export function complainedParty(tree: Tree, actors: ActorIndex, verb: number, accusers: readonly EventParticipant[]): { found: EventParticipant[]; reason: Reason } | undefined {
  if (!COMPLAINING.has(tree.lemmas[verb])) return undefined;
  const head = blamedHead(tree, actors, verb);
  const named = head === undefined ? [] : actorsOfPhrase(tree, actors, head);
  // "a Soviet nuclear test": a subject that names no actor may say whose it is by a nationality adjective.
  const parties = named.length || head === undefined ? named : nationalityOf(tree, head, kbCountry);
  const found = parties.filter((p) => p.code && !accusers.some((a) => a.code === p.code));
  return found.length ? { found, reason: reason('events/complained-party', { party: found[0].name, verb: tree.words[verb] }) } : undefined;
}
