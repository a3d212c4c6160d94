import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from '../events/code-events.js';
import { loadLexicon } from '../events/lexicon.js';

// Review e of session 50, finding 2, through the real tagger and parser: the items of a list whose lead-in ends in a
// colon ("The German government said it would:") had broken off after the first, so the third lost its subject and
// its event ("send more weapons to Ukraine", AID DEU>UKR, which the list read as one unit still gives).
const pipeline = defaultPipeline({ layers: ['events'] });
const lexicon = loadLexicon();
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2022-03-20' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((r) => r.code).join('+')}`);

describe('a list after a lead-in that ends in no stop', () => {
  it('reads the third item with the lead-in\'s subject', () => {
    const text = 'BERLIN (Reuters) - Germany responded on Monday.\n\nThe German government said it would:\n- expel four Russian diplomats\n- freeze the assets of Russian oligarchs\n- send more weapons to Ukraine\n';
    expect(coded(text)).toContain('AID DEU>UKR');
  });
});
