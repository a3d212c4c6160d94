import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// "Representatives" are a side's envoys and delegates (`data/agents.tsv`), through the real tagger and parser: before
// that row Phoenix's plural (~LEG) coded the readouts' "Russian and Ukrainian representatives" as legislators
// (training gold RUSGOV/UKRGOV; session 50, ev-names). The House of Representatives stays the legislature.
const pipeline = defaultPipeline({ layers: ['actors'] });
const mentions = (text: string) =>
  (pipeline.run(makeDoc({ text, meta: { date: '2022-03-20' } })).layers.actors ?? [])
    .map((m) => `${text.slice(m.start, m.end)}=${m.code ?? ''}${m.sector ?? ''}`);

describe('representatives are envoys, not legislators', () => {
  it('codes a nationality\'s representatives as its government', () => {
    const text = 'Vladimir Putin informed the Chancellor about the progress of talks between the Russian and Ukrainian representatives.';
    expect(mentions(text)).toContain('Ukrainian representatives=UKRGOV');
  });

  it('keeps the House of Representatives the legislature', () => {
    const text = 'The U.S. House of Representatives passed the trade bill on Thursday.';
    expect(mentions(text).filter((m) => m.endsWith('LEG'))).toHaveLength(1);
  });

  // A party or opposition word before the plural says whose delegates they are (review c of session 50: the GOV row
  // had made Republican congressmen the government, and an opposition's delegates the side it opposes).
  it('codes a party\'s representatives in Congress as legislators', () => {
    const text = 'Republican representatives in Congress blocked the aid package for Ukraine.';
    expect(mentions(text).filter((m) => m.endsWith('LEG'))).toHaveLength(1);
    expect(mentions(text).filter((m) => m.endsWith('GOV'))).toHaveLength(0);
  });

  it('codes an opposition\'s representatives as the opposition', () => {
    const text = 'Opposition representatives boycotted the talks in Caracas.';
    expect(mentions(text).filter((m) => m.endsWith('OPP'))).toHaveLength(1);
    expect(mentions(text).filter((m) => m.endsWith('GOV'))).toHaveLength(0);
  });
});
