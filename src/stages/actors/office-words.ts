/**
 * The words of a front-bench office between a title word that opens one and the name: "Shadow home secretary David
 * Davis", "Conservative shadow work and pensions secretary David Willetts", "Shadow health spokesman" (#12). The word
 * lists are `data/office-words.tsv`. A capitalised place opens none: "Shadow Scotland secretary", "Shadow Northern
 * Ireland secretary" are coded GBR (GOV) before this reader from the place, and "Europe" is no place the knowledge
 * base knows ("Shadow Europe minister Tom Baxter" stays uncoded; session 41).
 */
import { assetPath, readDataLines } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import type { ActorKb } from './kb.js';
import { matchAgent, type Words } from './phrase.js';

interface OfficeWords { readonly opener: Set<string>; readonly end: Set<string>; readonly joining: Set<string> }

let lists: OfficeWords | undefined;

function officeLists(): OfficeWords {
  if (lists) return lists;
  const path = assetPath('src', 'stages', 'actors', 'data', 'office-words.tsv');
  const read: OfficeWords = { opener: new Set(), end: new Set(), joining: new Set() };
  readDataLines(path).forEach((line, i) => {
    const [cls, word] = line.split('\t');
    const set = cls === 'opener' || cls === 'end' || cls === 'joining' ? read[cls] : undefined;
    if (!set || !word) throw new DyadError('E170', { path, line: i + 1, problem: `expected "opener|end|joining<TAB>word<TAB>why", got "${line}"` });
    set.add(word);
  });
  lists = read;
  return read;
}

/** Whether a national title word opens an office ("shadow"); the others only title a name right after them ("Lord"). */
export const opensOffice = (key: string): boolean => officeLists().opener.has(key);

const isLower = (text: string | undefined): boolean => /^\p{Ll}+$/u.test(text ?? '');

/**
 * Whether tokens [from, to) of one sentence name an office: lower-case words, none a joining word,
 * the last an office noun. "and" joins two of its words ("work and pensions"), not two offices ("boxing coach and
 * club secretary": the word before it is itself a title).
 */
export function officeWords(kb: ActorKb, words: Words, from: number, to: number): boolean {
  const { end, joining } = officeLists();
  for (let k = from; k < to; k++) {
    if (words.sents[k] !== words.sents[to]) return false;
    const text = words.texts[k] ?? '';
    if (!isLower(text)) return false;
    if (text === 'and') {
      const before = words.keys[k - 1] ?? '';
      if (k === from || end.has(before) || matchAgent(kb, words, k - 1)?.last === k) return false;
    } else if (joining.has(text)) return false;
  }
  return to > from && end.has(words.keys[to - 1] ?? '');
}
