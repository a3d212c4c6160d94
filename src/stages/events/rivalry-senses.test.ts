import { describe, expect, it } from 'vitest';
import { verbMatch as match } from '../../../test/support/verb-match.js';
import { parseRivalrySenses } from './rivalry-senses.js';

describe('rivalry senses table', () => {
  it('reads sense and force rows', () => {
    const table = parseRivalrySenses('# c\nsense\tfight\tobject\tcampaign,seat\t---\tnote\nforce\ttroop\n', 'x.tsv');
    expect([...table.senses.get('fight')![0].words]).toEqual(['campaign', 'seat']);
    expect(table.senses.get('fight')![0].requirement).toBe('rivalry-object');
    expect(table.force.has('troop')).toBe(true);
  });

  it('refuses a row of an unknown kind or requirement (E170)', () => {
    expect(() => parseRivalrySenses('sense\tfight\tpartner\tcampaign\t---\tnote\n', 'x.tsv')).toThrow(/x\.tsv: line 1/);
    expect(() => parseRivalrySenses('armed\ttroop\n', 'x.tsv')).toThrow(/line 1/);
  });
});

describe('rivalry senses of clash', () => {
  it('states clashing over a common-noun territory dispute in words (ACCUSE), armed parties fight (CAMEO 190)', () => {
    // "Britain and China have clashed repeatedly over the territory."
    const territory = match(`
      Britain Britain PROPN NNP 5 nsubj
      and and CCONJ CC 3 cc
      China China PROPN NNP 1 conj
      have have AUX VBP 5 aux
      clashed clash VERB VBN 0 root
      repeatedly repeatedly ADV RB 5 advmod
      over over ADP IN 9 case
      the the DET DT 9 det
      territory territory NOUN NN 5 obl`, 4, [0, 2]);
    expect(territory?.code).toBe('111');
    // "Indian troops clashed over the border"
    const border = match(`
      Indian Indian ADJ JJ 2 amod
      troops troop NOUN NNS 3 nsubj
      clashed clash VERB VBD 0 root
      over over ADP IN 6 case
      the the DET DT 6 det
      border border NOUN NN 3 obl`, 2, [1]);
    expect(border?.code).toMatch(/^19/);
  });

  it('clashing over an issue stays a dispute in words (ACCUSE), a territory\'s compound modifier included', () => {
    // "Britain and Japan clashed over stock market access"
    const access = match(`
      Britain Britain PROPN NNP 4 nsubj
      and and CCONJ CC 3 cc
      Japan Japan PROPN NNP 1 conj
      clashed clash VERB VBD 0 root
      over over ADP IN 8 case
      stock stock NOUN NN 7 compound
      market market NOUN NN 8 compound
      access access NOUN NN 4 obl`, 3, [0, 2]);
    expect(access?.code).toBe('111');
    // "Ministers clashed over border controls"
    const controls = match(`
      Ministers minister NOUN NNS 2 nsubj
      clashed clash VERB VBD 0 root
      over over ADP IN 5 case
      border border NOUN NN 5 compound
      controls control NOUN NNS 2 obl`, 1, [0]);
    expect(controls?.code).toBe('111');
  });
});

describe('rivalry senses of attack', () => {
  it('attacking forecasts or controls is criticism (ACCUSE), as attacking taxes is', () => {
    // "Japan has also attacked OECD forecasts"
    const forecasts = match(`
      Japan Japan PROPN NNP 4 nsubj
      has have AUX VBZ 4 aux
      also also ADV RB 4 advmod
      attacked attack VERB VBN 0 root
      OECD OECD PROPN NNP 6 compound
      forecasts forecast NOUN NNS 4 obj`, 3, [0, 4]);
    expect(forecasts?.code).toBe('111');
    // "Bankers attacked the controls as ineffective"
    const controls = match(`
      Bankers banker NOUN NNS 2 nsubj
      attacked attack VERB VBD 0 root
      the the DET DT 4 det
      controls control NOUN NNS 2 obj`, 1, [0]);
    expect(controls?.code).toBe('111');
  });

  it('attacking a person whose name is a listed word stays an attack ("Unknown assailants attacked Bill Jones")', () => {
    const jones = match(`
      Unknown unknown ADJ JJ 2 amod
      assailants assailant NOUN NNS 3 nsubj
      attacked attack VERB VBD 0 root
      Bill Bill PROPN NNP 3 obj
      Jones Jones PROPN NNP 4 flat`, 2, [1, 3]);
    expect(jones?.code).not.toBe('111');
  });
});
