import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// senses.tsv `agree bare`: concurring with what another said ("Marvin Duncan, agreed") is no agreement of anyone to
// anything; an agreement names what is agreed, or refers back to one ("as we agreed") (#12).
const codeOf = (rows: string, verb: number) => verbMatch(rows, verb, [0])?.code ?? '---';

describe('a bare "agree" (senses.tsv)', () => {
  it.each([
    ['"Duncan agreed."', `
      Duncan Duncan PROPN NNP 2 nsubj
      agreed agree VERB VBD 0 root
      . . PUNCT . 2 punct`, 1, '---'],
    ['"Johnson agreed, citing opposition" (an unmarked participle)', `
      Johnson Johnson PROPN NNP 2 nsubj
      agreed agree VERB VBD 0 root
      , , PUNCT , 4 punct
      citing cite VERB VBG 2 advcl
      opposition opposition NOUN NN 4 obj`, 1, '---'],
    ['"Japan agreed on a pact"', `
      Japan Japan PROPN NNP 2 nsubj
      agreed agree VERB VBD 0 root
      on on ADP IN 5 case
      a a DET DT 5 det
      pact pact NOUN NN 2 obl`, 1, '030'],
    ['"They agreed on having doctors sent" (a marked clause)', `
      They they PRON PRP 2 nsubj
      agreed agree VERB VBD 0 root
      on on SCONJ IN 4 mark
      having have VERB VBG 2 advcl
      doctors doctor NOUN NNS 4 obj`, 1, '030'],
    ['"as we agreed" (a reference to an agreement)', `
      Putin Putin PROPN NNP 0 root
      as as SCONJ IN 4 mark
      we we PRON PRP 4 nsubj
      agreed agree VERB VBD 1 acl:relcl`, 3, '030'],
    ['"said that Russia agreed" (a reported agreement)', `
      Kremlin Kremlin PROPN NNP 2 nsubj
      said say VERB VBD 0 root
      that that SCONJ IN 5 mark
      Russia Russia PROPN NNP 5 nsubj
      agreed agree VERB VBD 2 ccomp`, 4, '030'],
    ['"met and agreed" (a conjunct)', `
      Russia Russia PROPN NNP 2 nsubj
      met meet VERB VBD 0 root
      and and CCONJ CC 4 cc
      agreed agree VERB VBD 2 conj`, 3, '030'],
  ])('issue-12: %s', (_text, rows, verb, code) => {
    expect(codeOf(rows, verb)).toBe(code);
  });
});
