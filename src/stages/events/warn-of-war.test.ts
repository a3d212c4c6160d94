import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import type { EventParticipant } from './types.js';

// A warning of war is CAMEO's threat of force (138), not disapproval (110): data/verbs.txt WARN (#12, review of
// session 52, #7). Real parses through the default pipeline.
const pipeline = defaultPipeline({ layers: ['events'] });
const lexicon = loadLexicon();

const party = (p: EventParticipant): string => `${p.code ?? ''}${p.sector ?? ''}`;

/** The events coded on the word `trigger`, as "TYPE CAMEO actor>recipient". */
function codedOn(text: string, trigger: string): string[] {
  const coded = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2022-03-01' } })) as Parameters<typeof codeEvents>[0], lexicon);
  return coded.events.filter((e) => text.slice(e.trigger.start, e.trigger.end) === trigger)
    .map((e) => `${e.event} ${e.cameo} ${e.actors.map(party).join('+')}>${e.recipients.map(party).join('+')}`);
}

describe('warnings of war (#12)', () => {
  it.each([
    ['Iranian Foreign Minister Hossein Amirabdollahian warned of war with Israel.', 'warned', 'THREATEN 138 IRNGOV>ISR'],
    ['Iranian Foreign Minister warns of war with Israel.', 'warns', 'THREATEN 138 IRNGOV>ISR'],
  ])('issue-12: a threat of force (CAMEO 138), not disapproval (110): %s', (text, trigger, expected) => {
    expect(codedOn(text, trigger)).toEqual([expected]);
  });
});

// #12 (session 53, review b of ev-warn, #2): a war between others ("between Israel and Iran") is a third party's
// concern, and a trade or price war (rule-words `unarmed-fight-modifier`) no force: neither is the speaker's threat.
describe('warnings of a war the speaker would not wage (#12)', () => {
  it.each([
    ['Guterres warned of war between Israel and Iran.'],
    ['China warned of a trade war with the United States.'],
  ])('issue-12: no threat of force: %s', (text) => {
    expect(codedOn(text, 'warned')).toEqual([]);
  });
});
