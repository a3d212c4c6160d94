/**
 * A question asked is no appeal: "The Japanese minister asked what Washington wanted from Tokyo", "I'd rather
 * ask: what do you know about us?", "asked Shultz whether the United States would lift the sanctions". CAMEO
 * codes every "ask" an appeal (020, PLOVER REQUEST); asking someone to act ("asked Germany to supply tanks",
 * "asked for assistance") still is one. The words tested are in data/rule-words.tsv (`asking`,
 * `asked-question-word`, `asked-act-modal`). A quoted question in the sentence before counts only for a sentence that
 * is no more than its attribution ('Sassou-Nguesso asked.', not 'The government then asked Washington's help.').
 */
import { ruleWords } from './rule-words.js';
import { childrenBy, walk, walkTokens, type Tree } from './tree.js';

/** Verbs of asking. */
const ASKING = ruleWords('asking');
/** Words that open the question asked. */
const QUESTION_WORDS = ruleWords('asked-question-word');
/** Modals that, with "you" as subject, make a yes/no question a request ("Can you send us …?"). */
const ACT_MODALS = ruleWords('asked-act-modal');

/** Whether verb `verb` asks a question (its clause opens with a question word, or ends on "?") and asks no act. */
export function isAskedQuestion(tree: Tree, verb: number): boolean {
  if (!ASKING.has(tree.lemmas[verb])) return false;
  // "asked them to reduce output", "asked for help": an act asked for.
  if (childrenBy(tree, verb, 'xcomp', 'obl').length) return false;
  const clauses = childrenBy(tree, verb, 'ccomp', 'parataxis');
  if (clauses.some((clause) => opensQuestion(tree, clause) || endsOnQuestionMark(tree, clause))) return true;
  return !clauses.length && followsQuotedQuestion(tree, verb);
}

/**
 * The quoted clause is a question by its own mark, whatever its first word: '"Will it work?" he asked', '"Can we
 * not manage this lending a bit more imaginatively?" he asked the conference' (training wire: 5 stories, each coded
 * an appeal).
 */
function endsOnQuestionMark(tree: Tree, clause: number): boolean {
  return tree.children[clause].some((c) => tree.words[c] === '?') && !hasInfinitive(tree, clause) && !asksYouToAct(tree, clause);
}

/**
 * A yes/no question put to "you" with a modal of ability or will asks the one addressed to act: '"Can you send us
 * more air defence systems?" Zelensky asked', '"Would you help us?"' are appeals.
 */
function asksYouToAct(tree: Tree, clause: number): boolean {
  const kids = tree.children[clause];
  return kids.some((c) => tree.deps[c].deprel === 'aux' && ACT_MODALS.has(tree.words[c]))
    && kids.some((c) => tree.deps[c].deprel === 'nsubj' && tree.words[c] === 'you');
}

/** Closing quotation marks, as the tokenizer gives them. */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', "''", '”', "'"]);

/**
 * The asking sentence is only its attribution and the sentence before it ends on a quoted question: the
 * sentence splitter cut '"In these conditions can African countries continue …?" Sassou-Nguesso asked.' after the
 * question mark.
 */
function followsQuotedQuestion(tree: Tree, verb: number): boolean {
  const first = Math.min(...walkTokens(tree, verb));
  if (first < 2 || !CLOSING_QUOTES.has(tree.words[first - 1]) || tree.words[first - 2] !== '?') return false;
  // '"Can you send us more air defence systems?" | Zelensky asked Western leaders.': the question cut off asks an act.
  const question = tree.deps[first - 2].head;
  return isBareAttribution(tree, verb) && !(question >= 0 && asksYouToAct(tree, question));
}

/** Dependents an attribution takes: its speaker, the one addressed, a modal or adverb ("then"), punctuation. */
const ATTRIBUTION_DEPS: ReadonlySet<string> = new Set(['nsubj', 'obj', 'iobj', 'aux', 'advmod', 'punct']);

/**
 * The verb says only who asked (and whom): '"…?" Sassou-Nguesso asked.', 'he asked the conference.'; an object
 * owned by someone ("asked Washington's help") or any other phrase is what is asked for, an appeal of its own.
 */
function isBareAttribution(tree: Tree, verb: number): boolean {
  return tree.children[verb].every((c) => ATTRIBUTION_DEPS.has(tree.deps[c].deprel)
    && !((tree.deps[c].deprel === 'obj' || tree.deps[c].deprel === 'iobj') && childrenBy(tree, c, 'nmod:poss', 'nmod', 'acl').length));
}

/**
 * The clause opens with a question word before its verb ("what Washington wanted", "whether … would lift") and
 * asks no act: a "to" infinitive in it is the act asked for, whatever the parse hung it on ("asked WHO to provide
 * expert assistance", "asked Ukrainians who have relatives … to address them"). A name is no question word ("WHO").
 */
function opensQuestion(tree: Tree, clause: number): boolean {
  const isQuestionWord = (c: number): boolean => c < clause && tree.pos[c]?.upos !== 'PROPN' && QUESTION_WORDS.has(tree.words[c]);
  return tree.children[clause].some(isQuestionWord) && !hasInfinitive(tree, clause);
}

/** A "to" infinitive anywhere in the clause. */
function hasInfinitive(tree: Tree, clause: number): boolean {
  return walk(tree, clause).some((w) => tree.lemmas[w.token] === 'to' && tree.pos[w.token]?.upos === 'PART');
}
