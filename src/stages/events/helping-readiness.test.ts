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

// Review c findings 8, 9 and 11 (session 50, fix-c2): readiness denied, refused or set on a condition.
describe('readiness to help denied, refused or conditional', () => {
  const full = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2023-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events;

  it('reads readiness under a verb of denial as denied: "denied that it was ready to help" asserts no intent', () => {
    const agree = full('China denied that it was ready to help Russia with weapons.').filter((e) => e.event === 'AGREE');
    expect(agree.every((e) => e.negated)).toBe(true);
  });

  it('reads denied readiness to help as the refusal', () => {
    expect(coded('Germany is not ready to help Ukraine rebuild its air defences, Chancellor Olaf Scholz said.')).toContain('REJECT DEU');
  });

  it('takes no recipient from the condition set on the readiness', () => {
    const agree = full('China is ready to help if Russia and Ukraine ask for mediation, Foreign Minister Wang Yi said.').find((e) => e.event === 'AGREE');
    expect(agree?.recipients.map((r) => r.code)).toEqual([]);
  });
});
