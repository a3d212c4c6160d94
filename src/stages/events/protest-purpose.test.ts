import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const farmers: ActorSpec = { sent: 0, tokens: [0, 1], id: 'farmers', name: 'Spanish farmers', code: 'ESP', sector: 'AGR' };
const summary = (doc: ReturnType<typeof parsedDoc>) => codeEvents(doc, lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => `${a.code}${a.sector ?? ''}`).join('+')}->${e.recipients.map((r) => r.code).join('+')}${e.future ? ' future' : ''}`);

/**
 * "Farmers [will] dumped lemons on the streets to protest against duties ." with "to protest" hung on `head`
 * (a 1-based row: 2 the verb, 6 "streets") as `rel`.
 */
const dumped = (rel: string, head: number, aux = false) => {
  const rows = [
    'Farmers farmer NOUN NNS 2 nsubj', `${aux ? 'dump' : 'dumped'} dump VERB ${aux ? 'VB' : 'VBD'} 0 root`, 'lemons lemon NOUN NNS 2 obj',
    'on on ADP IN 6 case', 'the the DET DT 6 det', 'streets street NOUN NNS 2 obl', 'to to PART TO 8 mark',
    `protest protest VERB VB ${head} ${rel}`, 'against against ADP IN 10 case', 'duties duty NOUN NNS 8 obl', '. . PUNCT . 2 punct',
  ];
  if (aux) rows.splice(1, 0, 'will will AUX MD 3 aux');
  const fix = (row: string) => row.replace(/ (\d+) (\S+)$/, (_m, h: string, r: string) => ` ${aux && Number(h) >= 2 ? Number(h) + 1 : h} ${r}`);
  return parsedDoc([(aux ? rows.map((r, i) => (i === 1 ? r : fix(r))) : rows).join('\n')], { actors: [farmers] });
};

describe('an act done to protest is the protest (protest-purpose.ts)', () => {
  it('issue-12: "dumped lemons on the streets to protest against duties" is a PROTEST of the farmers, the parser\'s `acl` on "streets" too', () => {
    expect(summary(dumped('advcl', 2))).toEqual(['PROTEST ESPAGR->']);
    expect(summary(dumped('acl', 6))).toEqual(['PROTEST ESPAGR->']);
    expect(codeEvents(dumped('acl', 6), lexicon).events[0]?.why).toContain('an act done to protest is the protest');
  });

  it.each([
    [undefined, 'PROTEST KEN->'],
    ['GOV', 'ACCUSE KENGOV->'],
  ])('a people with no sector ("Kenyans stayed home to protest the tax") protest by the act; a government (%s) still accuses', (sector, coded) => {
    const kenyans: ActorSpec = { ...farmers, name: 'Kenyans', code: 'KEN', sector };
    const doc = parsedDoc([[
      'Kenyans Kenyan PROPN NNPS 2 nsubj', 'stayed stay VERB VBD 0 root', 'home home ADV RB 2 advmod', 'to to PART TO 5 mark',
      'protest protest VERB VB 2 advcl', 'the the DET DT 7 det', 'tax tax NOUN NN 5 obj', '. . PUNCT . 2 punct',
    ].join('\n')], { actors: [kenyans] });
    expect(summary(doc)).toEqual([coded]);
  });

  it('is as real as the act: "will dump lemons … to protest" is a protest announced (THREATEN)', () => {
    expect(summary(dumped('advcl', 2, true))).toEqual(['THREATEN ESPAGR->']);
  });

  it('an infinitive of a noun the verb acts on ("dumped a plan to protest") is no protest done', () => {
    expect(summary(dumped('acl', 3))).toEqual([]);
  });

  it.each([
    ['law', 'law', true],
    ['strike', 'strike', false],
  ])('a protest done by a participle describing "the %s" is background only when the noun names no event (%s)', (word, lemma, historical) => {
    const rows = [
      'The the DET DT 2 det', `${word} ${lemma} NOUN NN 11 nsubj`, ', , PUNCT , 4 punct', 'enacted enact VERB VBN 2 acl',
      'by by ADP IN 6 case', 'Washington Washington PROPN NNP 4 obl:agent', 'to to PART TO 8 mark', 'protest protest VERB VB 4 advcl',
      'apartheid apartheid NOUN NN 8 obj', ', , PUNCT , 4 punct', 'bars bar VERB VBZ 0 root', 'imports import NOUN NNS 11 obj', '. . PUNCT . 11 punct',
    ];
    const doc = parsedDoc([rows.join('\n')], { actors: [{ sent: 0, tokens: [5, 6], id: 'usa', name: 'Washington', code: 'USA', sector: 'GOV' }] });
    const protest = codeEvents(doc, lexicon).events.find((e) => e.why.includes('an act done to protest'));
    expect(protest?.historical).toBe(historical);
  });
});

