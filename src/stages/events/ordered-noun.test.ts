import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// rule-words `organizing` "order" (triggers.ts): an order whose object is an event noun is the act ordered, the
// orderer acting, not a demand (#12; PLOVER codes the act ordered).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
/** The rules' events (type, actors > recipients) for the real parse of `text`, before the learned filter. */
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-03' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}>${e.recipients.map((a) => a.code).join('+')}`);

describe('an order of an act named by a noun', () => {
  it.each([
    ['President Reagan ordered an attack on Iranian oil platforms in the Gulf.', 'ASSAULT USA>IRN'],
    ['The Iraqi government ordered the expulsion of two British diplomats.', 'SANCTION IRQ>GBR'],
    ['Soviet leader Mikhail Gorbachev ordered the withdrawal of Soviet troops from Afghanistan.', 'RETREAT SUN>SUN'],
  ])('issue-12: "%s" is the act ordered, no REQUEST', (text, event) => {
    expect(coded(text)).toEqual([event]);
  });

  it('keeps an order to another side a demand: "ordered Iraq to withdraw"', () => {
    expect(coded('The Security Council ordered Iraq to withdraw from Kuwait.')).toEqual(['REQUEST IGO>IRQ']);
  });
});
