import { describe, expect, it } from 'vitest';
import { nameKey, tokenKey } from './name-key.js';

describe('nameKey', () => {
  it.each([
    ['U.S.', 'us'],
    ['the U.S. State Department', 'us state department'],
    ['BAN_KI-MOON', 'ban ki moon'],
    ['Ban Ki-moon', 'ban ki moon'],
    ['Élysée Palace', 'elysee palace'],
    ['Putin’s', "putin's"],
  ])('%s → %s', (text, key) => {
    expect(nameKey(text)).toBe(key);
  });

  it('keeps a token "The" as a word', () => {
    expect(tokenKey('The')).toBe('the');
  });
});
