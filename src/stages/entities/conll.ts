/**
 * CoNLL-2003 column files: one token per line (`TOKEN POS CHUNK NER`, any number of columns),
 * blank lines between sentences, `-DOCSTART-` lines between documents. Used by the trainer,
 * the evaluation and `dyad ner --conll`.
 */

/** One sentence: its original lines, the tokens (first column) and the last column when tagged. */
export interface ConllSentence {
  readonly lines: string[];
  readonly words: string[];
  readonly tags: string[];
}

/** One document: the sentences between two `-DOCSTART-` lines. */
export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

/** A CoNLL entity: token range [start, end) within its sentence and the type after `B-`/`I-`. */
export interface ConllSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Split CoNLL text into documents and sentences. Text without `-DOCSTART-` is one document. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [{ sentences: [] }];
  let sent: ConllSentence = { lines: [], words: [], tags: [] };
  const flush = () => {
    if (sent.words.length) docs[docs.length - 1].sentences.push(sent);
    sent = { lines: [], words: [], tags: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '') flush();
    else if (cols[0] === '-DOCSTART-') {
      flush();
      if (docs[docs.length - 1].sentences.length) docs.push({ sentences: [] });
    } else {
      sent.lines.push(line);
      sent.words.push(cols[0]);
      sent.tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
    }
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** Entities of an IOB1 or IOB2 tag sequence (an `I-` after another type starts a new entity). */
export function conllSpans(tags: readonly string[]): ConllSpan[] {
  const spans: ConllSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number) => {
    if (start >= 0) spans.push({ start, end, type });
    start = -1;
  };
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const t = tag.slice(2);
    if (tag === 'O' || (prefix !== 'B-' && prefix !== 'I-')) close(i);
    else if (prefix === 'B-' || t !== type || start < 0) {
      close(i);
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return spans;
}

/** IOB2 tags for spans over `length` tokens. */
export function iob2Tags(spans: readonly ConllSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const { start, end, type } of spans) {
    for (let i = start; i < end; i++) tags[i] = (i === start ? 'B-' : 'I-') + type;
  }
  return tags;
}
