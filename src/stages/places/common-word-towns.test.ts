import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { parseCommonWordTowns } from './find-places.js';

/** A sentence-opening town read through the real tagger (session 44 review of the opening-common-word rule). */
describe('a town opening a sentence', () => {
  const pipeline = defaultPipeline({ layers: ['places'] });
  const placed = (text: string) => {
    const doc = pipeline.run(makeDoc({ text, meta: { date: '2023-05-10' } }));
    return (doc.layers.places ?? []).map((p) => text.slice(p.start, p.end));
  };

  it.each([
    ['Grozny officials accused Moscow of ignoring the protests.', 'Grozny'],
    ['Sumy officials accused Russia of shelling the border villages.', 'Sumy'],
    ['Homs rebels attacked an army checkpoint overnight.', 'Homs'],
    ['Aden officials accused the Houthis of blocking the aid convoy.', 'Aden'],
  ])('keeps a real town the tagger reads as a modifier: %s', (text, town) => {
    expect(placed(text)).toContain(town);
  });

  it('still drops a common word that a town happens to bear ("Mobile operators")', () => {
    expect(placed('Mobile operators said on Monday that prices would rise.')).not.toContain('Mobile');
  });

  it('refuses a line that is not one lower-case word (E170)', () => {
    expect(parseCommonWordTowns('# c\nmobile\nsplit\n', 'x.txt').has('split')).toBe(true);
    expect(() => parseCommonWordTowns('Mobile\n', 'x.txt')).toThrow(/x\.txt: line 1/);
  });
});
