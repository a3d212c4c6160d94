import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// body-meetings.ts: "a meeting of the ICO council lasted hours": the body whose meeting the noun names consulted.
const lexicon = loadLexicon();
const body: ActorSpec = { sent: 0, tokens: [3, 4], id: 'ico', name: 'International Coffee Organization', code: 'IGOICO', kind: 'organization' };

/** "A meeting <marker> <Body> <verb> hours .", optionally with "is expected" instead of a past verb. */
const doc = (marker: string, verb = 'lasted', lemma = 'last') => parsedDoc([`
  A a DET DT 2 det
  meeting meeting NOUN NN 5 nsubj
  ${marker} ${marker} ADP IN 4 case
  ICO ICO PROPN NNP 2 nmod
  ${verb} ${lemma} VERB VBD 0 root
  hours hour NOUN NNS 5 obj
  . . PUNCT . 5 punct`], { actors: [body] });

const consults = (d: ReturnType<typeof doc>) => codeEvents(d, lexicon).events.filter((e) => e.event === 'CONSULT');

describe('a body\'s meeting named by its noun', () => {
  it('codes "a meeting of the ICO lasted hours" as the body\'s consultation, with no recipient', () => {
    const [meeting, ...rest] = consults(doc('of'));
    expect(rest).toEqual([]);
    expect(meeting?.actors.map((a) => a.code)).toEqual(['IGOICO']);
    expect(meeting?.recipients).toEqual([]);
    expect(meeting?.reasons.some((r) => r.rule === 'events/cameo' && JSON.stringify(r).includes('events/trigger-body-meeting'))).toBe(true);
  });

  it('leaves a meeting still to come ("a meeting of the ICO is expected") and a partner\'s meeting to other rules', () => {
    expect(consults(doc('of', 'expected', 'expect'))).toEqual([]);
    expect(consults(doc('with')).some((e) => JSON.stringify(e.reasons).includes('events/trigger-body-meeting'))).toBe(false);
  });
});
