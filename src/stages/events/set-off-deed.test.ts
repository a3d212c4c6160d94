import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const date = '2024-03-05';

describe('set-off deeds: a material participle after the main clause is its subject\'s act (#12)', () => {
  it.each([
    ['Israeli forces raided the town of Jenin, detaining 20 Palestinians.', 'detaining', 'COERCE ISR->PSE'],
    ['Israeli troops stormed the village of Beita, detaining 30 Palestinians.', 'detaining', 'COERCE ISR->PSE'],
    ['Russian forces shelled Kharkiv, capturing 12 Ukrainian soldiers.', 'capturing', 'COERCE RUS->UKR'],
    ['Israeli forces withdrew from Jenin, ending a three-day raid.', 'withdrew', 'RETREAT ISR->'],
  ])('%s', (text, trigger, expected) => {
    expect(codedAt(text, trigger, date)).toEqual([expected]);
  });

  it.each([
    ['The storm hit the coast on Monday, killing 12 people.', 'killing'],
    ['Israeli forces withdrew from Jenin, ending a three-day raid.', 'ending'],
    ['Rebels seized the town of Goma, forcing the Congolese army to retreat.', 'forcing'],
    ['Iran reported advances near Basra, bringing Iraqi towns within artillery range.', 'bringing'],
    ['Iran reported advances near Basra, killing hundreds of Iraqi soldiers.', 'killing'],
    ['The army arrested a group of rebels, ambushing a convoy near Goma.', 'ambushing'],
    ['Russian forces attacked Ukrainian troops near Bakhmut, retreating from the city.', 'retreating'],
  ])('leaves a deed without a coded doer, or told after a deedless clause: %s', (text, trigger) => {
    expect(codedAt(text, trigger, date)).toEqual([]);
  });

  const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
  /** The flags of the real (not negated, not hypothetical) events coded at `trigger`. */
  const realAt = (text: string, trigger: string): string[] => {
    const doc = pipeline.run(makeDoc({ text, meta: { date } }));
    return codeEvents(doc as EventInput, loadLexicon()).events
      .filter((e) => doc.text.slice(e.trigger.start, e.trigger.end) === trigger && !e.negated && !e.hypothetical)
      .map((e) => e.event);
  };

  it.each([
    ['Israel plans to raid Jenin next week, detaining militants.', 'detaining'],
    ['Israel wants to raid Jenin, detaining militants.', 'detaining'],
  ])('is no real deed under a host that is only planned or wanted: %s', (text, trigger) => {
    expect(realAt(text, trigger)).toEqual([]);
  });

  it('keeps only its own negation, not its host\'s ("did not raid …, detaining … instead")', () => {
    expect(realAt('Israeli troops did not raid Jenin, detaining 20 Palestinians instead.', 'detaining')).toEqual(['COERCE']);
  });

  it('says it adds a deed, not a verbal act', () => {
    const text = 'Israeli forces raided the town of Jenin, detaining 20 Palestinians.';
    const doc = pipeline.run(makeDoc({ text, meta: { date } }));
    const deed = codeEvents(doc as EventInput, loadLexicon()).events.find((e) => text.slice(e.trigger.start, e.trigger.end) === 'detaining');
    expect(deed?.reasons.map((r) => r.rule)).toContain('events/set-off-deed');
  });
});
