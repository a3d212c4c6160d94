import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// A perfect the parser hung on its object as a participle (clause-rules.ts `isParticipleModifier`): "Over the weekend
// Baker had criticised West German economic policies, saying …" parsed with "criticised" an `amod` of "policies" that
// still holds its subject and "had".
const lexicon = loadLexicon();
const actors: ActorSpec[] = [{ sent: 0, tokens: [0, 1], id: 'baker', name: 'Baker', code: 'USA', sector: 'GOV' }];

/** "Baker <aux> criticised policies , saying they were restrictive ." with "criticised" an `amod` of "policies". */
const criticised = (aux: string[]) => parsedDoc([[
  `Baker Baker PROPN NNP ${aux.length + 2} nsubj`,
  ...aux.map((a) => `${a} ${a === 'had' ? 'have' : a} AUX VBD ${aux.length + 2} aux`),
  `criticised criticise VERB VBN ${aux.length + 3} amod`,
  `policies policy NOUN NNS ${aux.length + 8} obl`,
  `, , PUNCT , ${aux.length + 3} punct`,
  `saying say VERB VBG ${aux.length + 8} mark`,
  `they they PRON PRP ${aux.length + 8} nsubj`,
  `were be AUX VBD ${aux.length + 8} cop`,
  'restrictive restrictive ADJ JJ 0 root',
  `. . PUNCT . ${aux.length + 8} punct`,
].join('\n')], { actors });

describe('a perfect misread as a participle of its object', () => {
  it('is the finite verb when it holds its own subject and "had"', () => {
    const { events, rejected } = codeEvents(criticised(['had']), lexicon);
    expect(events.some((e) => e.event === 'ACCUSE' && e.actors.some((a) => a.code === 'USA'))).toBe(true);
    expect(rejected.some((r) => r.ruleId === 'events/participle')).toBe(false);
  });

  it('stays a participle without the perfect\'s auxiliary', () => {
    const { rejected } = codeEvents(criticised([]), lexicon);
    expect(rejected.some((r) => r.ruleId === 'events/participle')).toBe(true);
  });
});

// Made-up sentences through the real pipeline: the parser makes "had" the main verb and the participle its `xcomp`
// when a word stands between them ("had earlier declined"), which the infinitive rule read as content (#12).
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })).layers.events;
const summary = (text: string) => (coded(text)?.events ?? [])
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}${e.negated || e.hypothetical ? ' flagged' : ''}`);

describe('a perfect the parser split into "have" and an xcomp participle (clause-rules.ts isMisreadPerfect)', () => {
  it.each([
    ['Kuwait had earlier declined an offer of U.S. naval escorts.', 'REJECT KWT->USA'],
    ['Egypt had in March hosted Israeli officials.', 'CONSULT EGY->ISR'],
  ])('issue-12: "%s" is the act done, as the unsplit perfect is', (text, event) => {
    expect(summary(text)).toContain(event);
  });

  it('an obligation keeps its "to" and stays content: "would have to be discussed" is no meeting', () => {
    const text = 'The agreement would have to be discussed by Russia and Ukraine.';
    expect(summary(text).filter((e) => e.startsWith('CONSULT'))).toEqual([]);
    expect(coded(text)?.rejected.filter((r) => r.event === 'CONSULT').map((r) => r.ruleId)).toEqual(['events/infinitive']);
  });

  // Review final1, finding 7: the causative "have X done" has an object between; it is no perfect of "have"'s subject.
  it.each([
    'Egypt had the Israeli ambassador summoned to the foreign ministry.',
    'Iran had three foreign journalists arrested.',
  ])('a causative is no perfect: "%s" codes no act of the subject with no one it is done to', (text) => {
    expect(summary(text).filter((e) => /->( flagged)?$/.test(e))).toEqual([]);
  });
});
