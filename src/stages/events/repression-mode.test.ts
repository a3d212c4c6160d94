import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// plover.json cameoOverrides 175: CAMEO2PLOVER puts the context pro_autocracy in the mode column of "use violent
// repression"; PLOVER's ASSAULT has no such mode, so the event has none and the context goes with the contexts (#12).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });

describe('CAMEO 175, violent repression', () => {
  it('issue-12: "used weapons against the demonstrators" is ASSAULT with no mode, contexts pro_autocracy and military', () => {
    const doc = pipeline.run(makeDoc({ text: 'Chinese troops used weapons against the demonstrators in Tiananmen Square.', meta: { date: '1989-06-05' } }));
    const events = codeEvents(doc as Parameters<typeof codeEvents>[0], lexicon).events.filter((e) => e.cameo === '175');
    expect(events.map((e) => [e.event, e.mode, e.context])).toEqual([['ASSAULT', undefined, ['pro_autocracy', 'military']]]);
  });

  it('the shipped table has no mode for 175', () => {
    expect(lexicon.cameo['175']).toMatchObject({ event: 'ASSAULT', context: ['pro_autocracy', 'military'] });
    expect(lexicon.cameo['175']?.mode).toBeUndefined();
  });
});
