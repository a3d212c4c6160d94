import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
/** The rules' events (type/mode) for the real parse of `text`, before the learned filter. */
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('refineMode: crowd-control weapons', () => {
  // PLOVER ASSAULT mode crowd-control: "tear gas, water cannons, …"; CAMEO's FIRE and HURL rows gave 190 (no mode),
  // 193 (firearms) or 183 (suicide-attack) (#12, session 48 review side note).
  it.each([
    'South Korean riot police fired tear gas at thousands of students on Tuesday.',
    'Israeli troops fired tear gas and rubber bullets at Palestinian protesters.',
    'Turkish police used water cannon against Kurdish demonstrators.',
    'Kenyan police fired teargas at the crowd.',
  ])('issue-12: an attack with a crowd-control weapon is ASSAULT/crowd-control (%s)', (text) => {
    expect(coded(text).filter((e) => e.startsWith('ASSAULT'))).toEqual(['ASSAULT/crowd-control']);
  });

  it.each([
    // A modifier of another noun, a conjunct verb's weapon, and a lethal weapon listed with it (session 49 review a).
    ['Israeli aircraft bombed a water cannon factory in Gaza.', 'ASSAULT/heavy-weapons'],
    ['Israeli troops fired rubber bullets and live rounds at Palestinian stone-throwers, killing two.', 'ASSAULT/firearms'],
  ])('leaves "%s" CAMEO\'s mode', (text, expected) => {
    expect(coded(text).filter((e) => e.startsWith('ASSAULT'))[0]).toBe(expected);
  });

  it('gives a killing no crowd-control mode from a conjunct verb\'s tear gas', () => {
    expect(coded('Security forces shot dead five protesters and fired tear gas in Tehran.').filter((e) => e.startsWith('ASSAULT'))).not.toContain('ASSAULT/crowd-control');
  });

  it('leaves an attack with firearms its own mode', () => {
    expect(coded('Israeli troops fired bullets at Palestinian protesters.').filter((e) => e.startsWith('ASSAULT'))).toEqual(['ASSAULT/firearms']);
  });
});
