import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
const lexicon = loadLexicon();

/** The events of trigger `trigger`, as "EVENT actors->recipients" with " hypothetical" when flagged so. */
function codedWithFlag(text: string, trigger: string): string[] {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '1987-06-02' } }));
  return codeEvents(doc as EventInput, lexicon).events
    .filter((e) => doc.text.slice(e.trigger.start, e.trigger.end) === trigger)
    .map((e) => `${e.event} ${e.actors.map((p) => p.code ?? '').join('+')}->${e.recipients.map((p) => p.code ?? '').join('+')}${e.hypothetical ? ' hypothetical' : ''}`);
}

/**
 * "France hopes Germany will expel the diplomats": the parser may read a that-less hoped clause's subject as the hoping
 * verb's object and hang the clause's verb beside it; the clause's act then took the hoper as its doer (review rv-d #5
 * of session 60). The clause's own subject is its doer, and the act is only hoped for, as in a that-clause the parser
 * reads right. Political acts with the hypothetical flag asserted (review rv-b #8: a football "beat" was no act).
 */
describe('the doer of a split that-less hoped clause is its own subject, the act hypothetical', () => {
  it.each([
    ['France hopes Germany will expel the diplomats.', 'expel', 'SANCTION DEU-> hypothetical'],
    ['Britain hopes Iran will release the hostages.', 'release', 'CONCEDE IRN-> hypothetical'],
    // review rv-b #7: the parser hangs the hoping verb on the act (parataxis, advcl); the act was coded as a fact.
    ['Moscow expects Kabul will negotiate with the rebels.', 'negotiate', 'AGREE AFG-> hypothetical'],
    ['The United States expects Israel and Syria will sign a peace treaty.', 'sign', 'AGREE ISR+SYR-> hypothetical'],
  ])('"%s": the act "%s" is its subject\'s, only hoped for', (text, trigger, coded) => {
    expect(codedWithFlag(text, trigger)).toEqual([coded]);
  });
});
