/**
 * The speaker of a report that closes with its source: "… is not enough, EC trade chief Willy de Clercq said",
 * "… to extend the years, Belgian minister Paul told reporters", "… will meet on Monday, officials said". The parser
 * often hangs that closing clause on the reported act instead of governing the act by the verb of saying: the source
 * becomes a `parataxis` or bare `obl` of the act, and the verb of saying a `conj`, a subjectless clause or the root
 * with the act beside it. `speakerOf` climbs from the act to a verb of saying that governs it; when that finds no
 * speaker, this reads the closing source (#12; session 37's ev-judge read it in its own rule only).
 *
 * A closing source is a verb of saying (`speechVerbs`, the pack's lemmas) after the act, with no verb after it (", X
 * said on Tuesday.", ", X told reporters."), right after a comma-bounded nominal with no verb in it. The speaker is
 * that verb's subject when it lies between the comma and the verb, else the nominal itself.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { actorsOfPhrase, type ActorIndex } from './participants.js';
import { subjectOf, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

const VERBAL = new Set(['VERB', 'AUX']);

/** The last token of `head`'s phrase (of its sentence, for a root). */
function lastOf(tree: Tree, head: number): number {
  let last = head;
  for (const c of tree.children[head]) last = Math.max(last, lastOf(tree, c));
  return last;
}

/** The head of the nominal spanning tokens `from`..`to` (the one token whose head lies outside), if it is one. */
function nominalHead(tree: Tree, from: number, to: number): number | undefined {
  const heads = [];
  for (let t = from; t <= to; t++) {
    const h = tree.deps[t].head;
    if (h < from || h > to) heads.push(t);
  }
  const [head] = heads;
  return heads.length === 1 && ['NOUN', 'PROPN'].includes(tree.pos[head]?.upos ?? '') ? head : undefined;
}

/** The closing source of the sentence of the act at `verb`, if it has one after the act: its verb and speaker. */
export function closingSpeaker(tree: Tree, pack: LanguagePack, actors: ActorIndex, verb: number): { said: number; speaker?: EventParticipant } | undefined {
  let root = verb;
  for (let hops = 0; tree.deps[root].head >= 0 && hops < 100; hops++) root = tree.deps[root].head;
  let said = -1;
  for (let t = lastOf(tree, root); t > verb; t--) {
    if (!VERBAL.has(tree.pos[t]?.upos ?? '')) continue;
    if (tree.pos[t]?.upos === 'VERB' && pack.speechVerbs.has(tree.lemmas[t])) said = t;
    break;
  }
  if (said < 0) return undefined;
  // The comma before the source; nothing verbal between it and the verb of saying.
  let comma = said - 1;
  while (comma > verb && tree.words[comma] !== ',') {
    if (VERBAL.has(tree.pos[comma]?.upos ?? '')) return undefined;
    comma--;
  }
  if (comma <= verb || comma + 1 >= said) return undefined;
  const subj = subjectOf(tree, said);
  const source = subj && subj.token > comma && subj.token < said ? subj.token : nominalHead(tree, comma + 1, said - 1);
  if (source === undefined) return undefined;
  const named = actorsOfPhrase(tree, actors, source);
  return { said, ...(named[0] ? { speaker: named[0] } : {}) };
}
