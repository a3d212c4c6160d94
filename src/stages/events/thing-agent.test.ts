import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// senses.tsv `hit`/`strike` `thing-agent`: harm by circumstance ("hit by a cut in its quota") is no attack (#12).
const passive = (agentRows: string, actors: readonly number[] = []) => verbMatch(`
  it it PRON PRP 3 nsubj:pass
  was be AUX VBD 3 aux:pass
  hit hit VERB VBN 0 root${agentRows}`, 2, actors)?.code ?? '---';

describe('"hit by" a thing (senses.tsv thing-agent)', () => {
  it('issue-12: a passive whose "by" agent is a thing is no attack', () => {
    expect(passive(`
  by by ADP IN 6 case
  a a DET DT 6 det
  cut cut NOUN NN 3 obl`)).toBe('---');
  });

  it('keeps an act of force as agent ("hit by shelling")', () => {
    expect(passive(`
  by by ADP IN 5 case
  shelling shelling NOUN NN 3 obl`)).not.toBe('---');
  });

  it('keeps an actor as agent ("hit by the rebels")', () => {
    expect(passive(`
  by by ADP IN 6 case
  the the DET DT 6 det
  rebels rebel NOUN NNS 3 obl`, [5])).not.toBe('---');
  });

  it('keeps the active verb ("Iraqi warplanes hit a vessel")', () => {
    expect(verbMatch(`
  warplanes warplane NOUN NNS 2 nsubj
  hit hit VERB VBD 0 root
  a a DET DT 4 det
  vessel vessel NOUN NN 2 obj`, 1, [0])?.code ?? '---').not.toBe('---');
  });
});
