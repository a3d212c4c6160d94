import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt (dyad block BREAK): breaking off talks turns them down (CAMEO 125, PLOVER REJECT), where CAMEO's
// DESTROY "* OFF" made it a threat (130). Breaking off relations stays 161; breaking off anything else stays
// whatever CAMEO reads.
const codeOf = (rows: string) => verbMatch(rows, 1, [0])?.code;

describe('talks broken off (data/verbs.txt)', () => {
  it.each(['talks', 'negotiations', 'discussions'])('"Workers broke off %s" (off a particle) rejects them', (noun) => {
    expect(codeOf(`
      Workers worker NOUN NNS 2 nsubj
      broke break VERB VBD 0 root
      off off ADP RP 2 compound:prt
      ${noun} ${noun} NOUN NNS 2 obj`)).toBe('125');
  });

  it('"Workers broke off talks" with off read as a preposition rejects them', () => {
    expect(codeOf(`
      Workers worker NOUN NNS 2 nsubj
      broke break VERB VBD 0 root
      off off ADP IN 4 case
      talks talk NOUN NNS 2 obl`)).toBe('125');
  });

  it('"Britain broke off relations" stays a break of relations (161)', () => {
    expect(codeOf(`
      Britain Britain PROPN NNP 2 nsubj
      broke break VERB VBD 0 root
      off off ADP RP 2 compound:prt
      relations relation NOUN NNS 2 obj`)).toBe('161');
  });
});

// Session 42 review of ev-wire: talks as the subject of intransitive "break off" end; nobody threatens or rejects.
describe('talks that broke off (data/rivalry-senses.tsv)', () => {
  it.each(['Talks', 'Negotiations', 'Discussions'])('"%s broke off on Tuesday" is no event (was CAMEO 130, DESTROY "* OFF")', (noun) => {
    expect(verbMatch(`
      ${noun} ${noun.toLowerCase().replace(/s$/, '')} NOUN NNS 2 nsubj
      broke break VERB VBD 0 root
      off off ADP RP 2 compound:prt
      on on ADP IN 5 case
      Tuesday Tuesday PROPN NNP 2 obl`, 1, [])?.code ?? '---').toBe('---');
  });

  it('"Workers broke off talks" still rejects them (125)', () => {
    expect(codeOf(`
      Workers worker NOUN NNS 2 nsubj
      broke break VERB VBD 0 root
      off off ADP RP 2 compound:prt
      talks talk NOUN NNS 2 obj`)).toBe('125');
  });
});
