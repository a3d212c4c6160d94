import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'yug', name: 'Mikulic', code: 'YUG', sector: 'GOV' },
  { sent: 0, tokens: [2, 3], id: 'deu', name: 'Germany', code: 'DEU', sector: 'GOV' },
];
/** "Mikulic <visits> Germany <when> .", filed on 1987-03-02, the time word dated `value` by the dates stage. */
function visits(verb: string, xpos: string, when: string, value: string) {
  const doc = parsedDoc([`
  Mikulic Mikulic PROPN NNP 2 nsubj
  ${verb} visit VERB ${xpos} 0 root
  Germany Germany PROPN NNP 2 obj
  ${when} ${when} PROPN NNP 2 obl:tmod
  . . PUNCT . 2 punct`], { actors, meta: { date: '1987-03-02' } });
  const hint = { start: doc.layers.tokens[3].start, end: doc.layers.tokens[3].end, value };
  return { ...doc, layers: { ...doc.layers, dates: [hint] } as typeof doc.layers };
}
const coded = (doc: ReturnType<typeof visits>) => codeEvents(doc, lexicon).events.map((e) => e.event);

describe('a meeting or visit a report tells in the present with a later day (meeting-ahead.ts)', () => {
  it('issue-12: "visits Germany Tuesday" is a scheduled visit, AGREE (PLOVER manual 376), though dated the article\'s week', () => {
    expect(coded(visits('visits', 'VBZ', 'Tuesday', '1987-02-24'))).toEqual(['AGREE']);
    const [event] = codeEvents(visits('visits', 'VBZ', 'Tuesday', '1987-02-24'), lexicon).events;
    expect(event.reasons.some((r) => r.rule === 'events/meeting-ahead')).toBe(true);
  });

  it('reads a date after the article\'s as a later day ("next week")', () => {
    expect(coded(visits('visits', 'VBZ', 'soon', '1987-03-09'))).toEqual(['AGREE']);
  });

  it('reads "next week", which the dates stage gives no day, as a later day', () => {
    const doc = parsedDoc([`
  Mikulic Mikulic PROPN NNP 2 nsubj
  visits visit VERB VBZ 0 root
  Germany Germany PROPN NNP 2 obj
  next next ADJ JJ 5 amod
  week week NOUN NN 2 obl:tmod
  . . PUNCT . 2 punct`], { actors, meta: { date: '1987-03-02' } });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toEqual(['AGREE']);
  });

  it('leaves a visit of the day, and a past one, a CONSULT', () => {
    expect(coded(visits('visits', 'VBZ', 'today', '1987-03-02'))).toEqual(['CONSULT']);
    expect(coded(visits('visited', 'VBD', 'Tuesday', '1987-02-24'))).toEqual(['CONSULT']);
  });

  it('leaves an official readout\'s present to its own reading', () => {
    const doc = visits('visits', 'VBZ', 'Tuesday', '1987-02-24');
    Object.assign(doc.layers, { discourse: { publisher: { site: 'kremlin.ru', code: 'RUS', office: 'president' }, mentions: [] } });
    expect(coded(doc)).toEqual(['CONSULT']);
  });
});
