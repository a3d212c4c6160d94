import { describe, expect, it } from 'vitest';
import { makeDoc } from '../core/document.js';
import { words } from './fingerprint.js';
import { heardShare, MIN_QUOTE_SHINGLES, quoteSample, transcriptFilter } from './transcript.js';

const ADDRESS = 'Today we have good news. Our defenders are advancing in the Kyiv region, regaining control over Ukrainian territory. It is important for us that the sanctions packages are effective and substantial enough. We still have to fight, we have to be patient.';
const OTHER = 'The audacity of the aggressor is a clear signal that sanctions against Russia are not enough. We will rebuild every city and every village of our land.';

/** An item quoting `quoted` directly. */
function quoting(quoted: string) {
  const text = `An expert group will be set up. "${quoted}," the President said in his address.`;
  const start = text.indexOf(quoted);
  return makeDoc({ text, layers: { quotes: [{ start, end: start + quoted.length, kind: 'direct', sent: 1, closed: true, reasons: [], why: 'test' }] } });
}

describe('which address an item quotes', () => {
  const sample = quoteSample(quoting('It is important for us that the sanctions packages are effective and substantial enough. We still have to fight'));

  it('finds the quoted words in the transcript they were said in, and not in another', () => {
    expect(sample.length).toBeGreaterThanOrEqual(MIN_QUOTE_SHINGLES);
    expect(heardShare(sample, transcriptFilter(words(ADDRESS)))).toBeGreaterThan(0.9);
    expect(heardShare(sample, transcriptFilter(words(OTHER)))).toBeLessThan(0.1);
  });

  it('keeps no sample of a quote too short to tell', () => {
    expect(quoteSample(quoting('We will win'))).toEqual([]);
    expect(quoteSample(makeDoc({ text: 'No quotes here at all, only a report of the address.' }))).toEqual([]);
  });
});
