import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const brazil: ActorSpec = { sent: 0, tokens: [0, 1], id: 'bra', name: 'Brazil', code: 'BRA', kind: 'country' };
const canada: ActorSpec = { sent: 0, tokens: [0, 1], id: 'can', name: 'Canada', code: 'CAN', kind: 'country' };
const brazilAfter: ActorSpec = { sent: 0, tokens: [4, 5], id: 'bra2', name: 'Brazil', code: 'BRA', kind: 'country' };

describe('events/no-aided: aid that reaches no party but the giver', () => {
  // "Brazil got loans" is now turned down before, as aid received from no one named (events/no-giver, received-acts.ts).
  it('turns down a country allocating funds with no other party named', () => {
    const doc = parsedDoc([`
      Brazil Brazil PROPN NNP 2 nsubj
      allocated allocate VERB VBD 0 root
      funds fund NOUN NNS 2 obj
      . . PUNCT . 2 punct`], { actors: [brazil] });
    const coded = codeEvents(doc, lexicon);
    expect(coded.events.filter((e) => e.event === 'AID' || e.event === 'AGREE')).toEqual([]);
    expect(coded.rejected.map((r) => r.ruleId)).toContain('events/no-aided');
  });
  it('keeps aid given to another party', () => {
    const doc = parsedDoc([`
      Canada Canada PROPN NNP 2 nsubj
      sent send VERB VBD 0 root
      aid aid NOUN NN 2 obj
      to to ADP IN 5 case
      Brazil Brazil PROPN NNP 2 obl
      . . PUNCT . 2 punct`], { actors: [canada, brazilAfter] });
    const coded = codeEvents(doc, lexicon);
    expect(coded.events.map((e) => [e.event, e.actors.map((a) => a.code).join('+'), e.recipients.map((a) => a.code).join('+')]))
      .toContainEqual(['AID', 'CAN', 'BRA']);
    expect(coded.rejected.map((r) => r.ruleId)).not.toContain('events/no-aided');
  });
});
