import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// collisions.ts: a vehicle, ship or aircraft running into a hazard of travel (rule-words `collision-hazard`) is an
// accident, no ASSAULT (#12). Real parses, the rules' events before the learned filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((a) => a.code).join('+')}`);

describe('a collision with a hazard of travel', () => {
  it.each([
    ['A Soviet tanker hit a mine in the Gulf on Friday.'],
    ['The Japan Air Lines aircraft hit Mount Osutaka, killing 520 people.'],
  ])('issue-12: "%s" is an accident, no ASSAULT', (text) => {
    expect(coded(text).filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
  });

  it('keeps an air strike on a target: "Iraqi warplanes hit an Iranian oil platform"', () => {
    expect(coded('Iraqi warplanes hit an Iranian oil platform in the Gulf.')).toEqual(['ASSAULT IRQ>IRN']);
  });

  // Review C, findings 1-4, 10: force by a weapon or a warplane on a target named like a hazard stays an attack.
  it.each([
    ['Israeli warplanes struck Hezbollah positions on Mount Hermon on Tuesday.'],
    ['Russian missiles struck a mine in the Donetsk region on Tuesday.'],
    ['Russian missiles hit power pylons near Kharkiv overnight, cutting electricity to thousands.'],
    ['Israeli aircraft struck a hill near the Lebanese border town of Khiam, the army said.'],
  ])('issue-12: "%s" keeps its ASSAULT', (text) => {
    expect(coded(text).some((e) => e.startsWith('ASSAULT'))).toBe(true);
  });

  // Session 50: a warship or a tank is no vehicle for the force patterns, but one that runs into a mine or a reef had an
  // accident, whatever its block's patterns read ("off the coast" was KICK's "* OFF", talks).
  it.each([
    ['A Russian warship hit a mine in the Black Sea on Tuesday, the navy said.'],
    ['The Russian warship hit a mine off the coast of Ukraine.'],
  ])('issue-12: "%s" is an accident, no event', (text) => {
    expect(coded(text)).toEqual([]);
  });

  it('keeps a warship\'s fire on a hill: "A Russian warship struck a hill near Odesa"', () => {
    expect(coded('A Russian warship struck a hill near Odesa on Tuesday.').some((e) => e.startsWith('ASSAULT'))).toBe(true);
  });
});
