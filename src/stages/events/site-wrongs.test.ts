import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline up to the layers events read (speech-content.ts `wrongingOf`): a wrong
// told by an official site in its own words is the site's charge, as a named speaker's report of it is.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const UKRAINE = { site: 'president.gov.ua', code: 'UKR', office: 'president' };

/** The ACCUSE events coded in the text's last sentence, as "actor->recipient rule". */
const charges = (text: string, site = true): string[] => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2022-03-20' } }));
  if (site) Object.assign(doc.layers, { discourse: { ...doc.layers.discourse, publisher: UKRAINE } });
  const events = codeEvents(doc as EventInput, lexicon).events;
  const last = Math.max(...events.map((e) => e.sent), 0);
  return events.filter((e) => e.event === 'ACCUSE' && e.sent === last)
    .map((e) => `${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')} ${e.reasons[0]?.rule}`);
};

describe('a wrong told by an official site in its own words (speech-content.ts wrongingOf, #12)', () => {
  it('"Russia ignores the UN resolutions." on president.gov.ua is ACCUSE UKR->RUS', () => {
    expect(charges('Zelensky spoke with Trudeau. Russia ignores the UN resolutions.')).toEqual(['UKR->RUS events/content-wrong']);
  });

  it('codes nothing in a wire story\'s own words (no teller)', () => {
    expect(charges('Zelensky spoke with Trudeau. Russia ignores the UN resolutions.', false)).toEqual([]);
  });

  it('codes nothing for a wrong done to the doer\'s own ("ignoring their own commanders")', () => {
    expect(charges('Zelensky spoke with Trudeau. Russian soldiers are ignoring their own commanders.')).toEqual([]);
  });
});
