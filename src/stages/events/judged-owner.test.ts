import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const country = (tokens: [number, number], code: string, name = code): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name, code });
const recipients = (doc: ReturnType<typeof parsedDoc>, event: string) => codeEvents(doc, lexicon).events.filter((e) => e.event === event).map((e) => e.recipients.map((p) => p.code));

describe('modifierOwner, whose a judged thing is', () => {
  it('rejects the Soviet Union, whose membership is opposed, not the Bank it would join', () => {
    // "the U.S. opposes Soviet membership of the World Bank or the International Monetary Fund."
    const doc = parsedDoc([`
      the the DET DT 2 det
      U.S. U.S. PROPN NNP 3 nsubj
      opposes oppose VERB VBZ 0 root
      Soviet Soviet PROPN NNP 5 compound
      membership membership NOUN NN 3 obj
      of of ADP IN 9 case
      the the DET DT 9 det
      World World PROPN NNP 9 compound
      Bank Bank PROPN NNP 5 nmod
      or or CCONJ CC 14 cc
      the the DET DT 14 det
      International International ADJ NNP 14 amod
      Monetary Monetary PROPN NNP 14 compound
      Fund Fund PROPN NNP 9 conj
      . . PUNCT . 3 punct`], { actors: [country([0, 2], 'USA'), { sent: 0, tokens: [6, 9], id: 'wbk', name: 'World Bank', code: 'IGO', sector: 'WBK' }, { sent: 0, tokens: [10, 14], id: 'imf', name: 'International Monetary Fund', code: 'IGO', sector: 'IMF' }] });
    expect(recipients(doc, 'REJECT')).toEqual([['SUN']]);
  });

  it('blames the country whose position it is, not the talks its "for" phrase names', () => {
    // "Colombia blamed an inflexible U.S. position for the failure of the ICO talks."
    const doc = parsedDoc([`
      Colombia Colombia PROPN NNP 2 nsubj
      blamed blame VERB VBD 0 root
      an a DET DT 6 det
      inflexible inflexible ADJ JJ 6 amod
      U.S. U.S. PROPN NNP 6 compound
      position position NOUN NN 2 obj
      for for ADP IN 9 case
      the the DET DT 9 det
      failure failure NOUN NN 6 nmod
      of of ADP IN 13 case
      the the DET DT 13 det
      ICO ICO PROPN NNP 13 compound
      talks talk NOUN NNS 9 nmod
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'COL'), country([4, 5], 'USA'), { sent: 0, tokens: [11, 12], id: 'ico', name: 'International Coffee Organization', code: 'IGO', sector: 'ICO' }] });
    expect(recipients(doc, 'ACCUSE')).toEqual([['USA']]);
  });

  it('reads a two-word nationality ("South Korean") before the parties named deeper in the proposal', () => {
    // "North Korea agreed to a South Korean proposal for talks between the prime ministers of the two countries."
    const doc = parsedDoc([`
      North North PROPN NNP 2 compound
      Korea Korea PROPN NNP 3 nsubj
      agreed agree VERB VBD 0 root
      to to ADP IN 8 case
      a a DET DT 8 det
      South South PROPN NNP 7 compound
      Korean Korean PROPN NNP 8 compound
      proposal proposal NOUN NN 3 obl
      for for ADP IN 10 case
      talks talk NOUN NNS 8 nmod
      between between ADP IN 14 case
      the the DET DT 14 det
      prime prime ADJ JJ 14 amod
      ministers minister NOUN NNS 10 nmod
      . . PUNCT . 3 punct`], { actors: [country([0, 2], 'PRK'), { sent: 0, tokens: [11, 14], id: 'ministers', name: 'the prime ministers', code: 'USA', sector: 'GOV' }] });
    expect(recipients(doc, 'AGREE')).toEqual([['KOR']]);
  });

  it('passes over the actor\'s own country: "Japan rejected the Japanese proposal of the World Bank" is not Japan acting on itself', () => {
    const doc = parsedDoc([`
      Japan Japan PROPN NNP 2 nsubj
      rejected reject VERB VBD 0 root
      the the DET DT 5 det
      Japanese Japanese ADJ JJ 5 amod
      proposal proposal NOUN NN 2 obj
      of of ADP IN 9 case
      the the DET DT 9 det
      World World PROPN NNP 9 compound
      Bank Bank PROPN NNP 5 nmod
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'JPN'), { sent: 0, tokens: [6, 9], id: 'wbk', name: 'World Bank', code: 'IGO', sector: 'WBK' }] });
    expect(recipients(doc, 'REJECT')).toEqual([['IGO']]);
  });

  it('reads only the judged noun\'s own modifiers, not those of a conjunct the parser hung on it', () => {
    // "Mr. Sullivan reaffirmed the unwavering U.S. support for the security of Estonia and our other NATO Allies."
    const doc = parsedDoc([`
      Mr. Mr. PROPN NNP 2 nmod:desc
      Sullivan Sullivan PROPN NNP 3 nsubj
      reaffirmed reaffirm VERB VBD 0 root
      the the DET DT 7 det
      unwavering unwavering ADJ JJ 7 amod
      U.S. U.S. PROPN NNP 7 compound
      support support NOUN NN 3 obj
      for for ADP IN 10 case
      the the DET DT 10 det
      security security NOUN NN 7 nmod
      of of ADP IN 12 case
      Estonia Estonia PROPN NNP 10 nmod
      and and CCONJ CC 17 cc
      our our PRON PRP$ 17 nmod:poss
      other other ADJ JJ 17 amod
      NATO NATO PROPN NNP 17 compound
      Allies ally NOUN NNS 7 conj
      . . PUNCT . 3 punct`], { actors: [{ sent: 0, tokens: [0, 2], id: 'sullivan', name: 'Jake Sullivan', code: 'USA', sector: 'GOV' }, country([5, 6], 'USA'), country([11, 12], 'EST'), { sent: 0, tokens: [15, 16], id: 'nato', name: 'NATO', code: 'IGO', sector: 'NAT' }] });
    expect(recipients(doc, 'SUPPORT')).toEqual([['EST']]);
  });
});

describe('modifierOwner, the other side an agreement names and the passive', () => {
  it('agrees with the side a "with" phrase of the accepted plan names, not whose the plan was', () => {
    // "Armenia agreed to a Russian peace plan with Azerbaijan."
    const doc = parsedDoc([`
      Armenia Armenia PROPN NNP 2 nsubj
      agreed agree VERB VBD 0 root
      to to ADP IN 7 case
      a a DET DT 7 det
      Russian Russian ADJ JJ 7 amod
      peace peace NOUN NN 7 compound
      plan plan NOUN NN 2 obl
      with with ADP IN 9 case
      Azerbaijan Azerbaijan PROPN NNP 7 nmod
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'ARM'), country([8, 9], 'AZE')] });
    expect(recipients(doc, 'AGREE')).toEqual([['AZE']]);
  });

  it('agrees with the side named beside what an agreement is "on", not the country the ceasefire is in', () => {
    // "Turkey agreed on a Syrian ceasefire with Russia."
    const doc = parsedDoc([`
      Turkey Turkey PROPN NNP 2 nsubj
      agreed agree VERB VBD 0 root
      on on ADP IN 6 case
      a a DET DT 6 det
      Syrian Syrian ADJ JJ 6 amod
      ceasefire ceasefire NOUN NN 2 obl
      with with ADP IN 8 case
      Russia Russia PROPN NNP 2 obl
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'TUR'), country([7, 8], 'RUS')] });
    expect(recipients(doc, 'AGREE')).toEqual([['RUS']]);
  });

  it('addresses a welcome of coordinated nationalities\' positions to every one of them', () => {
    // "Moscow welcomed the Chinese and Indian positions on the war."
    const doc = parsedDoc([`
      Moscow Moscow PROPN NNP 2 nsubj
      welcomed welcome VERB VBD 0 root
      the the DET DT 7 det
      Chinese Chinese ADJ JJ 7 amod
      and and CCONJ CC 6 cc
      Indian Indian ADJ JJ 4 conj
      positions position NOUN NNS 2 obj
      on on ADP IN 10 case
      the the DET DT 10 det
      war war NOUN NN 2 obl
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'RUS')] });
    expect(recipients(doc, 'SUPPORT')).toEqual([['CHN', 'IND']]);
  });

  it('addresses a passive rejection to whose the rejected plan is', () => {
    // "The Dutch plan was rejected by France."
    const doc = parsedDoc([`
      The the DET DT 3 det
      Dutch Dutch PROPN NNP 3 compound
      plan plan NOUN NN 5 nsubj:pass
      was be AUX VBD 5 aux:pass
      rejected reject VERB VBN 0 root
      by by ADP IN 7 case
      France France PROPN NNP 5 obl
      . . PUNCT . 5 punct`], { actors: [country([6, 7], 'FRA')] });
    expect(recipients(doc, 'REJECT')).toEqual([['NLD']]);
  });

  it('reads no owner from a language a judged thing is in', () => {
    // "Kyiv rejected the Russian language in schools."
    const doc = parsedDoc([`
      Kyiv Kyiv PROPN NNP 2 nsubj
      rejected reject VERB VBD 0 root
      the the DET DT 5 det
      Russian Russian ADJ JJ 5 amod
      language language NOUN NN 2 obj
      in in ADP IN 7 case
      schools school NOUN NNS 2 obl
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'UKR')] });
    expect(recipients(doc, 'REJECT').flat()).not.toContain('RUS');
  });
});
