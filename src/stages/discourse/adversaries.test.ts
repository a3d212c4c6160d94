import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { DyadError } from '../../core/errors.js';
import { loadKb } from '../actors/kb.js';
import { adversaryMentions, parseAdversaries } from './adversaries.js';
import { viewOf } from './view.js';

/** "Today the occupiers fired missiles at the enemy 's positions ." */
const SENTENCE = `
  Today today NOUN NN 4 obl:tmod
  the the DET DT 3 det
  occupiers occupier NOUN NNS 4 nsubj
  fired fire VERB VBD 0 root
  at at ADP IN 9 case
  the the DET DT 7 det
  enemy enemy NOUN NN 9 nmod:poss
  's 's PART POS 7 case
  positions position NOUN NNS 4 obl
  . . PUNCT . 4 punct`;
const ROWS = parseAdversaries('UKR\toccupiers\tRUS\tMIL\t2014-02-20\nUKR\tenemy\tRUS\tMIL\t2014-02-20\n', 'test');
const site = { site: 'president.gov.ua', code: 'UKR', office: 'president' };

describe('a site\'s adversary', () => {
  it('is what "the occupiers" mean on the site at war, not a possessor ("the enemy\'s positions")', () => {
    const view = viewOf(parsedDoc([SENTENCE]));
    const found = adversaryMentions(view, site, '2022-03-01', ROWS, loadKb());
    expect(found.map((m) => [view.texts.slice(m.tokens[0], m.tokens[1]).join(' '), m.code, m.sector])).toEqual([['the occupiers', 'RUS', 'MIL']]);
  });

  it('is no one on another site or before the war began', () => {
    const view = viewOf(parsedDoc([SENTENCE]));
    expect(adversaryMentions(view, { ...site, code: 'USA' }, '2022-03-01', ROWS, loadKb())).toEqual([]);
    expect(adversaryMentions(view, site, '2013-05-01', ROWS, loadKb())).toEqual([]);
  });

  it('rejects a malformed row with its line', () => {
    expect(() => parseAdversaries('# c\nUKR\toccupiers\tRussia\tMIL\t2014-02-20\n', 'adversaries.tsv')).toThrow(DyadError);
  });
});
