import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// issue-12 (session 50): accusations of a party in British politics told in verdicts that no rule codes ("in turmoil",
// "cannot be trusted", "out of touch") had no cue once the bare party/opposition weight was gone (session 49); rule-words
// `stance-verdict` gives them the statement-content step's damning class. The real pipeline and the shipped models.
const pipeline = defaultPipeline();
const coded = (sentence: string): string[] => {
  const layer = pipeline.run(makeDoc({ text: sentence, meta: { date: '2005-03-03' } })).layers.events;
  return (layer?.events ?? []).map((e) => e.event);
};

describe('political verdicts in a statement\'s content, read by the statement-content step', () => {
  it.each([
    'The Liberal Democrats said the Conservatives were in turmoil.',
    'The Liberal Democrats said the Conservatives could not be trusted with the economy.',
    'The Liberal Democrats said the Conservatives were out of touch with ordinary families.',
    'The Liberal Democrats said the Conservatives would cling on to office at all costs.',
  ])('issue-12: codes an accusation of a party told in a verdict: "%s"', (sentence) => {
    expect(coded(sentence)).toContain('ACCUSE');
  });

  // Guards: a neutral report about a party, and a phrase's words not in a row, give no accusation.
  it.each([
    'The Liberal Democrats said the Conservatives would hold their conference in March.',
    'The Liberal Democrats said the Conservatives had put their trust in the voters.',
  ])('codes no accusation of a neutral report about a party: "%s"', (sentence) => {
    expect(coded(sentence)).not.toContain('ACCUSE');
  });
});
