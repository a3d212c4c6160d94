import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// issue-12 (review a of session 48, finding 1): the statement-content model's weight for the recipient's kind alone
// (`ACCUSE:to:OPP` +1.19, `ACCUSE:to:PTY` +1.31) coded neutral reports about an opposition party as accusations,
// while its negative `ACCUSE:to:country` was what kept praise of another country from reading as one (fix-stance).
// The real pipeline and the shipped models, on wire copy (a dateline) as the CLI reads it.
const pipeline = defaultPipeline();
const coded = (sentence: string): string[] => {
  const text = `MOSCOW, March 3 (Reuters) - ${sentence}`;
  const layer = pipeline.run(makeDoc({ text, meta: { date: '1987-03-03' } })).layers.events;
  return (layer?.events ?? []).map((e) => e.event);
};

describe('statements about an opposition or a country, read by the statement-content step', () => {
  it.each([
    'The government said the opposition Socialist Party won 12 seats in the election.',
    'The election commission said the opposition Awami League had registered as a party for the vote.',
    'The government said the opposition Popular Alliance party would take part in the elections.',
  ])('issue-12: codes no accusation of a neutral report about the opposition: "%s"', (sentence) => {
    expect(coded(sentence)).not.toContain('ACCUSE');
  });

  // Regression guards, not failing-first tests: these gave no ACCUSE before the change either; they keep the negative
  // weight of a country recipient doing its work when the model is refit (review b, session 49).
  it.each([
    'Russia said the United States had shown great leadership and tackled the crisis well.',
    'Japan said the United States had handled the crisis well.',
  ])('codes no accusation of praise of another country: "%s"', (sentence) => {
    expect(coded(sentence)).not.toContain('ACCUSE');
  });

  it.each([
    'The opposition said the army had returned to its barracks.',
    'The opposition said the president would visit Japan next week.',
  ])('issue-12: codes no accusation of a neutral report about the army or the president: "%s"', (sentence) => {
    // Guards probed in session 49 (ev-stancegov); they pass today.
    expect(coded(sentence)).not.toContain('ACCUSE');
  });

  // issue-12 (session 50): `ACCUSE:to:GOV` with the word "election" coded these ACCUSE OPP>GOV (0.23 against the
  // threshold 0.20); a report of how a contest came out (rule-words stance-outcome-verb) is read as no stance at all.
  it.each([
    'The opposition said the government won 12 seats in the election.',
    'The opposition said the government had lost the election.',
    'The opposition said the government would form a coalition after the election.',
  ])('issue-12: codes no accusation of a report of an outcome: "%s"', (sentence) => {
    expect(coded(sentence)).not.toContain('ACCUSE');
  });

  // issue-12 (session 50): "rigged" is a damning word (rule-words damning-predicate), so the accusation stands on the
  // word, not on the recipient's sector: a party recipient, which has no weight alone, coded nothing before.
  it('codes an accusation of rigging an election whatever the recipient\'s sector', () => {
    expect(coded('The opposition said the ruling party had rigged the election.')).toContain('ACCUSE');
  });

  // issue-12 (session 50): "fraud" is a damning word (rule-words stance-verdict), so a contest won by fraud is no neutral
  // report of its outcome (stance-outcome-verb) but an accusation; before, the outcome gate read nothing from it.
  it('issue-12: codes an accusation of a contest won by fraud', () => {
    expect(coded('The opposition said the government won the election by fraud.')).toContain('ACCUSE');
  });

  it.each([
    'The opposition said the government\'s decision was a disgrace.',
    'The opposition said the government had rigged the election.',
  ])('still codes an accusation of the government as one: "%s"', (sentence) => {
    expect(coded(sentence)).toContain('ACCUSE');
  });

  // Review a of session 50, #2: foul play in the outcome (rule-words stance-foul-play) makes it a verdict, not news.
  it.each([
    'The opposition said the government won the election by fraud.',
    'The opposition said the government won the election unfairly.',
  ])('codes an accusation of winning a contest by foul play: "%s"', (sentence) => {
    expect(coded(sentence)).toContain('ACCUSE');
  });

  // Review a of session 50, #4 and #10: a damning head denied exonerates; "rigged" with no contest is a booby trap.
  it.each([
    'The State Department said the Georgian government had not rigged the vote.',
    'The Defence Ministry said the rebels had rigged the dam with explosives.',
  ])('codes no accusation of a denied or uncontested "rigged": "%s"', (sentence) => {
    expect(coded(sentence)).not.toContain('ACCUSE');
  });

  it('still codes a damning verdict of the opposition on the government as an accusation', () => {
    expect(coded('The opposition New Korea Democratic Party said the government\'s decision was a disgrace.')).toContain('ACCUSE');
  });
});
