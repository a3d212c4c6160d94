/**
 * Answers of the knowledge base that depend on one key only, remembered across documents: a regional demonym's
 * country or a surname's near spellings is asked for at every token that could be one, and each answer is
 * several string builds and key-table probes (#13). A memo holds at most `MAX_KEYS` keys per knowledge base
 * and starts afresh when full, so a long stream of unseen words cannot grow it without bound. The lists answered
 * are shared too, so kb.ts's ranking of a list (one day at a time) is asked across documents: a stream of mixed dates
 * ranks a list again at each change of day, correct but slower than one date's stream.
 */
import type { ActorKb } from './kb.js';

const MAX_KEYS = 50_000;

/** Per knowledge base, the answers of one function by key. */
export type KbMemo<T> = WeakMap<ActorKb, Map<string, T>>;

/**
 * `compute(kb, key)`, remembered in `memo`; `compute` must depend on nothing else, and its answer is shared
 * by every caller (never change it).
 * @example const near = memoByKey(NEAR, kb, 'mitterand', findNearSurnames)
 */
export function memoByKey<T>(memo: KbMemo<T>, kb: ActorKb, key: string, compute: (kb: ActorKb, key: string) => T): T {
  let answers = memo.get(kb);
  if (answers === undefined) memo.set(kb, (answers = new Map<string, T>()));
  // `has`, not `undefined`: an answer may be undefined ("Republican" names no region).
  if (answers.has(key)) return answers.get(key) as T;
  if (answers.size >= MAX_KEYS) answers.clear();
  const answer = compute(kb, key);
  answers.set(key, answer);
  return answer;
}
