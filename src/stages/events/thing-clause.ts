import { isIt, type LanguagePack } from '../../lang/pack.js';
import { kbCountry } from './participants.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, walk, type Tree } from './tree.js';

/** Nouns of a response or punishment: a warning that names one is a threat ("… would bring retaliation"). */
const THREAT_TOPICS = ruleWords('threat-topic');

/**
 * Whether a warning's that-clause (`clause`, under verb `verb`) says how things are or will be, with
 * no party as its subject and no response or punishment named: "warned that the budget deficit was
 * running above target", "warned that excessive monetary growth threatened a resurgence of inflation",
 * "warned there were some short-term risks", "warned it was essential to recover the containers",
 * "cautioned that care must be taken". Wire stories are full of such forecasts and advice from
 * ministers, central bankers and economists; none threatens anyone (#12). Whatever the clause's tense:
 * the `thing-forecast` sense already covers a modal forecast about things. A clause whose subject is
 * a party or a pronoun for one ("that France would reject the reforms", "that it was ready for any
 * further hostile action") or that names retaliation, sanctions or force keeps the threat.
 */
export function isThingClause(tree: Tree, pack: LanguagePack, verb: number, clause: number, isActor: (token: number) => boolean): boolean {
  if (walk(tree, clause).some(({ token }) => THREAT_TOPICS.has(tree.lemmas[token]))) return false;
  // "there were some short-term risks", "it was essential to recover …": an expletive subject names no one.
  if (childrenBy(tree, clause, 'expl').length) return true;
  const subj = childrenBy(tree, clause, 'nsubj', 'nsubj:pass', 'csubj')[0];
  if (subj === undefined) {
    // "warned future financial pressure on the industry will be severe": the parser took the clause's
    // subject for the warning's object and left the clause without one.
    const obj = childrenBy(tree, verb, 'obj')[0];
    return obj !== undefined && obj < clause && isThingNoun(tree, obj, isActor);
  }
  if (tree.pos[subj]?.upos === 'PRON') {
    // A demonstrative points to a thing said before ("warned that may not be soon enough"), never to a party.
    const word = tree.lemmas[subj];
    return pack.pronounClasses.demonstrative.has(word ?? '') || (isIt(pack, word ?? '') && isExtraposed(tree, clause));
  }
  return isThingNoun(tree, subj, isActor);
}

/** "it is not sustainable … to pile up foreign debt": "it" stands for the infinitive after the predicate. */
export function isExtraposed(tree: Tree, clause: number): boolean {
  return tree.pos[clause]?.upos === 'ADJ' && childrenBy(tree, clause, 'xcomp', 'advcl', 'ccomp').some((c) => c > clause);
}

/**
 * A common noun that names no party: no actor, proper name or nationality adjective on it ("a further
 * dollar fall", "the budget deficit", not "any further Russian incursion").
 */
function isThingNoun(tree: Tree, noun: number, isActor: (token: number) => boolean): boolean {
  if (tree.pos[noun]?.upos !== 'NOUN' || isActor(noun)) return false;
  return !tree.children[noun].some((d) => isActor(d) || namesParty(tree, d) || tree.children[d].some((e) => namesParty(tree, e)));
}

/** A proper name or a nationality adjective ("Russian", "Iranian"). */
function namesParty(tree: Tree, t: number): boolean {
  const upos = tree.pos[t]?.upos;
  return upos === 'PROPN' || (upos === 'ADJ' && kbCountry(tree.words[t]) !== undefined);
}
