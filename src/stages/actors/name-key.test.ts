import { describe, expect, it } from 'vitest';
import { nameKey, tokenKey, tokenKeyOfLower } from './name-key.js';

describe('nameKey', () => {
  it.each([
    ['U.S.', 'us'],
    ['the U.S. State Department', 'us state department'],
    ['BAN_KI-MOON', 'ban ki moon'],
    ['Ban Ki-moon', 'ban ki moon'],
    ['Élysée Palace', 'elysee palace'],
    ['Putin’s', "putin's"],
    // ASCII takes a shorter path (no NFD) and must still drop dots; a backquote takes the full path, which straightens it.
    ['`Tis Reagan-Bush/U.S._1.5', "'tis reagan bush us 15"],
    ['Ministry of the Interior', 'ministry of the interior'],
  ])('%s → %s', (text, key) => {
    expect(nameKey(text)).toBe(key);
  });

  it('keeps a token "The" as a word', () => {
    expect(tokenKey('The')).toBe('the');
  });

  it('keys plain ASCII and punctuation as nameKey does, and still folds dots, dashes and backquotes', () => {
    const ascii = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i));
    for (const c of ascii) expect(tokenKey(c)).toBe(nameKey(c));
    expect(tokenKey('$3,000')).toBe('$3,000');
    expect(tokenKey('AT&T')).toBe('at&t');
    expect(tokenKey('U.S.')).toBe('us');
    expect(tokenKey('Franco-German')).toBe('franco german');
    expect(tokenKey('`')).toBe("'");
  });
});

describe('tokenKeyOfLower', () => {
  it.each(['Putin', 'the', 'U.S.', 'Ki-moon', 'Élysée', 'Putin’s', ',', 'ABC', '`'])('keys %s as tokenKey does, given its lower case', (text) => {
    expect(tokenKeyOfLower(text, text.toLowerCase())).toBe(tokenKey(text));
  });
});
