import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// roles.ts: who does an event noun's act and to whom (session 53 review d #9). Real parses, the rules' events
// before the learned filter.
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1992-03-02' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).sort().join('+')}>${e.recipients.map((r) => r.code).sort().join('+')}`);

describe('an event noun\'s "from" phrase names its doer, and then its "of" phrase whom it is done to (rule-words event-agent-marker)', () => {
  it.each([
    // Coded ISR's own ACCUSE before: the "of" phrase was read as the agent.
    ['There was criticism of Israel from France.', 'ACCUSE FRA>ISR'],
    ['There was condemnation of Russia from Germany.', 'ACCUSE DEU>RUS'],
    // Session 54 review b #3: the noun's target phrase (rule-words noun-target-marker: on, against) is whom it is done to
    // when it has no "of" phrase (LBN -> none before).
    ['There was an attack on Israel from Lebanon.', 'ASSAULT LBN>ISR'],
  ])('"%s" codes %s', (text, event) => {
    expect(coded(text)).toContain(event);
  });
});
