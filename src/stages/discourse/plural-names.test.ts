import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// "they" takes a plural subject of the sentence before (refer.ts `pluralAntecedent`); a capitalised plural name
// ("the Conservatives") is as plural as a lower-case one ("unions"), while a one-country or one-body name
// ending in "s" ("the United States", "the Philippines", "the United Nations") stays singular (training gold,
// bbc-politics-081: "the Conservatives insisted … They said").
const pipeline = defaultPipeline({ layers: ['discourse'] });
const antecedents = (text: string, word: string): (string | undefined)[] =>
  (pipeline.run(makeDoc({ text, meta: { date: '2005-02-01' } })).layers.discourse?.mentions ?? [])
    .filter((m) => text.slice(m.start, m.end) === word).map((m) => m.name);

describe('a capitalised plural name as the antecedent of "they"', () => {
  it('takes "the Conservatives" from the sentence before', () => {
    const text = 'Tony Blair spoke in London on Monday. Despite their backing, the Conservatives insisted on a debate. They said they would also press Labour over the costs.';
    expect(antecedents(text, 'They')).toEqual(['Conservative Party']);
  });

  it.each([
    'The United States criticised the plan on Monday. They called for talks.',
    'The Philippines criticised the plan on Monday. They called for talks.',
  ])('leaves a one-country name ending in "s" singular: %s', (text) => {
    expect(antecedents(text, 'They')).toEqual([]);
  });
});

describe('a one-body name ending in "s" as the antecedent of "they"', () => {
  it('leaves "Hamas" singular (tagged NNP)', () => {
    expect(antecedents('Tony Blair spoke in London on Monday. Hamas insisted on a truce. They said they would talk.', 'They')).toEqual([]);
  });
});
