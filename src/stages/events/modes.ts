import { reason, type Reason } from '../../lang/reason.js';
import type { PloverEvent } from './plover.js';
import { requestContent, ruleWords } from './rule-words.js';
import { childrenBy, walk, type Tree } from './tree.js';

/** Words that put a consultation on a remote medium: CONSULT mode `phone` (PLOVER: "phone or some other remote medium"). */
const REMOTE = ruleWords('remote');

/** The less-lethal weapons of crowd control ("tear gas", "water cannon"): one or two words, the last a form or lemma. */
const CROWD_CONTROL = ruleWords('crowd-control');

/** Relations that lead away from the trigger's own words: its subject and other clauses. */
const ASIDE = ['nsubj', 'ccomp', 'parataxis', 'advcl', 'punct'];

/** Content words of a request and the PLOVER REQUEST mode they indicate (codebook, REQUEST modes). */
const REQUEST_CONTENT = requestContent();
/** The modes in the order they are listed, which breaks a tie between a word's form and its lemma. */
const REQUEST_MODES = [...new Set(REQUEST_CONTENT.values())];

/**
 * A mode read from the words around the trigger when the CAMEO code gives none or a coarser one:
 * remote media for CONSULT, a crowd-control weapon for ASSAULT, the requested thing for REQUEST. The first content word found
 * breadth-first from the trigger decides.
 */
export function refineMode(tree: Tree, event: PloverEvent, verb: number, noun?: number, options: { verbIsContent?: boolean } = {}): { mode: string; reason: Reason } | undefined {
  const around = walk(tree, verb, ASIDE, 4).map((w) => w.token);
  if (noun !== undefined) around.unshift(noun);
  if (event === 'CONSULT') {
    const remote = around.find((t) => REMOTE.has(tree.words[t]) || REMOTE.has(tree.lemmas[t]));
    return remote === undefined ? undefined : { mode: 'phone', reason: reason('events/mode-remote', { word: tree.words[remote] }) };
  }
  if (event === 'ASSAULT') {
    // "Police fired tear gas at the protesters": the weapon, not the CAMEO row the verb matched, says how (#12). The
    // words right after the verb count too: the tagger may read "tear" as a verb and hang "fired" below it. A conjunct
    // verb's weapon is its own ("shot dead five protesters and fired tear gas": the shooting is no crowd control).
    const own = noun === undefined ? [] : [noun];
    own.push(...walk(tree, verb, [...ASIDE, 'conj'], 4).map((w) => w.token));
    const next = [verb + 1, verb + 2, verb + 3].filter((t) => t < tree.words.length);
    const weapon = [...own, ...next].find((t) => isCrowdControlWeapon(tree, t));
    return weapon === undefined ? undefined : { mode: 'crowd-control', reason: reason('events/mode-weapon', { mode: 'crowd-control', word: tree.words[weapon] }) };
  }
  if (event === 'REQUEST') {
    for (const t of around) {
      // The request verb itself ("called", "demanded") says nothing of what is asked, unless the
      // verb is the content ("Ukraine must implement").
      if (t === verb && !options.verbIsContent) continue;
      const modes = [REQUEST_CONTENT.get(tree.words[t]), REQUEST_CONTENT.get(tree.lemmas[t])].filter((m) => m !== undefined);
      const mode = REQUEST_MODES.find((m) => modes.includes(m));
      if (mode) return { mode, reason: reason('events/mode-requested', { mode, word: tree.words[t] }) };
    }
  }
  return undefined;
}

/**
 * Whether token `t` heads a crowd-control weapon used as one: not a modifier of another noun ("a water cannon factory"
 * is a factory) and not listed with a lethal weapon ("rubber bullets and live rounds" leave CAMEO's firearms).
 */
function isCrowdControlWeapon(tree: Tree, t: number): boolean {
  if (!isCrowdControl(tree, t) || tree.deps[t].deprel === 'compound') return false;
  return childrenBy(tree, t, 'conj').every((c) => isCrowdControl(tree, c));
}

/** Whether token `t` ends a crowd-control weapon's name: its word or lemma alone, or with the word before it. */
function isCrowdControl(tree: Tree, t: number): boolean {
  if (CROWD_CONTROL.has(tree.words[t]) || CROWD_CONTROL.has(tree.lemmas[t])) return true;
  if (t === 0) return false;
  return CROWD_CONTROL.has(`${tree.words[t - 1]} ${tree.words[t]}`) || CROWD_CONTROL.has(`${tree.words[t - 1]} ${tree.lemmas[t]}`);
}
