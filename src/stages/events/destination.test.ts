import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { codedEvent } from '../../../test/support/test-events.js';
import type { Place } from '../places/types.js';
import { placeEvents } from './place-events.js';

/** "Kuroda <verb> for Washington today ." with Washington a place of the USA and the CONSULT visit on the verb. */
function visitBy(verb: string, lemma: string, marker = 'for') {
  const parsed = parsedDoc([`
    Kuroda Kuroda PROPN NNP 2 nsubj
    ${verb} ${lemma} VERB VBZ 0 root
    ${marker} ${marker} ADP IN 4 case
    Washington Washington PROPN NNP 2 obl
    today today NOUN NN 2 obl:tmod
    . . PUNCT . 2 punct`]);
  const { text } = parsed;
  const start = text.indexOf('Washington');
  const place: Place = { start, end: start + 10, name: 'Washington', country: 'USA', kind: 'city', lat: 1, lon: 2, confidence: 0.9, reasons: [], why: 'test' };
  const doc = makeDoc({ text, layers: { ...parsed.layers, places: [place] } });
  const event = codedEvent(text, { event: 'CONSULT', mode: 'visit', trigger: verb, actor: { words: 'Kuroda', id: 'kuroda', code: 'JPN' } });
  return placeEvents(doc, { events: [{ ...event, trigger: { ...event.trigger, tokens: [1, 2] } }], rejected: [] }).events[0];
}

describe('placeEvents, a visit told by its setting off', () => {
  it('takes the country of "leaves for Washington today" as the host of the visit', () => {
    const placed = visitBy('leaves', 'leave');
    expect(placed.recipients.map((r) => r.code)).toEqual(['USA']);
    expect(placed.why).toContain('where the visit went');
  });

  it('leaves a place after "for" alone when the verb is no setting off ("Kuroda works for Washington today")', () => {
    expect(visitBy('works', 'work').recipients).toEqual([]);
  });
});
