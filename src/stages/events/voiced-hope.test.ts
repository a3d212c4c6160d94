import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const requests = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events.filter((e) => e.event === 'REQUEST' && !e.hypothetical && !e.negated)
  .map((e) => `${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

const ukraine: ActorSpec = { sent: 0, tokens: [0, 1], id: 'ukr', name: 'Zelensky', code: 'UKR', sector: 'GOV' };

/** "Zelensky hopes that <asked> will support the decision ." ("hope" has no code of its own in the lexicon). */
const hopes = (asked: ActorSpec) => parsedDoc([`
  Zelensky Zelensky PROPN NNP 2 nsubj
  hopes hope VERB VBZ 0 root
  that that SCONJ IN 6 mark
  ${asked.name} ${asked.name} PROPN NNP 6 nsubj
  will will AUX MD 6 aux
  support support VERB VB 2 ccomp
  the the DET DT 8 det
  decision decision NOUN NN 6 obj
  . . PUNCT . 2 punct`], { actors: [ukraine, { ...asked, tokens: [3, 4] }] });

// "Zelensky expressed hope that Romania would support the goal .", parsed as the tagger often does: "hope" the verb,
// "expressed" its subject.
const misparsed = parsedDoc([`
  Zelensky Zelensky PROPN NNP 2 nsubj
  expressed express VERB VBD 3 nsubj
  hope hope VERB VBP 0 root
  that that SCONJ IN 7 mark
  Romania Romania PROPN NNP 7 nsubj
  would would AUX MD 7 aux
  support support VERB VB 3 ccomp
  the the DET DT 9 det
  goal goal NOUN NN 7 obj
  . . PUNCT . 3 punct`], { actors: [ukraine, { sent: 0, tokens: [4, 5], id: 'rou', name: 'Romania', code: 'ROU' }] });

/** "Putin hopes that Ukraine 's army will <verb> before spring ." */
const wished = (verb: string, lemma: string) => parsedDoc([`
  Putin Putin PROPN NNP 2 nsubj
  hopes hope VERB VBZ 0 root
  that that SCONJ IN 8 mark
  Ukraine Ukraine PROPN NNP 6 nmod:poss
  's 's PART POS 4 case
  army army NOUN NN 8 nsubj
  will will AUX MD 8 aux
  ${verb} ${lemma} VERB VB 2 ccomp
  before before ADP IN 10 case
  spring spring NOUN NN 8 obl
  . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'rus', name: 'Putin', code: 'RUS', sector: 'GOV' }, { sent: 0, tokens: [3, 6], id: 'ukr-mil', name: "Ukraine 's army", code: 'UKR', sector: 'MIL' }] });

// "Russia expects Ukraine 's government to fail ." (an object and its infinitive).
const forecast = (verb: string, lemma: string) => parsedDoc([`
  Russia Russia PROPN NNP 2 nsubj
  expects expect VERB VBZ 0 root
  Ukraine Ukraine PROPN NNP 5 nmod:poss
  's 's PART POS 3 case
  government government NOUN NN 2 obj
  to to PART TO 7 mark
  ${verb} ${lemma} VERB VB 2 xcomp
  . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [0, 1], id: 'rus', name: 'Russia', code: 'RUS' }, { sent: 0, tokens: [2, 5], id: 'ukr-gov', name: "Ukraine 's government", code: 'UKR', sector: 'GOV' }] });

describe('a hope or expectation of what befalls another party asks nothing (expectations.ts, befalling)', () => {
  it('"Putin hopes that Ukraine\'s army will collapse" is no REQUEST; "… will withdraw" asks it', () => {
    expect(requests(wished('collapse', 'collapse'))).toEqual([]);
    expect(requests(wished('withdraw', 'withdraw'))).toEqual(['RUS->UKR']);
  });

  it('"Russia expects Ukraine\'s government to fail" is a forecast, no REQUEST; "… to resign" asks', () => {
    expect(requests(forecast('fail', 'fail'))).toEqual([]);
    expect(requests(forecast('resign', 'resign'))).toEqual(['RUS->UKR']);
  });
});

describe('hopes voiced of another party (expectations.ts)', () => {
  it('issue-12: "Zelensky hopes that Germany will support the decision" asks Germany (REQUEST UKR->DEU)', () => {
    expect(requests(hopes({ sent: 0, tokens: [3, 4], id: 'deu', name: 'Germany', code: 'DEU' }))).toEqual(['UKR->DEU']);
  });

  it('a hope for one\'s own side\'s act asks no one ("Zelensky hopes that Ukraine will …")', () => {
    expect(requests(hopes({ sent: 0, tokens: [3, 4], id: 'ukr2', name: 'Ukraine', code: 'UKR' }))).toEqual([]);
  });

  it('issue-12: "Zelensky expressed hope that Romania would support the goal", misparsed with "expressed" as subject, asks Romania', () => {
    expect(requests(misparsed)).toEqual(['UKR->ROU']);
  });
});
