import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline; the rules' events before the learned filter (whose verdict is not theirs).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['events'] });
const coded = (text: string) => codeEvents(pipeline.run(makeDoc({ text, meta: { date: '1987-03-02' } })) as Parameters<typeof codeEvents>[0], lexicon).events
  .map((e) => `${e.event} ${e.actors.map((a) => a.code).sort().join('+')}>${e.recipients.map((r) => r.code).sort().join('+')}`);

describe('talks named in a phrase of a travel verb take their partner from their own "with" phrase (roles.ts, #12)', () => {
  it.each([
    ['Economy Minister Juan Sourrouille was heading for Washington for talks with creditor banks on the debt.', 'CONSULT ARG+MNC>'],
    ['Brazilian Finance Minister Dilson Funaro left for Washington for talks with the IMF.', 'CONSULT BRA+IGO>'],
    ['The Mexican finance minister flew to Tokyo for talks with the World Bank.', 'CONSULT IGO+MEX>'],
  ])('"%s": the destination is where the talks are, not a party to them', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('keeps the destination of a visit with no talks partner as its host', () => {
    expect(coded('Brazilian Finance Minister Dilson Funaro left for Washington for talks.').some((e) => e.includes('USA'))).toBe(true);
  });

  // A partner with no country or organisation code must not take the place of a coded one found the old way.
  it.each([
    ['The German chancellor travelled to Paris for talks with the opposition leader.', 'FRA'],
    ['Shultz left Israel after talks with Peres.', 'ISR'],
  ])('"%s": an uncoded talks partner keeps the coded destination (%s)', (text, code) => {
    expect(coded(text).filter((e) => e.startsWith('CONSULT')).some((e) => e.includes(code))).toBe(true);
  });
});
