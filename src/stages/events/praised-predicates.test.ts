import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { parsePraisedPredicates } from './praised-predicates.js';

// Praise told as a copula's verdict in reported speech (praised-predicates.ts, judged-predicates.ts, #12).
const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code, sector?: string): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code, ...(sector ? { sector } : {}) });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

/** "Miyazawa said <owner> 's <thing> was [not] <predicate> [for exporters] ." with the subject under the predicate, as parsed. */
const praised = (owner: string, ownerCode: string, thing: string, predicate: string, opts: { negated?: boolean; effect?: boolean; upos?: 'ADJ' | 'NOUN' } = {}) => {
  const at = 7 + (opts.negated ? 1 : 0);
  const rows = [
    'Miyazawa Miyazawa PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', `${owner} ${owner} PROPN NNP 5 nmod:poss`, "'s 's PART POS 3 case",
    `${thing} ${thing} NOUN NN ${at} nsubj`, `was be AUX VBD ${at} cop`, ...(opts.negated ? [`not not PART RB ${at} advmod`] : []),
    `${predicate} ${predicate} ${opts.upos ?? 'ADJ'} JJ 2 ccomp`,
    ...(opts.effect ? [`for for ADP IN ${at + 2} case`, `exporters exporter NOUN NNS ${at} obl`] : []), `. . PUNCT . 2 punct`,
  ];
  return parsedDoc([rows.join('\n')], { actors: [actor([0, 1], 'JPN', 'Kiichi Miyazawa', 'GOV'), actor([2, 3], ownerCode, owner)] });
};

describe('praise told in speech (praised-predicates.ts)', () => {
  it('reads a praising predicate of another side\'s act as the speaker\'s SUPPORT of its doer (CAMEO 051)', () => {
    const doc = praised('Brazil', 'BRA', 'moratorium', 'sensible');
    expect(summary(doc)).toEqual(['SUPPORT JPN->BRA']);
    const [event] = codeEvents(doc, lexicon).events;
    expect([event.cameo, event.reasons[0].rule]).toEqual(['051', 'events/content-praised']);
  });

  it('praises no one for a thing that is no act ("Brazil\'s economy was encouraging": market or outcome comment)', () => {
    expect(summary(praised('Brazil', 'BRA', 'economy', 'encouraging'))).toEqual([]);
    expect(summary(praised('Brazil', 'BRA', 'moratorium', 'encouraging'))).toEqual(['SUPPORT JPN->BRA']);
  });

  it('gives no praise when denied, when it tells whom the act suits, nor of the speaker\'s own side', () => {
    expect(summary(praised('Brazil', 'BRA', 'moratorium', 'sensible', { negated: true }))).toEqual([]);
    expect(summary(praised('Brazil', 'BRA', 'moratorium', 'helpful', { effect: true }))).toEqual([]);
    expect(summary(praised('Tokyo', 'JPN', 'moratorium', 'sensible'))).toEqual([]);
  });

  it('gives no praise for what a side can do ("the Indians are capable of purchasing a lot")', () => {
    const rows = (tail: string[]) => parsedDoc([[
      'Miyazawa Miyazawa PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'India India PROPN NNP 5 nmod:poss', "'s 's PART POS 3 case",
      'leadership leadership NOUN NN 7 nsubj', 'was be AUX VBD 7 cop', 'capable capable ADJ JJ 2 ccomp', ...tail, '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'JPN', 'Kiichi Miyazawa', 'GOV'), actor([2, 3], 'IND', 'India', 'GOV')] });
    expect(summary(rows([]))).toEqual(['SUPPORT JPN->IND']);
    expect(summary(rows(['of of SCONJ IN 9 mark', 'purchasing purchase VERB VBG 7 advcl']))).toEqual([]);
  });

  it('lets an outcome word praise an act but not a side itself ("the launch was a success" praises no one)', () => {
    expect(summary(praised('Brazil', 'BRA', 'plan', 'success', { upos: 'NOUN' }))).toEqual(['SUPPORT JPN->BRA']);
    expect(summary(praised('Brazil', 'BRA', 'launch', 'success', { upos: 'NOUN' }))).toEqual([]);
  });

  it('refuses an act named with the side it was done with ("the talks with Germany were constructive")', () => {
    const doc = parsedDoc([[
      'Miyazawa Miyazawa PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'the the DET DT 4 det', 'accord accord NOUN NN 8 nsubj',
      'with with ADP IN 6 case', 'Germany Germany PROPN NNP 4 nmod', 'was be AUX VBD 8 cop', 'constructive constructive ADJ JJ 2 ccomp', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'JPN', 'Kiichi Miyazawa', 'GOV'), actor([5, 6], 'DEU', 'Germany')] });
    expect(summary(doc)).toEqual([]);
  });

  it('praises a side named as the subject, and the "by" agent of a decision', () => {
    const side = parsedDoc([[
      'Miyazawa Miyazawa PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'Washington Washington PROPN NNP 5 nsubj', 'was be AUX VBD 5 cop',
      'right right ADJ JJ 2 ccomp', 'to to PART TO 7 mark', 'act act VERB VB 5 xcomp', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'JPN', 'Kiichi Miyazawa', 'GOV'), actor([2, 3], 'USA', 'United States', 'GOV')] });
    expect(summary(side)).toEqual(['SUPPORT JPN->USA']);
    const agent = parsedDoc([[
      'Miyazawa Miyazawa PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'a a DET DT 4 det', 'decision decision NOUN NN 10 nsubj',
      'by by ADP IN 6 case', 'Washington Washington PROPN NNP 4 nmod', 'was be AUX VBD 10 cop', 'a a DET DT 10 det',
      'constructive constructive ADJ JJ 10 amod', 'development development NOUN NN 2 ccomp', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'JPN', 'Kiichi Miyazawa', 'GOV'), actor([5, 6], 'USA', 'United States', 'GOV')] });
    expect(summary(agent)).toEqual(['SUPPORT JPN->USA']);
  });

  it('refuses a malformed data row (E170)', () => {
    expect(() => parsePraisedPredicates('praise\tgood\npraise\tgood\n', 'x.tsv')).toThrow(/^E170: .*line 2.*listed twice/);
    expect(() => parsePraisedPredicates('liking\tgood\n', 'x.tsv')).toThrow(/^E170: .*expected/);
    expect(() => parsePraisedPredicates('side\tgood\npraise\tgood\n', 'x.tsv')).toThrow(/^E170: .*line 1.*no praise row/);
  });
});

// Review fixes (session 42, fix-ev-speech): praise words said of a side in other senses, and praise words' other senses.
describe('praise words that praise no one (praised-predicates.ts)', () => {
  /** "<speaker> said <Subject> was <word> [tail] ." with the subject a side itself. */
  const ofSide = (word: string, tail: string[] = []) => parsedDoc([[
    'Kremlin Kremlin PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'Washington Washington PROPN NNP 5 nsubj', 'was be AUX VBD 5 cop',
    `${word} ${word} ADJ JJ 2 ccomp`, ...tail, '. . PUNCT . 2 punct',
  ].join('\n')], { actors: [actor([0, 1], 'RUS', 'Kremlin', 'GOV'), actor([2, 3], 'USA', 'United States', 'GOV')] });

  it('praises a side itself only with a word of conduct ("Washington was constructive"), not "welcome", "positive", "capable"', () => {
    expect(summary(ofSide('constructive'))).toEqual(['SUPPORT RUS->USA']);
    expect(summary(ofSide('welcome'))).toEqual([]);
    expect(summary(ofSide('positive'))).toEqual([]);
    expect(summary(ofSide('capable'))).toEqual([]);
  });

  it('gives no praise for "positive about a ceasefire" nor "welcome to visit Beijing", but keeps "right to act"', () => {
    expect(summary(ofSide('positive', ['about about ADP IN 8 case', 'a a DET DT 8 det', 'ceasefire ceasefire NOUN NN 5 obl']))).toEqual([]);
    expect(summary(ofSide('welcome', ['to to PART TO 7 mark', 'visit visit VERB VB 5 xcomp', 'Beijing Beijing PROPN NNP 7 obj']))).toEqual([]);
    expect(summary(ofSide('right', ['to to PART TO 7 mark', 'act act VERB VB 5 xcomp']))).toEqual(['SUPPORT RUS->USA']);
    // Said of a deed, "welcome" still praises its doer.
    expect(summary(praised('Brazil', 'BRA', 'moratorium', 'welcome'))).toEqual(['SUPPORT JPN->BRA']);
  });

  /** "Miyazawa said Brazil 's measures are effective <tail> ." */
  const effective = (tail: string[]) => parsedDoc([[
    'Miyazawa Miyazawa PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'Brazil Brazil PROPN NNP 5 nmod:poss', "'s 's PART POS 3 case",
    'measures measure NOUN NNS 7 nsubj', 'are be AUX VBP 7 cop', 'effective effective ADJ JJ 2 ccomp', ...tail, '. . PUNCT . 2 punct',
  ].join('\n')], { actors: [actor([0, 1], 'JPN', 'Kiichi Miyazawa', 'GOV'), actor([2, 3], 'BRA', 'Brazil', 'GOV')] });

  it('gives no praise for when a measure takes force ("effective from April 1", "effective immediately")', () => {
    expect(summary(effective([]))).toEqual(['SUPPORT JPN->BRA']);
    expect(summary(effective(['from from ADP IN 9 case', 'April April PROPN NNP 7 obl', '1 1 NUM CD 9 nummod']))).toEqual([]);
    expect(summary(effective(['immediately immediately ADV RB 7 advmod']))).toEqual([]);
    // The parse of the probe: "from" on "April", under "1" (obl:unmarked).
    expect(summary(effective(['from from ADP IN 9 case', 'April April PROPN NNP 10 nmod:unmarked', '1 1 NUM CD 7 obl:unmarked']))).toEqual([]);
  });

  it('gives no praise for what an act achieved ("had been effective in wearing down Ukrainian defences")', () => {
    expect(summary(effective(['in in SCONJ IN 9 mark', 'wearing wear VERB VBG 7 advcl', 'down down ADP RP 9 compound:prt', 'defences defence NOUN NNS 9 obj']))).toEqual([]);
    expect(summary(effective(['in in ADP IN 9 case', 'curbing curbing NOUN NN 7 obl']))).toEqual([]);
  });
});

describe('praise and blame of one side in one sentence (speech-content.ts)', () => {
  it('lets praise of a side\'s act leave a later blame of it ("Brazil\'s moratorium was sensible but Brazil\'s failure to pay hurt prices")', () => {
    const doc = parsedDoc([[
      'Miyazawa Miyazawa PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'Brazil Brazil PROPN NNP 5 nmod:poss', "'s 's PART POS 3 case",
      'moratorium moratorium NOUN NN 7 nsubj', 'was be AUX VBD 7 cop', 'sensible sensible ADJ JJ 2 ccomp', 'but but CCONJ CC 14 cc',
      'Brazil Brazil PROPN NNP 11 nmod:poss', "'s 's PART POS 9 case", 'failure failure NOUN NN 14 nsubj', 'to to PART TO 13 mark',
      'pay pay VERB VB 11 acl', 'hurt hurt VERB VBD 7 conj', 'prices price NOUN NNS 14 obj', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'JPN', 'Kiichi Miyazawa', 'GOV'), actor([2, 3], 'BRA', 'Brazil', 'GOV'), actor([8, 9], 'BRA', 'Brazil', 'GOV')] });
    expect(summary(doc)).toEqual(['SUPPORT JPN->BRA', 'ACCUSE JPN->BRA']);
  });
});
