import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Partners named by a plural office through the real pipeline (consultation.ts, finish-trigger.ts; review a #9, #10).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });

/** The events coded from `trigger`, as "EVENT actor->recipient" with sectors. */
const coded = (text: string, trigger: string): string[] => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2023-08-18' } }));
  const side = (p: { code?: string; sector?: string }) => `${p.code ?? '?'}${p.sector ? `/${p.sector}` : ''}`;
  return codeEvents(doc as EventInput, lexicon).events
    .filter((e) => doc.text.slice(e.trigger.start, e.trigger.end).split(' ')[0] === trigger)
    .map((e) => `${e.event} ${e.actors.map(side).join('+')}->${e.recipients.map(side).join('+')}`);
};

describe('each partner named by a plural office', () => {
  it.each([
    // #10: each guest of "the leaders of" takes the office's sector, not only the first.
    ['President Biden hosted the leaders of Japan and South Korea at Camp David.', 'hosted', ['CONSULT USA/GOV->JPN/GOV', 'CONSULT USA/GOV->KOR/GOV']],
    // #9: "met his counterparts from A and B" is one meeting with each, with or without "with".
    ['Secretary of State Antony Blinken met with his counterparts from Japan and South Korea.', 'met', ['CONSULT USA/GOV+JPN/GOV->', 'CONSULT USA/GOV+KOR/GOV->']],
    ['Secretary of State Antony Blinken met his counterparts from Japan and South Korea.', 'met', ['CONSULT USA/GOV+JPN/GOV->', 'CONSULT USA/GOV+KOR/GOV->']],
  ])('"%s"', (text, trigger, expected) => {
    expect(coded(text, trigger)).toEqual(expected);
  });
});
