import { describe, expect, it } from 'vitest';
import type { Document } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { loadLexicon } from './lexicon.js';
import { checkedModel, isRetypable, loadEventType, retypeEvents, typeChoice, type EventTypeModel } from './event-retype.js';
import type { CodedEvent, EventParticipant } from './types.js';

const party = (code: string): EventParticipant => ({ start: 0, end: 5, tokens: [0, 1], actorId: code, name: code, code });

function event(fields: Partial<CodedEvent>): CodedEvent {
  return {
    event: 'SUPPORT', mode: 'visit', context: [], score: 5, quad: 'verbal-cooperation', quadCode: 1, actors: [party('CHL')], recipients: [party('PER')],
    negated: false, hypothetical: false, future: false, historical: false, confidence: 0.8, sent: 0, cameo: '051',
    trigger: { start: 6, end: 12, tokens: [1, 2] }, evidence: { start: 0, end: 40 },
    reasons: [{ rule: 'events/trigger-verb', verb: 'signed' }], why: 'signed', ...fields,
  };
}

/** Tokens of a text whose words are set off by single spaces. */
const tokensOf = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const doc = {
  id: 'd', text: 'Chile signed an agreement with Peru .', meta: { origin: { kind: 'text' } },
  layers: {
    tokens: tokensOf('Chile signed an agreement with Peru .'),
    pos: [{ upos: 'PROPN', xpos: 'NNP', lemma: 'Chile' }, { upos: 'VERB', xpos: 'VBD', lemma: 'sign' }, { upos: 'DET', xpos: 'DT', lemma: 'a' },
      { upos: 'NOUN', xpos: 'NN', lemma: 'agreement' }, { upos: 'ADP', xpos: 'IN', lemma: 'with' }, { upos: 'PROPN', xpos: 'NNP', lemma: 'Peru' },
      { upos: 'PUNCT', xpos: '.', lemma: '.' }],
    deps: [{ head: 1, deprel: 'nsubj' }, { head: -1, deprel: 'root' }, { head: 3, deprel: 'det' }, { head: 1, deprel: 'obj' },
      { head: 5, deprel: 'case' }, { head: 1, deprel: 'obl' }, { head: 1, deprel: 'punct' }],
  },
  diagnostics: [],
} as unknown as Document;

// A hand-made model: an agreement signed is AGREE.
const model: EventTypeModel = {
  classes: ['AGREE', 'SUPPORT', 'ACCUSE'], bias: { AGREE: 0, SUPPORT: 0, ACCUSE: 0 },
  weights: { 'dep:obj:agreement': { AGREE: 2 }, 'rule:SUPPORT': { SUPPORT: 0.5 } }, confidence: 0.6,
};

describe('retypeEvents', () => {
  const lexicon = loadLexicon();

  it('gives a confident other sense of the trigger word, naming both types in why; the mode and score follow the type', () => {
    const [retyped] = retypeEvents(doc, { events: [event({})], rejected: [] }, model, lexicon).events;
    expect(retyped).toMatchObject({ event: 'AGREE', quad: 'verbal-cooperation', quadCode: 1, score: 2.5, cameo: '051' });
    expect(retyped.mode).toBeUndefined();
    expect(retyped.reasons.at(-1)).toEqual({ rule: 'events/retype', from: 'SUPPORT', to: 'AGREE', score: 0.74 });
    expect(retyped.why).toBe('signed; the lexicon gave SUPPORT; the learned type step gives AGREE 0.74');
  });

  it('leaves an event below the confidence, and never re-types a hypothetical one', () => {
    const unsure = { ...model, confidence: 0.8 };
    const layer = { events: [event({}), event({ hypothetical: true })], rejected: [] };
    expect(retypeEvents(doc, layer, unsure, lexicon)).toBe(layer);
    expect(retypeEvents(doc, layer, model, lexicon).events[1]).toBe(layer.events[1]);
  });
});

describe('isRetypable', () => {
  it.each([
    ['a fact of the day', {}, true],
    ['a future act', { future: true }, false],
    // "will visit" is AGREE by the rules' PLOVER future mapping, whatever the verb's sense (the GSR codes it so).
    ['an act the future mapping typed', { reasons: [{ rule: 'events/future-as', from: 'CONSULT', to: 'AGREE' }] }, false],
    ['a hypothetical act', { hypothetical: true }, false],
  ])('%s: %s', (_, fields, retypable) => {
    expect(isRetypable(event(fields as Partial<CodedEvent>))).toBe(retypable);
  });
});

describe('typeChoice', () => {
  it.each([
    [{ AGREE: 0.7, SUPPORT: 0.2, ACCUSE: 0.1 }, ['AGREE', 'SUPPORT'], { to: 'AGREE', p: 0.7 }],
    // ACCUSE is no sense of the word: the most likely of its senses is the rules' own, so no change.
    [{ AGREE: 0.1, SUPPORT: 0.2, ACCUSE: 0.7 }, ['AGREE', 'SUPPORT'], { to: 'SUPPORT', p: 0 }],
  ])('chooses among the senses only (%j)', (p, senses, choice) => {
    expect(typeChoice(p, 'SUPPORT', new Set(senses))).toEqual(choice);
  });
});

describe('the model file', () => {
  it('refuses a class that is no PLOVER type (E520)', () => {
    expect(() => checkedModel({ ...model, classes: ['AGREE', 'HUG'] })).toThrow(DyadError);
  });

  it('reads the shipped weights, trained by npm run train:event-type, over the PLOVER types', () => {
    const shipped = loadEventType();
    expect(shipped.classes).toContain('AGREE');
    expect(shipped.confidence).toBeGreaterThan(0.3);
  });
});
