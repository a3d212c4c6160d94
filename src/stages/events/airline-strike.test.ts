import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline (session 55 review leftovers): airline staff on strike are labour of
// their employer's country (actors `data/agents.tsv`); before, "Pilots" named no one and the strike was Air France's
// country alone (FRA, no sector).
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const strikers = (text: string) => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '1990-05-02' } }));
  return codeEvents(doc as EventInput, loadLexicon()).events.map((e) => e.actors.map((a) => `${a.code ?? ''}${a.sector ?? ''}`).join('+'));
};

describe('airline staff on strike are labour (#12)', () => {
  it.each([
    ['Pilots at Air France went on strike on Monday.', 'FRALAB'],
    ['Flight attendants at Lufthansa in Germany went on strike on Monday.', 'DEULAB'],
  ])('"%s" → %s', (text, actor) => {
    expect(strikers(text)).toEqual([actor]);
  });
});
