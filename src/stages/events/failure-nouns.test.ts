import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { parseFailureNouns } from './failure-nouns.js';
import { loadLexicon } from './lexicon.js';

// A side's failure named in another side's speech (failure-nouns.ts, speech-content.ts, #12).
const lexicon = loadLexicon();
const actor = (tokens: [number, number], code: string, name = code, sector?: string): ActorSpec => ({ sent: 0, tokens, id: name.toLowerCase(), name, code, ...(sector ? { sector } : {}) });
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => `${a.code}${a.sector ?? ''}`).join('+')}->${e.recipients.map((r) => `${r.code}${r.sector ?? ''}`).join('+')}`);

/** "Advani said <owner> 's <noun> [to act] hurt prices ." */
const told = (owner: string, code: string, noun: string, infinitive: boolean, sector = 'GOV') => {
  const verb = infinitive ? 8 : 6;
  const rows = [
    'Advani Advani PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', `${owner} ${owner} PROPN NNP 5 nmod:poss`, "'s 's PART POS 3 case",
    `${noun} ${noun} NOUN NN ${verb} nsubj`, ...(infinitive ? ['to to PART TO 7 mark', 'act act VERB VB 5 acl'] : []),
    `hurt hurt VERB VBD 2 ccomp`, 'prices price NOUN NNS ' + verb + ' obj', '. . PUNCT . 2 punct',
  ].join('\n');
  return parsedDoc([rows], { actors: [actor([0, 1], 'IND', 'Lal Krishna Advani', 'OPP'), actor([2, 3], code, owner, sector)] });
};

describe('failures named in speech (failure-nouns.ts)', () => {
  it('reads "said Gandhi\'s failure to act hurt prices" as the speaker\'s ACCUSE of the owner', () => {
    expect(summary(told('Gandhi', 'IND', 'failure', true)).filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE INDOPP->INDGOV']);
    expect(codeEvents(told('Gandhi', 'IND', 'failure', true), lexicon).events.find((e) => e.event === 'ACCUSE')?.reasons[0].rule).toBe('events/content-failure');
  });

  it('needs the infinitive for "failure" ("Japan\'s failure hurt prices" tells how things went), not for "reluctance"', () => {
    expect(summary(told('Japan', 'JPN', 'failure', false)).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
    expect(summary(told('Japan', 'JPN', 'reluctance', false)).filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE INDOPP->JPNGOV']);
  });

  it('blames no one of the speaker\'s own side', () => {
    expect(summary(told('Advani', 'IND', 'failure', true, 'OPP')).filter((e) => e.startsWith('ACCUSE'))).toEqual([]);
  });

  it('reads a failure the parser made the object of "said", its predicate a clause of "said" ("said Gandhi\'s failure to act was a serious matter")', () => {
    const doc = parsedDoc([[
      'Advani Advani PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'Gandhi Gandhi PROPN NNP 5 nmod:poss', "'s 's PART POS 3 case",
      'failure failure NOUN NN 2 obj', 'to to PART TO 7 mark', 'act act VERB VB 5 acl', 'was be AUX VBD 11 cop', 'a a DET DT 11 det',
      'serious serious ADJ JJ 11 amod', 'matter matter NOUN NN 2 ccomp', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'IND', 'Lal Krishna Advani', 'OPP'), actor([2, 3], 'IND', 'Gandhi', 'GOV')] });
    expect(summary(doc).filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE INDOPP->INDGOV']);
  });

  it('blames no one for a failure the speaker calls good ("said Gandhi\'s failure to act was good news", "was welcome"; review ev-said 1)', () => {
    const rows = (pred: readonly string[]) => parsedDoc([[
      'Advani Advani PROPN NNP 2 nsubj', 'said say VERB VBD 0 root', 'Gandhi Gandhi PROPN NNP 5 nmod:poss', "'s 's PART POS 3 case",
      'failure failure NOUN NN 2 obj', 'to to PART TO 7 mark', 'act act VERB VB 5 acl', ...pred, '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [actor([0, 1], 'IND', 'Lal Krishna Advani', 'OPP'), actor([2, 3], 'IND', 'Gandhi', 'GOV')] });
    const accusations = (doc: ReturnType<typeof parsedDoc>) => summary(doc).filter((e) => e.startsWith('ACCUSE'));
    expect(accusations(rows(['was be AUX VBD 10 cop', 'good good ADJ JJ 10 amod', 'news news NOUN NN 2 ccomp']))).toEqual([]);
    expect(accusations(rows(['was be AUX VBD 9 cop', 'welcome welcome ADJ JJ 2 ccomp']))).toEqual([]);
    expect(accusations(rows(['was be AUX VBD 9 cop', 'a a DET DT 10 det', 'relief relief NOUN NN 2 ccomp']))).toEqual([]);
    expect(accusations(rows(['was be AUX VBD 10 cop', 'bad bad ADJ JJ 10 amod', 'news news NOUN NN 2 ccomp']))).toEqual(['ACCUSE INDOPP->INDGOV']);
  });

  it('refuses a malformed data row (E170)', () => {
    expect(() => parseFailureNouns('sometimes\tfailure\n', 'x.tsv')).toThrow(/^E170: .*expected/);
    expect(() => parseFailureNouns('infinitive\n', 'x.tsv')).toThrow(/^E170: .*expected/);
    expect(() => parseFailureNouns('bare\tfailure\nbare\tfailure\n', 'x.tsv')).toThrow(/^E170: .*line 2.*listed twice/);
  });
});

// Review fixes (session 42, fix-ev-speech): what a failure noun must not blame.
describe('failures that are no one\'s fault, or not yet anyone\'s (failure-nouns.ts)', () => {
  /** "<Speaker> said [det] <owner> 's failure to <verb> the town [aux] hurt <obj> ." */
  const failed = (verb: string, opts: { det?: string; aux?: string } = {}) => {
    const d = opts.det ? 1 : 0;
    const a = opts.aux ? 1 : 0;
    const noun = 5 + d;
    const head = 10 + d + a;
    const rows = [
      'officials official NOUN NNS 2 nsubj', 'said say VERB VBD 0 root', ...(opts.det ? [`${opts.det} ${opts.det} DET DT ${noun} det`] : []),
      `Russia Russia PROPN NNP ${noun} nmod:poss`, `'s 's PART POS ${3 + d} case`, `failure failure NOUN NN ${head} nsubj`,
      `to to PART TO ${noun + 2} mark`, `${verb} ${verb} VERB VB ${noun} acl`, `the the DET DT ${noun + 4} det`, `town town NOUN NN ${noun + 2} obj`,
      ...(opts.aux ? [`${opts.aux} ${opts.aux} AUX MD ${head} aux`] : []),
      `hurt hurt VERB VBD 2 ccomp`, `prices price NOUN NNS ${head} obj`, '. . PUNCT . 2 punct',
    ].join('\n');
    return parsedDoc([rows], { actors: [actor([0, 1], 'UKR', 'Ukrainian officials', 'GOV'), actor([2 + d, 3 + d], 'RUS', 'Russia')] });
  };
  const accused = (doc: ReturnType<typeof parsedDoc>) => summary(doc).filter((e) => e.startsWith('ACCUSE'));

  it('blames no one for a gain not had ("Russia\'s failure to take Bakhmut has weakened its army")', () => {
    expect(accused(failed('take'))).toEqual([]);
    expect(accused(failed('capture'))).toEqual([]);
    expect(accused(failed('abolish'))).toEqual(['ACCUSE UKRGOV->RUS']);
  });

  it('blames no one for a failure that may come ("any failure of Iran to comply would be a serious matter")', () => {
    expect(accused(failed('abolish', { det: 'any' }))).toEqual([]);
    expect(accused(failed('abolish', { aux: 'could' }))).toEqual([]);
    // A failure that "will push up prices" is told as a fact, as is indirect speech's "would" (the "will" moved back).
    expect(accused(failed('abolish', { aux: 'will' }))).toEqual(['ACCUSE UKRGOV->RUS']);
    expect(accused(failed('abolish', { aux: 'would' }))).toEqual(['ACCUSE UKRGOV->RUS']);
  });

  it('reads a quote\'s own "would" as a condition ("\'Russia\'s failure to abolish the town would hurt prices,\' officials said")', () => {
    const rows = [
      'Russia Russia PROPN NNP 3 nmod:poss', "'s 's PART POS 1 case", 'failure failure NOUN NN 9 nsubj', 'to to PART TO 5 mark',
      'abolish abolish VERB VB 3 acl', 'the the DET DT 7 det', 'town town NOUN NN 5 obj', 'would would AUX MD 9 aux',
      'hurt hurt VERB VB 0 root', 'prices price NOUN NNS 9 obj', ', , PUNCT , 9 punct', 'officials official NOUN NNS 13 nsubj',
      'said say VERB VBD 9 parataxis', '. . PUNCT . 9 punct',
    ].join('\n');
    const doc = parsedDoc([rows], { actors: [actor([11, 12], 'UKR', 'Ukrainian officials', 'GOV'), actor([0, 1], 'RUS', 'Russia')] });
    expect(accused(doc)).toEqual(['ACCUSE UKRGOV->RUS']);
    const start = doc.layers.tokens[0].start;
    const end = doc.layers.tokens[9].end;
    const speaker = { start: doc.layers.tokens[11].start, end: doc.layers.tokens[11].end, tokens: [11, 12] as const, actorId: 'ukrainian officials' };
    const quoted = { ...doc, layers: { ...doc.layers, quotes: [{ kind: 'direct' as const, sent: 0, closed: true, start, end, speaker, reasons: [], why: '' }] } };
    expect(accused(quoted)).toEqual([]);
  });
});
