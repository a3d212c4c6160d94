/**
 * "Kenyan President Daniel Arap Moi, who afterwards appealed for …", "USDA has notified Australia, which
 * assured it …": a relative pronoun set off by a comma right after a name is that name's actor. The parser
 * often hangs such a clause on the main verb (a `conj` or `parataxis`, not `acl:relcl` of the name), so the
 * events stage's reading of the relative clause through the parse finds no noun and the act no doer; the
 * words themselves say whom the pronoun means.
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { actorOf, isSubject, mentionOver, type View } from './view.js';

/** Kinds of actor a "which" cannot mean. */
const NOT_WHICH = new Set<ActorMention['kind']>(['person']);
/** Kinds of actor a "who" cannot mean: "Kenya, who" is rare, "the talks in Geneva, who" no doer. */
const NOT_WHO = new Set<ActorMention['kind']>(['place', 'capital']);

/** The actor of the relative pronoun subject at `i` (", who" or ", which" right after a mention), if any. */
export function relativeSubject(view: View, i: number): ActorMention | undefined {
  const w = view.words[i];
  if ((w !== 'who' && w !== 'which') || view.texts[i - 1] !== ',' || !isSubject(view, i)) return undefined;
  const before = view.mentionAt[i - 2];
  if (!before || before.tokens[1] !== i - 1 || view.sents[before.tokens[0]] !== view.sents[i]) return undefined;
  if ((w === 'which' ? NOT_WHICH : NOT_WHO).has(before.kind)) return undefined;
  return mentionOver(view, i, i + 1, actorOf(before), reason('discourse/relative', { text: view.texts[i] ?? '', name: before.name }));
}
