import { describe, expect, it } from 'vitest';
import { formatConllu, parseConllu } from './conllu.js';

const SAMPLE = [
  '# sent_id = demo-1',
  '# text = They\'re here.',
  '1-2\tThey\'re\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tThey\tthey\tPRON\tPRP\tCase=Nom\t3\tnsubj\t3:nsubj\t_',
  "2\t're\tbe\tAUX\tVBP\t_\t3\tcop\t3:cop\t_",
  '3\there\there\tADV\tRB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_',
  '',
  '# sent_id = demo-2',
  '1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_',
  '1.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_',
  '',
  '',
].join('\n');

describe('CoNLL-U', () => {
  it('round-trips comments, multiword tokens and empty nodes unchanged', () => {
    expect(formatConllu(parseConllu(SAMPLE))).toBe(SAMPLE.replace(/\n+$/, '\n\n'));
  });

  it('reads word lines only into words, with 1-based heads', () => {
    const [first] = parseConllu(SAMPLE);
    expect(first.words.map((w) => [w.form, w.head, w.deprel])).toEqual([
      ['They', 3, 'nsubj'],
      ["'re", 3, 'cop'],
      ['here', 0, 'root'],
      ['.', 3, 'punct'],
    ]);
  });

  it('separates sentences at blank lines', () => {
    expect(parseConllu(SAMPLE)).toHaveLength(2);
  });
});
