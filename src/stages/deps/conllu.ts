/**
 * CoNLL-U, the Universal Dependencies exchange format: one word per line with ten tab-separated
 * columns, comment lines starting with `#`, sentences separated by a blank line. Multiword token
 * lines (`3-4`) and empty nodes (`8.1`) are kept verbatim so a file round-trips unchanged
 * apart from the columns a parser fills in.
 */

/** One word line (an integer ID) with its ten columns. */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 is the root; -1 when the column is `_`. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A sentence: its lines in order, where word lines are parsed and the others kept as text. */
export interface ConlluSentence {
  readonly lines: (string | ConlluWord)[];
  /** The word lines, in order (the same objects as in `lines`). */
  readonly words: ConlluWord[];
}

/** Parse CoNLL-U text into sentences. */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { lines: [], words: [] };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.lines.length > 0) sentences.push(current);
      current = { lines: [], words: [] };
      continue;
    }
    const cols = line.split('\t');
    if (line.startsWith('#') || cols.length !== 10 || !/^\d+$/.test(cols[0])) {
      current.lines.push(line);
      continue;
    }
    const word: ConlluWord = {
      id: Number(cols[0]),
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: cols[6] === '_' ? -1 : Number(cols[6]),
      deprel: cols[7],
      deps: cols[8],
      misc: cols[9],
    };
    current.lines.push(word);
    current.words.push(word);
  }
  if (current.lines.length > 0) sentences.push(current);
  return sentences;
}

/** Write sentences back as CoNLL-U (each sentence followed by a blank line). */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  let out = '';
  for (const sent of sentences) {
    for (const line of sent.lines) {
      out += typeof line === 'string'
        ? line
        : [line.id, line.form, line.lemma, line.upos, line.xpos, line.feats, line.head < 0 ? '_' : line.head, line.deprel, line.deps, line.misc].join('\t');
      out += '\n';
    }
    out += '\n';
  }
  return out;
}
