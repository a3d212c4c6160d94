import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from '../events/code-events.js';
import { loadLexicon } from '../events/lexicon.js';
import { parseDescribedBodies } from './described-bodies.js';

// The wire's descriptions of the G7 (`data/described-bodies.tsv`) through the real tagger and parser: before them
// "leading industrial nations" made no mention, so the call had no recipient and the meeting no actor (session 50,
// ev-actors2; sentences from the training gold's Reuters-21578 stories of 1987).
const pipeline = defaultPipeline({ layers: ['events'] });
const lexicon = loadLexicon();
const run = (text: string, date: string) => pipeline.run(makeDoc({ text, meta: { date } }));
const coded = (text: string, date: string) => codeEvents(run(text, date) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => `${a.code}${a.sector ?? ''}`).sort().join('+')}>${e.recipients.map((r) => `${r.code}${r.sector ?? ''}`).sort().join('+')}`);
const bodies = (text: string, date: string) => (run(text, date).layers.actors ?? []).filter((m) => m.code === 'IGO').map((m) => `${text.slice(m.start, m.end)}=${m.sector}`);

describe('descriptions of the G7 are the G7', () => {
  it.each([
    ['Leading industrial nations will meet again next month to review their accord on currency stability.', '1987-03-16', 'AGREE IGOG7>'],
    ['Senate Finance Committee Chairman Lloyd Bentsen called on major industrial countries to make a pledge at the coming economic summit in Venice.',
      '1987-04-13', 'REQUEST USALEG>IGOG7'],
  ])('%s', (text, date, expected) => {
    expect(coded(text, date)).toContain(expected);
  });

  it('reads the agent noun of "of seven major industrial countries" as the body', () => {
    expect(bodies('The finance ministers and central bank governors of seven major industrial countries met today.', '1987-04-08'))
      .toEqual(['central bank governors of seven major industrial countries=G7']);
  });

  it.each([
    ['with no "leading", "major" or count', 'Poor countries rely on raw commodity sales to industrial nations to pay their debts.', '1987-03-16'],
    ['before the body existed', 'The leading industrial nations met in Paris to discuss oil prices.', '1974-03-01'],
  ])('leaves the words alone %s', (_, text, date) => {
    expect(bodies(text, date)).toEqual([]);
  });
});

describe('parseDescribedBodies', () => {
  it('reads a row', () => {
    const [body] = parseDescribedBodies('# c\ng7\tGroup of Seven\tIGO\tG7\t1975-11-15\t\tleading/major industrial? nations\n', 'x.tsv');
    expect(body?.from).toBe('1975-11-15');
    expect(body?.descriptions.map((d) => d.map((s) => `${[...s.spellings].join('/')}${s.optional ? '?' : ''}`))).toEqual([['leading/major', 'industrial?', 'nations']]);
  });

  it('rejects a bad code or a description of optional words only', () => {
    expect(() => parseDescribedBodies('g7\tGroup of Seven\tG7\tG7\t\t\tleading nations\n', 'x.tsv')).toThrow(/E1922.*x\.tsv.*line 1/);
    expect(() => parseDescribedBodies('g7\tGroup of Seven\tIGO\tG7\t\t\tleading? nations?\n', 'x.tsv')).toThrow(/E1922/);
  });
});
