import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import type { RescueCandidate } from './event-rescue.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline up to the layers events read: the parser hangs the closing source's
// names on "Paris" ("Luke", "Toit" flat) and leaves "said" with no subject.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const stopsOf = (text: string): string[] => {
  const collect: RescueCandidate[] = [];
  const stops: { sent: number; trigger: number; stop: string }[] = [];
  codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-03' } })) as EventInput, lexicon, { collect, stops });
  return stops.map((s) => s.stop);
};
/** The codes of the speakers of the events coded from `text`. */
const speakersOf = (text: string): string[] =>
  codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-03' } })) as EventInput, lexicon).events.flatMap((e) => e.speaker?.code ? [`${e.speaker.code}${e.speaker.sector ?? ''}`] : []);

/** The events coded from `text` (a made-up date in the wire's years). */
const eventsOf = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-04-03' } })) as EventInput, lexicon).events;

describe('a closing source the parser hung inside the report', () => {
  it('issue-12: says that the speaker came from the closing source (reason events/stranded-source)', () => {
    // The parser hangs "Luke" and "Toit" on "reached" and leaves "said" with no subject.
    const text = 'Zambia will ask the World Bank for new loans under the agreement reached today in Paris, Zambian Finance Minister Luke du Toit said.';
    expect(speakersOf(text)).toEqual(['ZMBGOV']);
    const rules = eventsOf(text).flatMap((e) => e.reasons.map((r) => r.rule));
    expect(rules).toContain('events/stranded-source');
    expect(rules).not.toContain('events/reported-by');
  });

  it('issue-12: a place of the report is not the closing source\'s country ("reached today in Paris, Finance Minister …")', () => {
    // The minister took France from "Paris" (discourse from-sentence); the place belongs to the reported clause.
    const text = 'Zambia will ask the World Bank for new loans under an agreement reached today in Paris, Finance Minister Luke du Toit said.';
    expect(speakersOf(text)).not.toContain('FRAGOV');
  });

  // review fix-a #5: a place of the report whose country is that of a party the report codes is the source's too.
  it.each([
    ['France will host peace talks in Paris next month, the foreign ministry said. Britain and Germany welcomed the plan.', 'FRAGOV'],
    ['Nigeria will hold elections in Lagos in May, the Interior Ministry said. Ghana and Togo sent observers.', 'NGAGOV'],
  ])('takes a report\'s place of the report\'s own party\'s country: %s', (text, speaker) => {
    expect(speakersOf(text)).toContain(speaker);
  });

  it('keeps a place in the source\'s own words (", diplomats in Moscow said")', () => {
    expect(speakersOf('Ukraine will ask the World Bank for new loans, diplomats in Moscow said.')).toEqual(['RUSGOV']);
  });

  it('issue-12: names every party of a joint source in the reason (", U.S. and Zambian officials said")', () => {
    const text = 'Zambia will ask the World Bank for new loans under an agreement reached today with its creditors, U.S. and Zambian officials said.';
    const said = eventsOf(text).flatMap((e) => e.reasons.filter((r) => r.rule === 'events/reported-by').map((r) => r.speaker));
    expect(said).toEqual(['United States, Zambia (GOV)']);
  });

  // review fix-a #7, #8: a stranded joint source is split at its coordinator, a bare nationality adjective counts as a
  // part of it, and the reason names the parties in the order the source does.
  it.each([
    ['Zambia will ask the World Bank for new loans under the agreement reached today in Paris, U.S. and Zambian officials said.', 'United States, Zambia (GOV)'],
    ['The United States has agreed to sell wheat to Egypt, Egyptian and American officials said.', 'egyptian (officials), United States (GOV)'],
  ])('names every party of a joint closing source, in order: %s', (text, speaker) => {
    const said = eventsOf(text).flatMap((e) => e.reasons.filter((r) => r.rule === 'events/stranded-source' || r.rule === 'events/reported-by').map((r) => `${r.rule} ${r.speaker as string}`));
    expect(said).toEqual([`events/stranded-source ${speaker}`]);
  });

  it('issue-12: ", Finance Minister Luke du Toit said." is the speaker of the report', () => {
    // A report that codes an event, so that its speaker is asserted, not only the absence of a stop.
    const text = 'Zambia will ask the World Bank for new loans under an agreement reached today with its creditors, Finance Minister Luke du Toit said.';
    expect(stopsOf(text)).not.toContain('no coded speaker');
    expect(speakersOf(text)).toContain('ZMBGOV');
  });

  it('leaves an uncoded closing source uncoded (", banking sources said")', () => {
    expect(stopsOf('Zambia will repay five pct of its debt to the World Bank under an agreement reached today in Paris, banking sources said.'))
      .toContain('no coded speaker');
  });
});
