import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const chief: ActorSpec = { sent: 0, tokens: [0, 2], id: 'dauster', name: 'Jorio Dauster', code: 'BRA', sector: 'GOV' };
const brazil: ActorSpec = { sent: 0, tokens: [3, 4], id: 'brazil', name: 'Brazil', code: 'BRA' };
const analysts: ActorSpec = { sent: 0, tokens: [0, 2], id: 'analysts', name: 'Fed analysts', code: 'USA', sector: 'BUS' };

/** "<speaker> said Brazil <aux> not <verb> its policies ." as the parser hangs it. */
const said = (aux: string, verb: string, lemma: string, speaker = chief) => parsedDoc([`
  Jorio Jorio PROPN NNP 2 compound
  Dauster Dauster PROPN NNP 3 nsubj
  said say VERB VBD 0 root
  Brazil Brazil PROPN NNP 7 nsubj
  ${aux} ${aux} AUX MD 7 aux
  not not PART RB 7 advmod
  ${verb} ${lemma} VERB VB 3 ccomp
  its its PRON PRP$ 9 nmod:poss
  policies policy NOUN NNS 7 obj
  . . PUNCT . 3 punct`], { actors: [speaker, brazil] });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.map((e) => `${e.event}${e.mode ? '/' + e.mode : ''} ${e.cameo} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

describe('a refusal to yield told through "said" (refused-change.ts)', () => {
  it.each([['would', 'change', 'change'], ['will', 'liberalize', 'liberalize'], ['would', 'alter', 'alter']])('"%s not %s" by the speaker\'s own side is REJECT change', (aux, verb, lemma) => {
    expect(summary(said(aux, verb, lemma))).toEqual(['REJECT/change 124 BRA->']);
  });

  it('is no refusal when another side forecasts it', () => {
    expect(summary(said('would', 'change', 'change', analysts))).toEqual([]);
    expect(summary(said('would', 'change', 'change', { ...chief, code: 'FRA' }))).toEqual([]);
  });

  it('is no refusal for a past inability ("could not") or a verb outside the class', () => {
    expect(summary(said('could', 'change', 'change'))).toEqual([]);
    expect(summary(said('would', 'update', 'update'))).toEqual([]);
  });

  it.each([['will', 'accept'], ['would', 'tolerate'], ['could', 'accept']])('"%s not %s" a thing named is REJECT of it, "could" included (reported speech\'s past)', (aux, verb) => {
    expect(summary(said(aux, verb, verb))).toEqual(['REJECT 120 BRA->']);
  });

  it('rejects no thing when the object is a pronoun ("the Greek government would not accept it")', () => {
    const doc = parsedDoc([`
      Greece Greece PROPN NNP 4 nsubj
      would would AUX MD 4 aux
      not not PART RB 4 advmod
      accept accept VERB VB 0 root
      it it PRON PRP 4 obj
      . . PUNCT . 4 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'grc', name: 'Greece', code: 'GRC' }] });
    expect(summary(doc)).toEqual([]);
  });

  it('reads the side of officials of no named country who said it after the clause, however the parser hangs "said"', () => {
    // "Britain would not change its refusal , officials said ." with "said" an `advcl:relcl` of "change".
    const doc = parsedDoc([`
      Britain Britain PROPN NNP 4 nsubj
      would would AUX MD 4 aux
      not not PART RB 4 advmod
      change change VERB VB 0 root
      its its PRON PRP$ 6 nmod:poss
      refusal refusal NOUN NN 4 obj
      , , PUNCT , 8 punct
      officials official NOUN NNS 9 nsubj
      said say VERB VBD 4 advcl:relcl
      . . PUNCT . 4 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'gbr', name: 'Britain', code: 'GBR' }, { sent: 0, tokens: [7, 8], id: 'officials', name: 'officials', sector: 'GOV' }] });
    expect(summary(doc)).toEqual(['REJECT/change 124 GBR->']);
  });

  it.each([['no', ['REJECT/change 124 JPN->']], ['new', []]])('"Japan has %s plans to liberalise its markets": a plan disowned is a refusal', (det, expected) => {
    const doc = parsedDoc([`
      Japan Japan PROPN NNP 2 nsubj
      has have VERB VBZ 0 root
      ${det} ${det} ${det === 'no' ? 'DET DT' : 'ADJ JJ'} 4 ${det === 'no' ? 'det' : 'amod'}
      plans plan NOUN NNS 2 obj
      to to PART TO 6 mark
      liberalise liberalise VERB VB 4 acl
      its its PRON PRP$ 8 nmod:poss
      markets market NOUN NNS 6 obj
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'japan', name: 'Japan', code: 'JPN' }] });
    expect(summary(doc)).toEqual(expected);
  });

  it('does not take "they" for a speaker found across another side ("X asked …, but Japanese officials have said they …")', () => {
    // "officials" hangs on "have", so "said" takes the first clause's subject: Washington would be the one refusing.
    const doc = parsedDoc([`
      Washington Washington PROPN NNP 2 nsubj
      asked ask VERB VBD 0 root
      but but CCONJ CC 7 cc
      Japanese Japanese ADJ JJ 5 amod
      officials official NOUN NNS 6 nsubj
      have have VERB VBP 7 aux
      said say VERB VBN 2 conj
      they they PRON PRP 11 nsubj
      would would AUX MD 11 aux
      not not PART RB 11 advmod
      liberalize liberalize VERB VB 7 ccomp
      imports import NOUN NNS 11 obj
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'usa', name: 'Washington', code: 'USA', sector: 'GOV' }, { sent: 0, tokens: [3, 5], id: 'jpn', name: 'Japanese officials', code: 'JPN', sector: 'GOV' }] });
    expect(summary(doc).filter((e) => e.startsWith('REJECT'))).toEqual([]);
  });
});

describe('"could not accept" and things no one does (refused-change.ts)', () => {
  /** The rows of a parse with a phrase put in, without the blank lines the phrase's own line breaks leave. */
  const rows = (parse: string): string => parse.split('\n').filter((r) => r.trim()).join('\n');
  const ukraine: ActorSpec = { sent: 0, tokens: [0, 1], id: 'ukr', name: 'Ukraine', code: 'UKR' };

  it('is no stance when no one reports it: "Greece could not approve the loan before the deadline" tells a past inability', () => {
    const doc = parsedDoc([`
      Greece Greece PROPN NNP 4 nsubj
      could could AUX MD 4 aux
      not not PART RB 4 advmod
      approve approve VERB VB 0 root
      the the DET DT 6 det
      loan loan NOUN NN 4 obj
      before before ADP IN 9 case
      the the DET DT 9 det
      deadline deadline NOUN NN 6 nmod
      . . PUNCT . 4 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'grc', name: 'Greece', code: 'GRC' }] });
    expect(summary(doc)).toEqual([]);
  });

  /** "Ukraine said it could not accept grain ships <tail>." with the tail's tokens as the parser hangs them on "accept". */
  const saidCould = (tail: string) => parsedDoc([rows(`
    Ukraine Ukraine PROPN NNP 2 nsubj
    said say VERB VBD 0 root
    it it PRON PRP 6 nsubj
    could could AUX MD 6 aux
    not not PART RB 6 advmod
    accept accept VERB VB 2 ccomp
    grain grain NOUN NN 8 compound
    ships ship NOUN NNS 6 obj
    ${tail}
    . . PUNCT . 2 punct`)], { actors: [ukraine] });

  it('keeps a reported "could not accept" of the speaker\'s own side as its stance', () => {
    expect(summary(saidCould(''))).toEqual(['REJECT 120 UKR->']);
  });

  it.each([
    ['because its ports were blockaded', `
    because because SCONJ IN 12 mark
    its its PRON PRP$ 11 nmod:poss
    ports port NOUN NNS 12 nsubj:pass
    blockaded blockade VERB VBN 6 advcl`],
    ['last week', `
    last last ADJ JJ 10 amod
    week week NOUN NN 8 nmod:unmarked`],
  ])('is no stance with a cause or a past time ("could not accept grain ships %s")', (_, tail) => {
    expect(summary(saidCould(tail)).filter((e) => e.startsWith('REJECT'))).toEqual([]);
  });

  it.each([
    ['the rising cost of imports', `
    the the DET DT 9 det
    rising rising NOUN NN 9 compound
    cost cost NOUN NN 6 obj
    of of ADP IN 11 case
    imports import NOUN NNS 9 nmod`],
    ['a further rise in prices', `
    a a DET DT 9 det
    further further ADJ JJ 9 amod
    rise rise NOUN NN 6 obj
    in in ADP IN 11 case
    prices price NOUN NNS 9 nmod`],
    ['a sharp increase in costs (with "in costs" on the verb)', `
    a a DET DT 9 det
    sharp sharp ADJ JJ 9 amod
    increase increase NOUN NN 6 obj
    in in ADP IN 11 case
    costs cost NOUN NNS 6 obl`],
  ])('rejects no one\'s act when the thing is a condition: "will not tolerate %s"', (_, object) => {
    const doc = parsedDoc([rows(`
      Egypt Egypt PROPN NNP 2 nsubj
      said say VERB VBD 0 root
      it it PRON PRP 6 nsubj
      will will AUX MD 6 aux
      not not PART RB 6 advmod
      tolerate tolerate VERB VB 2 ccomp
      ${object}
      . . PUNCT . 2 punct`)], { actors: [{ sent: 0, tokens: [0, 1], id: 'egy', name: 'Egypt', code: 'EGY' }] });
    expect(summary(doc)).toEqual([]);
  });

  it('takes the object of a coordinated verb: "Poland will not accept or tolerate the quota, the minister said"', () => {
    const doc = parsedDoc([`
      Poland Poland PROPN NNP 4 nsubj
      will will AUX MD 4 aux
      not not PART RB 4 advmod
      accept accept VERB VB 0 root
      or or CCONJ CC 6 cc
      tolerate tolerate VERB VB 4 conj
      the the DET DT 8 det
      quota quota NOUN NN 6 obj
      , , PUNCT , 12 punct
      the the DET DT 11 det
      minister minister NOUN NN 12 nsubj
      said say VERB VBD 4 conj
      . . PUNCT . 4 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'pol', name: 'Poland', code: 'POL' }] });
    expect(summary(doc).filter((e) => e.startsWith('REJECT'))).toEqual(['REJECT 120 POL->']);
  });
});

describe('issue-12: a negated plan verb disowns the change as "will not" does (refused-change.ts)', () => {
  // Training wire reuters-8623 (REJECT AUSGOV -> AUSBUS): "Evans told the conference the government did not plan to
  // accept industry pleas for changes in the legislation" coded nothing; here with the country named on both sides.
  it.each([
    ['Australian Resources Minister Gareth Evans told the conference the Australian government did not plan to accept industry pleas for changes in the legislation.', 'accept', 'REJECT 120 AUS->'],
    ['Australian Resources Minister Gareth Evans said the Australian government does not intend to change its resource rent tax legislation.', 'change', 'REJECT 124 AUS->'],
  ])('"%s" is the side\'s refusal', (text, trigger, coded) => {
    expect(codedAt(text, trigger, '1987-03-24', { cameo: true })).toEqual([coded]);
  });

  it.each([
    ['a plan asserted', 'Australian Resources Minister Gareth Evans said the Australian government plans to accept industry pleas for changes in the legislation.', 'accept'],
    ['another side\'s plan forecast', 'Australian Resources Minister Gareth Evans said Japan did not plan to change its rice policy.', 'change'],
    // Review rv-a of session 58: a past perfect plan tells what the side had meant before, and "never intended" its
    // past course; neither is its stance now.
    ['a past perfect plan', 'France had not planned to change its policy toward Iran, but American pressure forced it to.', 'change'],
    ['a plan never held', 'France had never intended to change the treaty with Germany.', 'change'],
  ])('%s refuses nothing', (_what, text, trigger) => {
    expect(codedAt(text, trigger, '1987-03-24', { cameo: true })).toEqual([]);
  });
});
