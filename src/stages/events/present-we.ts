/**
 * An official site's own "we" in the present: "We call on all countries of the world to respond …",
 * "We immediately recall the Ambassador from Georgia", "We are calling on the West to impose …". Said
 * in the site's own (unquoted) words, in a main clause and the present tense, the act is done as it is
 * said, by the side that speaks (#12: the training gold codes a Ukrainian address's appeals, demands
 * and recalls as UKRGOV's; 15 of its items were turned down for no actor). Elsewhere the discourse
 * stage leaves a bare "we" alone (`first-person.ts`): told in the past ("we heard the explosions"), the
 * future or under a condition ("if we protect Kyiv, we will protect the state") it is the nation, the
 * army or the audience by turns.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, type Reason } from '../../lang/reason.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import { ruleWords } from './rule-words.js';
import { auxWords, childrenBy, type Tree } from './tree.js';
import { turnOf } from './turns.js';
import type { EventParticipant } from './types.js';
import { addressedVocative } from './vocatives.js';

/** Subject forms of the speaker's plural ("we"). */
const SPEAKER_PLURAL = ruleWords('speaker-plural');
/** Acts done by saying them: the performatives ("call", "thank") and the stated acts ("demand", "support"). */
const SAID_ACTS = new Set([...ruleWords('performative'), ...ruleWords('stated-act')]);
/** Auxiliaries of the present ("are calling", "are grateful"). */
const PRESENT_AUX = ruleWords('present-auxiliary');
/** Tags of a present-tense verb that takes a plural subject: "we call", "we are". */
const PRESENT_TAGS = new Set(['VBP']);

/** Whether `verb`, with subject token `subj`, is a plural speaker's present act in a main clause. */
export function isPresentWe(tree: Tree, pack: LanguagePack, verb: number, subj: number): boolean {
  if (!SAID_ACTS.has(tree.lemmas[verb]) || !SPEAKER_PLURAL.has(tree.words[subj]) || !isMainClause(tree, verb)) return false;
  const auxes = childrenBy(tree, verb, 'aux', 'aux:pass', 'cop');
  const negated = [...auxWords(tree, verb), ...childrenBy(tree, verb, 'advmod').map((a) => tree.words[a])].some((w) => pack.negators.has(w));
  if (negated) return false;
  // "we call", or one present auxiliary: "we are calling", "we are grateful"; never "we will", "we have", "we should".
  if (!auxes.length) return PRESENT_TAGS.has(tree.pos[verb]?.xpos ?? '');
  return auxes.length === 1 && PRESENT_AUX.has(tree.words[auxes[0]]) && tree.deps[auxes[0]].deprel !== 'aux:pass';
}

/** The sentence's main clause, or a clause coordinated with it, with no subordinating word ("if", "when"). */
function isMainClause(tree: Tree, verb: number): boolean {
  for (let v = verb, hops = 0; hops < 4; hops++) {
    if (childrenBy(tree, v, 'mark').length) return false;
    const { head, deprel } = tree.deps[v];
    if (deprel === 'root' || head < 0) return true;
    if (deprel !== 'conj' && deprel !== 'parataxis') return false;
    v = head;
  }
  return false;
}

/**
 * Who does an act the speaking side performs by saying it, when the parse names no actor: "We call on …"
 * (a present "we" in the site's own words: the site's side, or the speaker of the transcript turn) and
 * "Thank you, Britain!" (the teller thanks the one addressed; not in a transcript's turn, where "Thank
 * you, Mr President" only hands the floor back, nor to its own side).
 */
export function speakingSide(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number, subj: { token: number; passive: boolean } | undefined,
  siteVoice: boolean, teller: () => EventParticipant | undefined): { actors: EventParticipant[]; recipients?: EventParticipant[]; reason: Reason } | undefined {
  if (subj) {
    if (subj.passive || !siteVoice || !isPresentWe(tree, pack, verb, subj.token)) return undefined;
    const turn = turnOf(tree, actors, verb);
    const side = turn ? turn.speaker : teller();
    return side && { actors: [side], reason: reason('events/present-we', { pronoun: tree.words[subj.token], side: side.name }) };
  }
  const vocative = addressedVocative(tree, pack, verb);
  const addressee = vocative === undefined ? [] : actorsOfPhrase(tree, actors, vocative).filter((a) => a.code);
  const addresser = addressee.length && !turnOf(tree, actors, verb) ? teller() : undefined;
  if (!addresser || addressee.some((a) => a.code === addresser.code)) return undefined;
  return { actors: [addresser], recipients: addressee, reason: reason('events/vocative', { name: tree.words[vocative!] }) };
}
