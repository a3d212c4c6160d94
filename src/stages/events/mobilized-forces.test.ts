import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
/** "Russian forces were placed on high alert." with the subject's actor in a given sector. */
const sentence = (sector: string) => {
  const actors: ActorSpec[] = [{ sent: 0, tokens: [0, 2], id: 'rus-forces', name: 'Russian forces', code: 'RUS', sector }];
  return parsedDoc([`
    Russian Russian ADJ JJ 2 amod
    forces force NOUN NNS 4 nsubj:pass
    were be AUX VBD 4 aux:pass
    placed place VERB VBN 0 root
    on on ADP IN 7 case
    high high ADJ JJ 7 amod
    alert alert NOUN NN 4 obl
    . . PUNCT . 4 punct`], { actors });
};

describe('mobilized forces', () => {
  it('makes the armed forces of an agentless passive of mobilisation the side that mobilises', () => {
    const { events } = codeEvents(sentence('MIL'), lexicon);
    const mobilized = events.find((e) => e.event === 'MOBILIZE');
    expect(mobilized?.actors.map((a) => a.code)).toEqual(['RUS']);
    expect(mobilized?.recipients).toEqual([]);
    expect(mobilized?.reasons.some((r) => r.rule === 'events/mobilized-forces')).toBe(true);
  });

  it('leaves a passive subject that is not armed forces without a doer ("FEMA employees were deployed")', () => {
    const { events, rejected } = codeEvents(sentence('GOV'), lexicon);
    expect(events.some((e) => e.event === 'MOBILIZE')).toBe(false);
    expect(rejected.some((r) => r.event === 'MOBILIZE' && r.ruleId === 'events/no-actor')).toBe(true);
  });
});
