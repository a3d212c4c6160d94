/**
 * Reuters-21578 capitalises the word after a dotted initialism ("The U.S. Said Iranians used the
 * platforms", "The U.S. Wants Japan to eliminate", "U.S. And Japanese officials", "U.K. Is"): 3,833
 * of the 6,975 words after "U.S." in its first two files, an artefact of the wire's old software.
 * The tagger trusts the capital and reads such a verb as a proper noun, so the parse loses the
 * sentence's verb. A capitalised word right after an initialism whose lowercase form is a training
 * word, tagged as a name, is read lowercase when the tagger then takes it for a verb; read
 * lowercase, a name ("U.S. Navy", "U.S. Trade Representative") comes out a noun, so names keep
 * their capitals. Only the tagger's input changes (the text is never touched; the parser lowercases
 * every word anyway).
 */
import type { Tagger } from './tagger.js';
import type { Upos } from './types.js';

/** A dotted initialism: U.S., U.K., U.N. */
const INITIALISM = /^(?:[A-Z]\.){2,}$/;
/** A capitalised lowercase word: Said, Wants, And. */
const CAPITALISED = /^[A-Z][a-z]+$/;
/**
 * What the lowercase reading must be for it to be taken: a verb. Function words and auxiliaries
 * ("U.S. And", "U.S. Has", "U.K. Is") are tagged right as written already, and a name read
 * lowercase can come out an odd function word ("The U.S. West said" read "west" as AUX).
 */
const TAKEN: Upos = 'VERB';

/** Whether word `i` is a capitalised word after an initialism (a cheap test on the period first). */
function afterInitialism(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  return before.length >= 4 && before.charCodeAt(1) === 46 && INITIALISM.test(before) && CAPITALISED.test(words[i]);
}

/**
 * The words the tagger should read for one sentence: `words` itself, or a copy with the
 * headline-capitalised words after an initialism lowercased. Tags the sentence once more per step
 * only when it has such a word.
 */
export function headlineCaseWords(tagger: Tagger, words: readonly string[]): readonly string[] {
  let candidates: number[] | undefined;
  for (let i = 1; i < words.length; i++) {
    if (afterInitialism(words, i) && tagger.isTrainingWord(words[i].toLowerCase())) (candidates ??= []).push(i);
  }
  if (candidates === undefined) return words;
  const asWritten = tagger.tagIds(words);
  const names = candidates.filter((i) => tagger.tags[asWritten[i]].upos === 'PROPN');
  if (names.length === 0) return words;
  const lowered = [...words];
  for (const i of names) lowered[i] = words[i].toLowerCase();
  const asLowered = tagger.tagIds(lowered);
  const taken = names.filter((i) => tagger.tags[asLowered[i]].upos === TAKEN);
  if (taken.length === 0) return words;
  const out = [...words];
  for (const i of taken) out[i] = lowered[i];
  return out;
}
