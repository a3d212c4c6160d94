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
      'Miyazawa Miyazawa PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'India India PROPN NNP 5 nsubj', 'was be AUX VBD 5 cop',
      'capable capable ADJ JJ 2 ccomp', ...tail, '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'JPN', 'Kiichi Miyazawa', 'GOV'), actor([2, 3], 'IND', 'India', 'GOV')] });
    expect(summary(rows([]))).toEqual(['SUPPORT JPN->IND']);
    expect(summary(rows(['of of SCONJ IN 7 mark', 'purchasing purchase VERB VBG 5 advcl']))).toEqual([]);
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
    expect(() => parsePraisedPredicates('praise\tgood\npraise\tgood\n', 'x.tsv')).toThrow(/listed twice/);
    expect(() => parsePraisedPredicates('liking\tgood\n', 'x.tsv')).toThrow(/expected/);
  });
});
