import { describe, expect, it } from 'vitest';
import { verbMatch as match } from '../../../test/support/verb-match.js';
import { parseWarnSenses } from './warn-senses.js';

describe('warn senses table', () => {
  it('reads sense rows, "-" for no words', () => {
    const table = parseWarnSenses('# c\nsense\twarn\tthreat\twalkout,stoppage\t130\tnote\nsense\twarn\twarned\t-\t111\tnote\n', 'x.tsv');
    expect([...table.get('warn')![0].words]).toEqual(['walkout', 'stoppage']);
    expect(table.get('warn')![1]).toMatchObject({ requirement: 'warn-warned', code: '111' });
    expect(table.get('warn')![1].words.size).toBe(0);
  });

  it('refuses a row of an unknown requirement (E170)', () => {
    expect(() => parseWarnSenses('sense\twarn\tforecast\t-\t111\tnote\n', 'x.tsv')).toThrow(/x\.tsv: line 1/);
  });
});

// What a warning warns of decides it (warn-senses.tsv; #12).
describe('warnings (#12)', () => {
  it('a warning that blames the party warned is criticism (ACCUSE)', () => {
    // "The Liberal Democrats have warned Labour and the Tories they were in danger of pandering to prejudice",
    // the clause split off as a conjunct of the warning.
    const warned = match(`
      Democrats Democrat PROPN NNPS 3 nsubj
      have have AUX VBP 3 aux
      warned warn VERB VBN 0 root
      Labour Labour PROPN NNP 3 obj
      they they PRON PRP 8 nsubj
      were be AUX VBD 8 cop
      in in ADP IN 8 case
      danger danger NOUN NN 3 conj`, 2, [0, 3]);
    expect(warned?.code).toBe('111');
  });

  it('a warning of a strike or a response to come is a threat, even with no party named in it or a party warned', () => {
    // "Mark Serwotka warned there could be further walkouts unless there was a government rethink"
    const walkouts = match(`
      Serwotka Serwotka PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      there there PRON EX 5 expl
      could could AUX MD 5 aux
      be be VERB VB 2 ccomp
      walkouts walkouts NOUN NNS 5 nsubj`, 1, [0]);
    expect(walkouts?.code).toBe('130');
    // "Japan warned the United States they may face retaliatory measures": a response named stays a threat.
    const measures = match(`
      Japan Japan PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      States States PROPN NNP 2 obj
      they they PRON PRP 6 nsubj
      may may AUX MD 6 aux
      face face VERB VB 2 ccomp
      retaliatory retaliatory ADJ JJ 8 amod
      measures measure NOUN NNS 6 obj`, 1, [0, 2]);
    expect(measures?.code).toBe('130');
  });
});
