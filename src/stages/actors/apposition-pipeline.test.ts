import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { resolvedActors } from '../discourse/merge.js';

/**
 * Wire titles that give a person the knowledge base lacks a country, read through the real tagger, parser and NER
 * (session 47, ev-speaker: the statement-content step turned these speakers down as uncoded; training gold
 * reuters-2614, -11849, -16187 name their speakers so).
 */
describe('wire titles of uncoded people through the pipeline', () => {
  const pipeline = defaultPipeline({ layers: ['discourse'] });
  const codes = (text: string, words: string): string[] => {
    const doc = pipeline.run(makeDoc({ text, meta: { date: '1987-04-13' } }));
    // The phrase grammar may take the title into the person's mention ("Britain's minister for trade Alan Clark").
    return resolvedActors(doc).filter((m) => text.slice(m.start, m.end).endsWith(words)).map((m) => `${m.code ?? '-'} ${m.sector ?? '-'}`);
  };

  it.each([
    ['JOHANNESBURG, March 6 - South Africa\'s director-general of finance Chris Stals said the banks had refused the plan.', 'Chris Stals', 'ZAF GOV'],
    ['FRANKFURT, April 1 - Ontario\'s minister of financial institutions Monte Kwinter said Ottawa had sent a confusing signal.', 'Monte Kwinter', 'CAN GOV'],
    ['LONDON, April 1 - Britain\'s minister for trade Alan Clark said Japan had broken its promise.', 'Alan Clark', 'GBR GOV'],
  ])('a lower-case portfolio after the title before the name: %s', (text, name, code) => {
    expect(codes(text, name)).toEqual([code]);
  });

  it.each([
    ['TOKYO, April 13 - Shinji Fukukawa, Vice Minister of the International Trade and Industry Ministry, said Japan would consider measures.', 'Shinji Fukukawa', 'JPN GOV'],
    ['BONN, April 13 - Hans Tietmeyer, director-general of the Finance Ministry, said West Germany would not cut rates.', 'Hans Tietmeyer', 'DEU GOV'],
  ])('a ministry named in the title after the name makes an official of the story\'s country: %s', (text, name, code) => {
    expect(codes(text, name)).toEqual([code]);
  });

  it.each([
    // The portfolio words must follow a title word and its "of": "the city of" is no office.
    ['PARIS, April 1 - The mayor said the people of southern France John Smith had met were angry.', 'John Smith'],
    // A company's title names no office of state.
    ['NEW YORK, April 1 - Walter Smith, chairman of the company, said the union had refused the offer.', 'Walter Smith'],
  ])('gives no office where the title names none: %s', (text, name) => {
    expect(codes(text, name).every((c) => !c.endsWith('GOV'))).toBe(true);
  });

  it.each([
    // Training gold reuters-17462: "Ivanov also accused the United States …" (SUN GOV), turned down as uncoded.
    ['KUWAIT, June 1 - Alexander Ivanov, head of the Gulf desk at the Soviet Foreign Ministry, told a newspaper Moscow would answer back.', 'Alexander Ivanov', 'SUN GOV'],
  ])('a wire title in apposition that names a unit of the body: %s', (text, name, code) => {
    expect(codes(text, name)).toEqual([code]);
  });
});
