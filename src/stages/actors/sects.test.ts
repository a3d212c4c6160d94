import { describe, expect, it } from 'vitest';
import { DyadError } from '../../core/errors.js';
import { loadSects, parseSects } from './sects.js';

describe('the sect table (data/sects.tsv)', () => {
  it('maps each sect word to the bodies of its sect', () => {
    const sects = parseSects('# comment\nshia\tshiite|shia\tHezbollah|Amal\n', 'x.tsv');
    expect([...(sects.get('shiite') ?? [])]).toEqual(['Hezbollah', 'Amal']);
    expect(sects.get('shia')).toBe(sects.get('shiite'));
  });

  it('refuses a row without bodies with E170 naming its line', () => {
    expect(() => parseSects('shia\tshiite\n', 'x.tsv')).toThrow(DyadError);
    expect(() => parseSects('\nshia\tShiite\tHezbollah\n', 'x.tsv')).toThrow(/line 2/);
  });

  it('ships Hamas as Sunni and Hezbollah as Shia', () => {
    expect(loadSects().get('sunni')?.has('Hamas')).toBe(true);
    expect(loadSects().get('shiite')?.has('Hezbollah')).toBe(true);
  });
});
