import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';
import { DyadError } from '../../core/errors.js';
import { parseStateGroupWords } from './state-groups.js';

/** The mention over `words` in the stage's output, as "code sector", or "none". */
function codeOf(text: string, words: string, date = '1987-03-31'): string {
  const result = run(text, date);
  const m = result.mentions.find((x) => result.text.slice(x.start, x.end) === words);
  return m ? `${m.code ?? '-'} ${m.sector ?? '-'}` : 'none';
}

describe('groups of states of no one country', () => {
  it.each([
    ['Importing and exporting countries agreed several changes.', 'Importing and exporting countries'],
    ['Consuming countries are insisting that pacts reflect the market.', 'Consuming countries'],
    ['Some importing countries insist the buffer stock rules must not change.', 'importing countries'],
    ['Rubber producer and consumer countries meet for 12 days in Geneva.', 'producer and consumer countries'],
    ['Five regional oil producing nations will gather in Caracas.', 'producing nations'],
    ['Yugoslavia has begun talks with its creditor governments.', 'creditor governments'],
  ])('%s → GOV with no country', (text, words) => {
    expect(codeOf(text, words)).toBe('GOV GOV');
  });

  it.each([
    // No qualifier: the sides named before, or a place.
    ['The two countries signed a treaty.', 'countries'],
    // A bloc: the gold codes the body the story names (the Paris Club) or nothing.
    ['Western creditor governments have reached agreement.', 'creditor governments'],
    // A body's own members.
    ['OPEC producing countries met in Vienna.', 'producing countries'],
    // The members named right after the group are the actors.
    ['The U.S. reached accords with seven steel-exporting nations - Australia, Brazil and Japan.', 'exporting nations'],
    // Generic groups are not listed ("developing countries", "industrial nations": the G7 in the 1987 wire).
    ['Leading industrial nations agreed to cooperate closely.', 'industrial nations'],
    // A headline in capitals.
    ['CONSUMING COUNTRIES SEEK REALISTIC PACTS.', 'CONSUMING COUNTRIES'],
  ])('%s: no group mention over "%s"', (text, words) => {
    expect(codeOf(text, words)).not.toBe('GOV GOV');
  });

  it('reads heads and qualifiers, and refuses a line of another kind', () => {
    const words = parseStateGroupWords('# comment\ncountries\thead\twhy\nimporting\tqualifier\twhy\n', 'x.tsv');
    expect([...words.heads]).toEqual(['countries']);
    expect([...words.qualifiers]).toEqual(['importing']);
    expect(() => parseStateGroupWords('countries\tnoun\twhy\n', 'x.tsv')).toThrow(DyadError);
  });
});
