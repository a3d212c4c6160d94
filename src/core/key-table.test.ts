import { describe, expect, it } from 'vitest';
import { KeyTable } from './key-table.js';

const sample = () => KeyTable.build([['united', [1 << 30]], ['united nations', [4]], ['paris', [1, 2, 3]], ['élysée', [7]], ['', [9]]]);

describe('KeyTable', () => {
  it('finds each key and its values, and misses what it does not hold', () => {
    const t = sample();
    expect(t.size).toBe(5);
    const paris = t.find('paris');
    expect(t.key(paris)).toBe('paris');
    expect([t.valueCount(paris), t.value(paris, 0), t.value(paris, 2)]).toEqual([3, 1, 3]);
    expect(t.value(t.find('united'), 0)).toBe(1 << 30);
    expect(t.key(t.find('élysée'))).toBe('élysée');
    expect(t.find('pari')).toBe(-1);
    expect(t.find('parisx')).toBe(-1);
    expect(t.find('united nation')).toBe(-1);
  });

  it('finds words joined by single spaces without joining them', () => {
    const t = sample();
    const words = ['the', 'united', 'nations', 'said'];
    expect(t.findWords(words, 1, 3)).toBe(t.find('united nations'));
    expect(t.findWords(words, 1, 2)).toBe(t.find('united'));
    expect(t.findWords(words, 0, 2)).toBe(-1);
    expect(t.findWords(['united', 'nations'], 0, 2)).toBe(t.find('united nations'));
    expect(t.findWords(['unitednations'], 0, 1)).toBe(-1);
  });

  it('survives a round trip through its sections, and keeps entry order', () => {
    const t = sample();
    const copy = KeyTable.fromSections(t.sections('gaz.'), 'gaz.');
    expect([...copy.entries()]).toEqual([...t.entries()]);
    expect(copy.find('united nations')).toBe(t.find('united nations'));
  });

  it('refuses duplicate keys and a text that does not match its offsets', () => {
    expect(() => KeyTable.build([['a', [1]], ['a', [2]]])).toThrow(/duplicate/);
    const sections = { ...sample().sections(''), text: new Uint8Array([97]) };
    expect(() => KeyTable.fromSections(sections, '')).toThrow(/does not match/);
  });

  it('holds many keys with every one found', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i * 7919}`);
    const t = KeyTable.build(keys.map((k, i) => [k, [i]] as const));
    expect(keys.every((k, i) => t.value(t.find(k), 0) === i)).toBe(true);
    expect(t.find('k1')).toBe(-1);
  });
});
