import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt's BALLOT block on hand-parsed sentences: a union balloting its members on strikes threatens to
// strike (CAMEO 133, PLOVER THREATEN); a ballot on anything else is no event.
const codeOf = (rows: string, verb: number) => verbMatch(rows, verb, [1])?.code;

describe('data/verbs.txt BALLOT', () => {
  it.each([
    ['"is to ballot its members on strikes"', `
      the the DET DT 2 det
      union union NOUN NN 4 nsubj
      to to PART TO 4 mark
      ballot ballot VERB VB 0 root
      its its PRON PRP$ 6 nmod:poss
      members member NOUN NNS 4 obj
      on on ADP IN 8 case
      strikes strike NOUN NNS 4 obl`, 3],
    ['"balloting workers on strike action"', `
      Unison Unison PROPN NNP 2 nsubj
      balloting ballot VERB VBG 0 root
      workers worker NOUN NNS 2 obj
      on on ADP IN 6 case
      strike strike NOUN NN 6 compound
      action action NOUN NN 2 obl`, 1],
    ['"will ballot its members for strike action over pay"', `
      Unison Unison PROPN NNP 3 nsubj
      will will AUX MD 3 aux
      ballot ballot VERB VB 0 root
      its its PRON PRP$ 5 nmod:poss
      members member NOUN NNS 3 obj
      for for ADP IN 8 case
      strike strike NOUN NN 8 compound
      action action NOUN NN 3 obl
      over over ADP IN 10 case
      pay pay NOUN NN 3 obl`, 2],
    ['"would ballot its members for industrial action"', `
      it it PRON PRP 3 nsubj
      would would AUX MD 3 aux
      ballot ballot VERB VB 0 root
      its its PRON PRP$ 5 nmod:poss
      members member NOUN NNS 3 obj
      for for ADP IN 8 case
      industrial industrial ADJ JJ 8 amod
      action action NOUN NN 3 obl`, 2],
    ['"is balloting teachers on industrial action"', `
      the the DET DT 2 det
      union union NOUN NN 4 nsubj
      is be AUX VBZ 4 aux
      balloting ballot VERB VBG 0 root
      teachers teacher NOUN NNS 4 obj
      on on ADP IN 8 case
      industrial industrial ADJ JJ 8 amod
      action action NOUN NN 4 obl`, 3],
    ['"will ballot bus drivers over strike action"', `
      Unite Unite PROPN NNP 3 nsubj
      will will AUX MD 3 aux
      ballot ballot VERB VB 0 root
      bus bus NOUN NN 5 compound
      drivers driver NOUN NNS 3 obj
      over over ADP IN 8 case
      strike strike NOUN NN 8 compound
      action action NOUN NN 3 obl`, 2],
  ])('issue-12: a strike ballot threatens a strike (%s)', (_text, rows, verb) => {
    expect(codeOf(rows, verb)).toBe('133');
  });

  it('issue-12: a ballot on a merger threatens no one', () => {
    expect(codeOf(`
      the the DET DT 2 det
      party party NOUN NN 3 nsubj
      balloted ballot VERB VBD 0 root
      its its PRON PRP$ 5 nmod:poss
      members member NOUN NNS 3 obj
      on on ADP IN 8 case
      the the DET DT 8 det
      merger merger NOUN NN 3 obl`, 2) ?? '---').toBe('---');
  });
});
