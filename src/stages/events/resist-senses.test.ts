import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// senses.tsv "resist thing-object" (#12, statement-only misses): resisting a demand or a measure rejects it (REJECT, as
// the training gold codes "Kohl would fiercely resist any such pressure", "would resist expropriation"); CAMEO lists
// "resist" with patterns only, so a content clause of "said" with it coded nothing. Real parses, before the filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const events = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-06-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events;

describe('a demand resisted is rejected', () => {
  it('issue-12: "West German officials said Chancellor Helmut Kohl would fiercely resist any such pressure from the United States." is a REJECT DEU → USA', () => {
    const coded = events('West German officials said Chancellor Helmut Kohl would fiercely resist any such pressure from the United States.');
    expect(coded.map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`)).toContain('REJECT DEU->USA');
  });

  it('keeps a resisted actor out of this sense: "Iraqi troops resisted the Iranian forces." is no REJECT', () => {
    expect(events('Iraqi troops resisted the Iranian forces.').map((e) => e.event)).not.toContain('REJECT');
  });

  it.each([
    ['Ukrainian troops resisted the Russian advance on Bakhmut for months.'],
    ['Ukrainian forces resisted the Russian offensive near Kharkiv.'],
  ])('keeps an armed act resisted out of this sense (fighting, review a): "%s" is no REJECT', (text) => {
    expect(events(text).map((e) => e.event)).not.toContain('REJECT');
  });
});
