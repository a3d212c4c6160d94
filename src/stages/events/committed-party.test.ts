import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();

const sullivan: ActorSpec = { sent: 0, tokens: [0, 1], id: 'sullivan', name: 'Jake Sullivan', code: 'USA', sector: 'GOV', kind: 'person' };

/** "Sullivan reiterated the commitment to <object> ." */
function reiterated(object: string, actors: ActorSpec[]) {
  const rows = [
    'Sullivan Sullivan PROPN NNP 2 nsubj', 'reiterated reiterate VERB VBD 0 root', 'the the DET DT 4 det',
    'commitment commitment NOUN NN 2 obj', 'to to ADP IN 6 case', `${object} 4 nmod`, '. . PUNCT . 2 punct',
  ];
  return codeEvents(parsedDoc([rows.join('\n')], { actors: [sullivan, ...actors] }), lexicon).events;
}

describe('a commitment reiterated', () => {
  it('to a country is support for it (SUPPORT, CAMEO 051), with its reason', () => {
    const events = reiterated('Korea Korea PROPN NNP', [{ sent: 0, tokens: [5, 6], id: 'KOR', name: 'Korea', code: 'KOR', kind: 'country' }]);
    const support = events.find((e) => e.reasons.some((r) => r.rule === 'events/committed-party'));
    expect(support?.event).toBe('SUPPORT');
    expect(support?.cameo).toBe('051');
    expect(events.some((e) => e.event === 'AGREE')).toBe(false);
  });

  it('to an actor named by a sector noun, not a country or organisation, keeps the intent (AGREE)', () => {
    const events = reiterated('opposition opposition NOUN NN', [{ sent: 0, tokens: [5, 6], id: 'opposition', name: 'opposition', code: 'USA', sector: 'OPP' }]);
    expect(events.map((e) => e.event)).toContain('AGREE');
    expect(events.some((e) => e.reasons.some((r) => r.rule === 'events/committed-party'))).toBe(false);
  });

  it('to a thing keeps the intent (AGREE)', () => {
    const events = reiterated('partnership partnership NOUN NN', []);
    expect(events.map((e) => e.event)).toContain('AGREE');
  });
});
