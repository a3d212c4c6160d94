import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [0, 1], id: 'usa', name: 'United States', code: 'USA' },
  { sent: 0, tokens: [6, 7], id: 'ukr', name: 'Ukraine', code: 'UKR' },
];
/** "USA <verb> to continue to support Ukraine ." — a transparent "continue" between the verb and the act. */
const chain = (verb: string, lemma: string) => parsedDoc([`
  USA USA PROPN NNP 2 nsubj
  ${verb} ${lemma} VERB VBD 0 root
  to to PART TO 4 mark
  continue continue VERB VB 2 xcomp
  to to PART TO 6 mark
  support support VERB VB 4 xcomp
  Ukraine Ukraine PROPN NNP 6 obj
  . . PUNCT . 2 punct`], { actors });

describe('a chain of transparent verbs answers to the verb at its top', () => {
  it('leaves the act an agreement governs through "continue to" to the agreement (no SUPPORT beside the AGREE)', () => {
    const { events, rejected } = codeEvents(chain('agreed', 'agree'), lexicon);
    expect(events.map((e) => e.event)).toEqual(['AGREE']);
    expect(rejected.find((r) => r.event === 'SUPPORT')?.ruleId).toBe('events/infinitive');
  });

  it('passes an intent on through "continue to": "decided to continue to support" is a future SUPPORT, AGREE (PLOVER)', () => {
    const { events } = codeEvents(chain('decided', 'decide'), lexicon);
    const support = events.find((e) => e.recipients.some((r) => r.code === 'UKR'));
    expect(support?.event).toBe('AGREE');
    expect(support?.reasons.some((r) => r.rule === 'events/future-as')).toBe(true);
  });

  it('stops at a transparent verb with a subject of its own, whatever the parser hung it on', () => {
    // "The position remains the same - it wants to support Ukraine": "wants" parsed as an xcomp of "remains".
    const doc = parsedDoc([`
      position position NOUN NN 2 nsubj
      remains remain VERB VBZ 0 root
      it it PRON PRP 4 nsubj
      wants want VERB VBZ 2 xcomp
      to to PART TO 6 mark
      support support VERB VB 4 xcomp
      Ukraine Ukraine PROPN NNP 6 obj
      . . PUNCT . 2 punct`], { actors: [{ sent: 0, tokens: [2, 3], id: 'usa', name: 'United States', code: 'USA' }, { ...actors[1] }] });
    const { events } = codeEvents(doc, lexicon);
    expect(events.find((e) => e.recipients.some((r) => r.code === 'UKR'))?.event).toBe('AGREE');
  });
});
