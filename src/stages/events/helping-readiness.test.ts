import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline, before the learned filter (whose verdict is not the rules').
const pipeline = defaultPipeline({ layers: ['events'] });
const lexicon = loadLexicon();
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}`);

describe('readiness to help is an intent to cooperate (session 50, ev-triggers)', () => {
  it.each([
    ['Russia is ready to help find options for grain exports.', 'AGREE RUS'],
    ['Germany is willing to help Ukraine rebuild its power grid.', 'AGREE DEU'],
  ])('codes a helping verb with no code of its own under readiness: %s', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('leaves "help" alone where no readiness governs it ("help" by itself is no act)', () => {
    expect(coded('Russia helped find options for grain exports.')).toEqual([]);
  });
});
