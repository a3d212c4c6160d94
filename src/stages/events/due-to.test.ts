import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'gbr', name: 'Thatcher', code: 'GBR', sector: 'GOV' },
  { sent: 0, tokens: [5, 6], id: 'usa', name: 'Reagan', code: 'USA', sector: 'GOV' },
];
/** "Thatcher is <adjective> to meet Reagan .", the infinitive the adjective's `xcomp`. */
const scheduled = (word: string) => parsedDoc([`
  Thatcher Thatcher PROPN NNP 3 nsubj
  is be AUX VBZ 3 cop
  ${word} ${word} ADJ JJ 0 root
  to to PART TO 5 mark
  meet meet VERB VB 3 xcomp
  Reagan Reagan PROPN NNP 5 obj
  . . PUNCT . 3 punct`], { actors, meta: { date: '1987-04-08' } });

describe('a meeting someone is "due to" hold (rule-words.tsv, transparent due)', () => {
  it('issue-12: "Thatcher is due to meet Reagan" is an announced meeting, AGREE (PLOVER: future meetings)', () => {
    expect(codeEvents(scheduled('due'), lexicon).events.map((e) => [e.event, e.actors.map((a) => a.code), e.recipients.map((r) => r.code)]))
      .toEqual([['AGREE', ['GBR'], ['USA']]]);
  });

  it('says why: the schedule is the controller of the meeting, an intent for later', () => {
    const [event] = codeEvents(scheduled('due'), lexicon).events;
    expect(event.reasons.some((r) => r.rule === 'events/controlled' && r.verb === 'due')).toBe(true);
  });
});
