import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt (dyad blocks GO, REMAIN, WALK): workers who go, remain or stay "on strike", or who "walked off
// the job", stop work: PLOVER PROTEST (CAMEO 143). Going, staying or walking elsewhere stays no event.
const codeOf = (rows: string) => verbMatch(rows, 1, [0])?.code;

describe('strikes told by a state or a way off work (data/verbs.txt)', () => {
  it.each([
    ['went', 'go', 'on', 'strike'],
    ['remained', 'remain', 'on', 'strike'],
    ['stayed', 'stay', 'on', 'strike'],
    ['walked', 'walk', 'off', 'job'],
    ['walked', 'walk', 'off', 'jobs'],
  ])('"Dockers %s %s the %s" is a strike', (verb, lemma, prep, noun) => {
    expect(codeOf(`
      Dockers docker NOUN NNS 2 nsubj
      ${verb} ${lemma} VERB VBD 0 root
      ${prep} ${prep} ADP IN 4 case
      ${noun} ${noun} NOUN NN 2 obl`)).toBe('143');
  });

  it('"Dockers walked off their jobs" (off read as a particle) is a strike', () => {
    expect(codeOf(`
      Dockers docker NOUN NNS 2 nsubj
      walked walk VERB VBD 0 root
      off off ADP RP 2 compound:prt
      their their PRON PRP$ 5 nmod:poss
      jobs job NOUN NNS 2 obj`)).toBe('143');
  });

  it.each(['fair', 'site'])('"The governor walked the job %s" (a visit, no particle "off") is no event', (noun) => {
    expect(codeOf(`
      governor governor NOUN NN 2 nsubj
      walked walk VERB VBD 0 root
      job job NOUN NN 4 compound
      ${noun} ${noun} NOUN NN 2 obj`) ?? '---').toBe('---');
    expect(codeOf(`
      governor governor NOUN NN 2 nsubj
      walked walk VERB VBD 0 root
      the the DET DT 4 det
      job job NOUN NN 2 obj
      ${noun} ${noun} NOUN NN 4 compound`) ?? '---').toBe('---');
  });

  it.each([
    ['went', 'go', 'on', 'holiday'],
    ['stayed', 'stay', 'on', 'course'],
    ['walked', 'walk', 'off', 'stage'],
  ])('"Dockers %s %s %s" is no event', (verb, lemma, prep, noun) => {
    expect(codeOf(`
      Dockers docker NOUN NNS 2 nsubj
      ${verb} ${lemma} VERB VBD 0 root
      ${prep} ${prep} ADP IN 4 case
      ${noun} ${noun} NOUN NN 2 obl`) ?? '---').toBe('---');
  });
});
