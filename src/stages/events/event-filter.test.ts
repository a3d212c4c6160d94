import { describe, expect, it } from 'vitest';
import type { Document } from '../../core/document.js';
import { filterEvents, loadEventFilter, type EventFilterModel } from './event-filter.js';
import { filterFeatures, withTextKind } from './filter-features.js';
import type { CodedEvent, EventParticipant } from './types.js';

const party = (code: string, sector?: string): EventParticipant => ({ start: 0, end: 6, tokens: [0, 1], actorId: code, name: code, code, ...(sector ? { sector } : {}) });

function event(fields: Partial<CodedEvent>): CodedEvent {
  return {
    event: 'AGREE', context: [], score: 4, quad: 'verbal cooperation', quadCode: 1, actors: [party('RUS', 'GOV')], recipients: [],
    negated: false, hypothetical: false, future: false, historical: false, confidence: 0.8, sent: 0,
    trigger: { start: 7, end: 13, tokens: [1, 2] }, evidence: { start: 0, end: 20 },
    reasons: [{ rule: 'events/trigger-verb', verb: 'agreed' }, { rule: 'roles/subject', actor: { rule: 'actors/name' } }], why: '', ...fields,
  } as CodedEvent;
}

const doc = {
  id: 'd', text: 'Russia agreed to it.', meta: { origin: { kind: 'text' } },
  layers: {
    pos: [{ upos: 'PROPN', xpos: 'NNP', lemma: 'Russia' }, { upos: 'VERB', xpos: 'VBD', lemma: 'agree' }],
    deps: [{ head: 1, deprel: 'nsubj' }, { head: -1, deprel: 'root' }],
  },
  diagnostics: [],
} as unknown as Document;

describe('filterFeatures', () => {
  it('names the type, the trigger lemma, the rules behind the event and its participants (nested ones too)', () => {
    const features = filterFeatures(doc, event({}), []);
    expect(features).toEqual(expect.arrayContaining(['type:AGREE', 'lemma:agree', 'lemma:AGREE:agree', 'deprel:root',
      'rule:events/trigger-verb', 'rule:roles/subject', 'rule:actors/name', 'actors:1', 'recipients:0', 'sentence:0', 'no-site']));
    expect(new Set(features).size).toBe(features.length);
  });

  it('review fix-a #1: names a stranded closing source by the rule id the trained models weigh (events/reported-by)', () => {
    const said = { rule: 'events/stranded-source', speaker: 'Russia (GOV)' };
    const features = filterFeatures(doc, event({ reasons: [{ rule: 'events/trigger-verb', verb: 'agreed' }, said] }), []);
    expect(features).toEqual(expect.arrayContaining(['rule:events/reported-by', 'rule:AGREE:events/reported-by']));
    expect(features.filter((f) => f.includes('stranded-source'))).toEqual([]);
  });
});

describe('withTextKind', () => {
  const kindOf = (layers: object) => withTextKind({ ...doc, layers: { ...doc.layers, ...layers } }, ['type:AGREE']);

  it.each([
    ['an official site\'s readout', { discourse: { publisher: { site: 'kremlin.ru', code: 'RUS', office: 'president' } } }, ['type:AGREE', 'kind:readout', 'readout|type:AGREE']],
    ['wire copy with an agency dateline', { dateline: { span: { start: 0, end: 18 }, sections: [], body: { start: 19, end: 40 } } }, ['type:AGREE', 'kind:wire', 'wire|type:AGREE']],
    ['other text (a GSR sentence)', {}, ['type:AGREE']],
  ])('crosses the features with the kind of %s', (_, layers, features) => {
    expect(kindOf(layers)).toEqual(features);
  });
});

describe('filterEvents', () => {
  const model: EventFilterModel = { bias: -2, weights: { 'recipients:0': 1, 'rule:roles/subject': 2 }, threshold: 0.6 };

  it('turns down a scored event the model finds likely false, with its score and heaviest features', () => {
    const layer = filterEvents(doc, { events: [event({})], rejected: [] }, model);
    expect(layer.events).toEqual([]);
    expect(layer.rejected).toMatchObject([{ ruleId: 'events/filter', event: 'AGREE', }]);
    expect(layer.rejected[0].reasons[0]).toEqual({ rule: 'events/filter', score: 0.73, features: 'rule:roles/subject, recipients:0' });
  });

  it('keeps an event below the threshold with its score in why, and never judges a hypothetical one', () => {
    const below = event({ recipients: [party('UKR')], why: 'agreed' });
    const hoped = event({ hypothetical: true });
    const [kept, unjudged] = filterEvents(doc, { events: [below, hoped], rejected: [] }, model).events;
    expect(kept.reasons.at(-1)).toEqual({ rule: 'events/filter-kept', score: 0.5 });
    expect(kept.why).toBe('agreed; the learned filter gives it 0.5 chance of being false');
    expect(unjudged).toBe(hoped);
  });
});

describe('loadEventFilter', () => {
  it('reads the shipped weights, trained by npm run train:event-filter, with a threshold that turns some events down', () => {
    const model = loadEventFilter();
    expect(model.threshold).toBeGreaterThan(0.5);
    expect(model.threshold).toBeLessThan(1);
    expect(Object.keys(model.weights).length).toBeGreaterThan(100);
  });
});
