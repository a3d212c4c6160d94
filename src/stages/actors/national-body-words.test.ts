import { describe, expect, it } from 'vitest';
import { assetPath, readDataText } from '../../core/assets.js';
import { parseMetonyms } from './kb-data.js';
import { nameKey } from './name-key.js';
import { bodyWordReading, parseBodyWords } from './national-body-words.js';

describe('national body words', () => {
  it('reads forms and their readings by name key', () => {
    const words = parseBodyWords('# comment\nLabour\tcommon\nPlaid Cymru\tbritish\n', 'test.tsv');
    expect([...words]).toEqual([['labour', 'common'], ['plaid cymru', 'british']]);
  });

  it('refuses a reading it does not know, with the line (E170)', () => {
    expect(() => parseBodyWords('Labour\tcommon\nGreens\tword\n', 'test.tsv')).toThrow(/test\.tsv: line 2/);
  });

  it('lists only forms of data/national-bodies.tsv, so that no entry is dead', () => {
    const bodies = parseMetonyms(readDataText(assetPath('src', 'stages', 'actors', 'data', 'national-bodies.tsv')));
    const forms = new Set(bodies.flatMap((b) => [b.name, ...b.aliases]).map(nameKey));
    const listed = [...parseBodyWords(readDataText(assetPath('src', 'stages', 'actors', 'data', 'national-body-words.tsv')), 'shipped')].map(([key]) => key);
    expect(listed.filter((key) => !forms.has(key))).toEqual([]);
  });

  it.each([['Labour', 'common'], ['Labour Party', undefined], ['Unison', undefined], ['Lib Dems', 'british'], ['Tories', undefined]])('%s reads as %s', (form, reading) => {
    expect(bodyWordReading(form)).toBe(reading);
  });
});
