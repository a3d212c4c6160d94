/**
 * "Bangladesh Commerce Minister M.A. Munim told officials from 30 Asian countries in the Group of 77. The officials
 * are meeting to finalise the agenda …", "Finance ministers from seven major industrialized nations agreed … the
 * ministers said": a definite plural that names again the people of many states (`multinational.ts`) met earlier in
 * the story is those people, not the dateline's or the story's country. Only "the" + the same noun counts: "Commerce
 * Ministry officials" later in the Dhaka story are the host's own (#12, training reuters-2989, reuters-15450).
 */
import type { ActorMention } from '../actors/types.js';
import { headOf, type View } from './view.js';

/** The agent nouns ("officials", "ministers") `locate` found naming people of many states, as it meets them in text order. */
export type ManyStatesNouns = Set<string>;

/** Whether `m` is "the <noun>" for a noun that named people of many states earlier in the story. */
export function isLaterOfManyStates(view: View, m: Pick<ActorMention, 'tokens'>, noun: string, seen: ReadonlySet<string>): boolean {
  if (!seen.has(noun)) return false;
  const head = headOf(view, m);
  // The article right before the noun, with nothing between: a modifier ("the Bangladeshi officials") names others.
  return head > 0 && view.words[head - 1] === 'the' && view.sents[head - 1] === view.sents[head];
}
