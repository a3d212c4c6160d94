import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// data/verbs.txt rows for aid named in a "with" phrase (PROVIDE), aid handed over or delivered
// (HAND_OVER) and allocations (PROVIDE): what is given decides, as for "provide" and "give".
const codeOf = (rows: string, verb: number) => verbMatch(rows, verb)?.code;

describe('aid given, handed over or allocated', () => {
  it.each([
    ['air defence systems provided to a country named as the object', `
      Norway Norway PROPN NNP 2 nsubj
      provided provide VERB VBD 0 root
      Ukraine Ukraine PROPN NNP 2 obj
      with with ADP IN 7 case
      air air NOUN NN 6 compound
      defence defence NOUN NN 7 compound
      systems system NOUN NNS 2 obl`, 1, '070'],
    ['aircraft in the "with" phrase', `
      they they PRON PRP 2 nsubj
      provide provide VERB VBP 0 root
      it it PRON PRP 2 obj
      with with ADP IN 6 case
      military military ADJ JJ 6 amod
      aircraft aircraft NOUN NN 2 obl`, 1, '072'],
    ['weapons handed over', `
      partners partner NOUN NNS 2 nsubj
      handed hand VERB VBD 0 root
      over over ADP RP 2 compound:prt
      weapons weapon NOUN NNS 2 obj
      to to ADP IN 6 case
      Ukraine Ukraine PROPN NNP 2 obl`, 1, '072'],
    ['rounds and armoured vehicles delivered', `
      States States PROPN NNP 2 nsubj
      delivered deliver VERB VBD 0 root
      armored armored ADJ JJ 4 amod
      vehicles vehicle NOUN NNS 2 obj`, 1, '070'],
    ['funds allocated', `
      Kingdom Kingdom PROPN NNP 2 nsubj
      allocated allocate VERB VBD 0 root
      additional additional ADJ JJ 4 amod
      funds fund NOUN NNS 2 obj`, 1, '071'],
  ])('%s is aid', (_name, rows, verb, code) => {
    expect(codeOf(rows, verb)).toBe(code);
  });

  it.each([
    ['a budget allocated (no event alone; CAMEO had material cooperation 060)', `
      government government NOUN NN 2 nsubj
      allocated allocate VERB VBD 0 root
      UAH UAH PROPN NNP 2 obj`, 1],
    ['a questionnaire handed over', `
      she she PRON PRP 2 nsubj
      handed hand VERB VBD 0 root
      over over ADP RP 2 compound:prt
      the the DET DT 5 det
      questionnaire questionnaire NOUN NN 2 obj`, 1],
    ['housing provided to citizens ("with" names no aid)', `
      state state NOUN NN 2 nsubj
      provided provide VERB VBD 0 root
      them they PRON PRP 2 obj
      with with ADP IN 5 case
      housing housing NOUN NN 2 obl`, 1],
  ])('%s is none', (_name, rows, verb) => {
    expect(codeOf(rows, verb)).toBeUndefined();
  });
});
