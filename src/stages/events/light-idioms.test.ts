import { describe, expect, it } from 'vitest';
import { verbMatch } from '../../../test/support/verb-match.js';

// Triggers missed with nothing in their sentence (eval/events/no-trigger.ts), on made-up hand-parsed sentences of each
// class: data/verbs.txt's INITIAL and LAY_BLAME blocks, rule-words `light-verb` "renew", and triggers.ts's call "for"
// something (an appeal, not a phone call).
const codeOf = (rows: string, verb: number) => verbMatch(rows, verb, [0])?.code;

describe('data/verbs.txt INITIAL: initialling a treaty or declaration signs it (057, SUPPORT)', () => {
  it.each([
    ['"initialled a joint declaration"', `
      Lisbon Lisbon PROPN NNP 2 nsubj
      initialled initial VERB VBD 0 root
      a a DET DT 5 det
      joint joint ADJ JJ 5 amod
      declaration declaration NOUN NN 2 obj`, '057'],
    ['"have initialed the trade agreement"', `
      Chile Chile PROPN NNP 3 nsubj
      have have AUX VBP 3 aux
      initialed initial VERB VBN 0 root
      the the DET DT 6 det
      trade trade NOUN NN 6 compound
      agreement agreement NOUN NN 3 obj`, '057'],
  ])('%s', (_, rows, code) => {
    expect(codeOf(rows, rows.includes('have have') ? 2 : 1)).toBe(code);
  });

  it('initialling anything else is no event ("initialled each page of the report")', () => {
    expect(codeOf(`
      Kohl Kohl PROPN NNP 2 nsubj
      initialled initial VERB VBD 0 root
      each each DET DT 4 det
      page page NOUN NN 2 obj
      of of ADP IN 7 case
      the the DET DT 7 det
      report report NOUN NN 4 nmod`, 1) ?? '---').toBe('---');
  });
});

describe('data/verbs.txt LAY_BLAME: laying the blame on a side, pointing the finger at it (112, ACCUSE)', () => {
  it.each([
    ['"laid the blame on Washington"', `
      Tokyo Tokyo PROPN NNP 2 nsubj
      laid lay VERB VBD 0 root
      the the DET DT 4 det
      blame blame NOUN NN 2 obj
      on on ADP IN 6 case
      Washington Washington PROPN NNP 2 obl`],
    ['"put the blame for the crisis on Moscow"', `
      Kyiv Kyiv PROPN NNP 2 nsubj
      put put VERB VBD 0 root
      the the DET DT 4 det
      blame blame NOUN NN 2 obj
      for for ADP IN 7 case
      the the DET DT 7 det
      crisis crisis NOUN NN 4 nmod
      on on ADP IN 9 case
      Moscow Moscow PROPN NNP 2 obl`],
    ['"pointed the finger at Bonn"', `
      Paris Paris PROPN NNP 2 nsubj
      pointed point VERB VBD 0 root
      the the DET DT 4 det
      finger finger NOUN NN 2 obj
      at at ADP IN 6 case
      Bonn Bonn PROPN NNP 2 obl`],
  ])('%s', (_, rows) => {
    expect(codeOf(rows, 1)).toBe('112');
  });

  it.each([
    ['"laid a wreath at the memorial"', `
      Biden Biden PROPN NNP 2 nsubj
      laid lay VERB VBD 0 root
      a a DET DT 4 det
      wreath wreath NOUN NN 2 obj
      at at ADP IN 7 case
      the the DET DT 7 det
      memorial memorial NOUN NN 2 obl`],
    ['"pointed to the deficit"', `
      Baker Baker PROPN NNP 2 nsubj
      pointed point VERB VBD 0 root
      to to ADP IN 5 case
      the the DET DT 5 det
      deficit deficit NOUN NN 2 obl`],
  ])('the verbs alone accuse no one: %s', (_, rows) => {
    expect(codeOf(rows, 1) ?? '---').not.toBe('112');
  });
});

describe('renewing an act named by the object (rule-words light-verb "renew")', () => {
  it.each([
    ['"renewed its request for loans" asks (020)', `
      Brazil Brazil PROPN NNP 2 nsubj
      renewed renew VERB VBD 0 root
      its its PRON PRP$ 4 nmod:poss
      request request NOUN NN 2 obj
      for for ADP IN 6 case
      loans loan NOUN NNS 4 nmod`, '020'],
    ['"renewed its attacks on Iran" attacks (190)', `
      Iraq Iraq PROPN NNP 2 nsubj
      renewed renew VERB VBD 0 root
      its its PRON PRP$ 4 nmod:poss
      attacks attack NOUN NNS 2 obj
      on on ADP IN 6 case
      Iran Iran PROPN NNP 2 obl`, '190'],
    ['"renewed the threat of a veto" threatens (130)', `
      Yeutter Yeutter PROPN NNP 2 nsubj
      renewed renew VERB VBD 0 root
      the the DET DT 4 det
      threat threat NOUN NN 2 obj
      of of ADP IN 7 case
      a a DET DT 7 det
      veto veto NOUN NN 4 nmod`, '130'],
  ])('%s', (_, rows, code) => {
    expect(codeOf(rows, 1)).toBe(code);
  });

  it('renewing a thing that names no act is no event ("renewed the credit lines")', () => {
    expect(codeOf(`
      banks bank NOUN NNS 2 nsubj
      renewed renew VERB VBD 0 root
      the the DET DT 5 det
      credit credit NOUN NN 5 compound
      lines line NOUN NNS 2 obj`, 1)).toBeUndefined();
  });
});

describe('a call "for" something is an appeal (020), a call alone a phone call (041)', () => {
  it.each([
    ['"repeated its call for a ceasefire" (phrase on the noun)', `
      Paris Paris PROPN NNP 2 nsubj
      repeated repeat VERB VBD 0 root
      its its PRON PRP$ 4 nmod:poss
      call call NOUN NN 2 obj
      for for ADP IN 7 case
      a a DET DT 7 det
      ceasefire ceasefire NOUN NN 4 nmod`, '020'],
    ['"renewed its call for a ceasefire" (phrase hung on the verb)', `
      Paris Paris PROPN NNP 2 nsubj
      renewed renew VERB VBD 0 root
      its its PRON PRP$ 4 nmod:poss
      call call NOUN NN 2 obj
      for for ADP IN 7 case
      a a DET DT 7 det
      ceasefire ceasefire NOUN NN 2 obl`, '020'],
    ['"had a call for 30 minutes" (a time: still a phone call)', `
      Reagan Reagan PROPN NNP 2 nsubj
      had have VERB VBD 0 root
      a a DET DT 4 det
      call call NOUN NN 2 obj
      for for ADP IN 7 case
      30 30 NUM CD 7 nummod
      minutes minute NOUN NNS 4 nmod`, '041'],
    ['"had a call on Friday"', `
      Reagan Reagan PROPN NNP 2 nsubj
      had have VERB VBD 0 root
      a a DET DT 4 det
      call call NOUN NN 2 obj
      on on ADP IN 6 case
      Friday Friday PROPN NNP 2 obl`, '041'],
  ])('%s', (_, rows, code) => {
    expect(codeOf(rows, 1)).toBe(code);
  });
});
