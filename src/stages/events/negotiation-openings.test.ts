import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt (dyad blocks OPEN_TALKS, SEEK, SEND): opening, seeking negotiations and sending a team
// are coded as CAMEO's own neighbours code them ("open talks" 046, "seek talks" 026, "send a delegation"
// 042), not as CAMEO's intent to negotiate (036, PLOVER AGREE).
const codeOf = (rows: string) => verbMatch(rows, 1, [])?.code;

describe('negotiation openings (data/verbs.txt)', () => {
  it('"opened negotiations with" is a negotiation (046), as "started negotiations"', () => {
    expect(codeOf(`
      Peru Peru PROPN NNP 2 nsubj
      opened open VERB VBD 0 root
      negotiations negotiation NOUN NNS 2 obj
      with with ADP IN 6 case
      its its PRON PRP$ 6 nmod:poss
      creditors creditor NOUN NNS 3 nmod`)).toBe('046');
  });

  it('seeking negotiations asks the other side to negotiate (026, REQUEST)', () => {
    expect(codeOf(`
      Ecuador Ecuador PROPN NNP 2 nsubj
      sought seek VERB VBD 0 root
      negotiations negotiation NOUN NNS 2 obj
      with with ADP IN 5 case
      banks bank NOUN NNS 3 nmod`)).toBe('026');
  });

  it.each([
    ['team', '042'],
    ['mission', '042'],
  ])('sending a %s is a visit (%s, CONSULT)', (noun, code) => {
    expect(codeOf(`
      Japan Japan PROPN NNP 2 nsubj
      sent send VERB VBD 0 root
      a a DET DT 4 det
      ${noun} ${noun} NOUN NN 2 obj
      to to ADP IN 6 case
      Washington Washington PROPN NNP 2 obl`)).toBe(code);
  });

  it('a medical team sent stays aid (073)', () => {
    expect(codeOf(`
      Japan Japan PROPN NNP 2 nsubj
      sent send VERB VBD 0 root
      a a DET DT 5 det
      medical medical ADJ JJ 5 amod
      team team NOUN NN 2 obj`)).toBe('073');
  });
});
