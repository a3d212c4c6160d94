import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const actors: ActorSpec[] = [
  { sent: 0, tokens: [6, 7], id: 'usa', name: 'Baker', code: 'USA', sector: 'GOV' },
  { sent: 0, tokens: [10, 11], id: 'nor', name: 'Stoltenberg', code: 'NOR', sector: 'GOV' },
];
/** "Officials said in an interview that Baker had met with Stoltenberg .", "met" hung on "interview" (`acl`). */
const hung = () => parsedDoc([`
  Officials official NOUN NNS 2 nsubj
  said say VERB VBD 0 root
  in in ADP IN 5 case
  an a DET DT 5 det
  interview interview NOUN NN 2 obl
  that that SCONJ IN 9 mark
  Baker Baker PROPN NNP 9 nsubj
  had have AUX VBD 9 aux
  met meet VERB VBN 5 acl
  with with ADP IN 11 case
  Stoltenberg Stoltenberg PROPN NNP 9 obl
  . . PUNCT . 2 punct`], { actors, meta: { date: '1987-03-02' } });

describe('a finite clause the parser hung on a noun (clause-rules.ts isHungClause)', () => {
  it('issue-12: "that Baker had met with Stoltenberg", with its own subject and auxiliary, is an act, not a participle', () => {
    const events = codeEvents(hung(), lexicon).events;
    expect(events.map((e) => e.event)).toEqual(['CONSULT']);
    expect(codeEvents(hung(), lexicon).rejected.some((r) => r.ruleId === 'events/participle')).toBe(false);
  });
});
