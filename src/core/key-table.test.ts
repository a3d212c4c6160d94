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
    expect(() => KeyTable.fromSections(sections, '')).toThrow(expect.objectContaining({ code: 'E2801' }));
  });

  it('refuses a table stored with UTF-16 offsets (a file from before the byte layout)', () => {
    const { byteStarts, ...rest } = sample().sections('');
    expect(() => KeyTable.fromSections({ ...rest, starts: byteStarts }, '')).toThrow(expect.objectContaining({ code: 'E2800', message: expect.stringMatching(/byteStarts is missing/) }));
  });

  // The key text stays UTF-8 bytes (shared between threads, #13): offsets count bytes, and a probe
  // is hashed and compared as its UTF-8 without decoding the text.
  it.each([
    ['two-byte letters', 'élysée'],
    ['three-byte letters', '東京'],
    ['a letter outside the BMP (a surrogate pair)', 'x𝔸y'],
    ['a mix with spaces', 'são tomé and príncipe'],
  ])('finds and misses keys with %s by their UTF-8 bytes', (_, key) => {
    const t = KeyTable.fromSections(KeyTable.build([['paris', [1]], [key, [2]], ['zürich', [3]]]).sections(''), '');
    const e = t.find(key);
    expect([t.key(e), t.value(e, 0)]).toEqual([key, 2]);
    expect(t.find(key.slice(0, -1))).toBe(-1);
    expect(t.find(key + 'a')).toBe(-1);
    expect(t.findWords(key.split(' '), 0, key.split(' ').length)).toBe(e);
    expect(t.key(t.find('zürich'))).toBe('zürich');
  });

  // A lone surrogate is one UTF-16 unit stored as three bytes (U+FFFD, as `Buffer.from` writes it):
  // the byte count must add two for it, or every later key's offsets would be off.
  it('counts a lone surrogate as the three bytes of U+FFFD', () => {
    const t = KeyTable.fromSections(KeyTable.build([['a\ud800b', [1]], ['ü\udc00', [2]], ['after', [3]]]).sections(''), '');
    expect([t.find('a\ud800b'), t.find('a\ufffdb'), t.find('ü\udc00'), t.find('after')]).toEqual([0, 0, 1, 2]);
    expect(t.key(2)).toBe('after');
  });

  it('stores byte offsets, so that the text is searched as the bytes it was stored as', () => {
    const sections = KeyTable.build([['é', [1]], ['a', [2]]]).sections('');
    expect(Array.from(sections.byteStarts as Uint32Array)).toEqual([0, 2, 3]);
    expect(Buffer.from(sections.text as Uint8Array).toString('utf8')).toBe('éa');
  });

  it('searches and decodes keys held in shared memory, as a worker gets them (#13)', () => {
    const sections = sample().sections('');
    const text = sections.text as Uint8Array;
    const shared = new Uint8Array(new SharedArrayBuffer(text.byteLength));
    shared.set(text);
    const t = KeyTable.fromSections({ ...sections, text: shared }, '');
    expect(t.key(t.find('élysée'))).toBe('élysée');
    expect(t.findWords(['united', 'nations'], 0, 2)).toBe(t.find('united nations'));
  });

  it('does not take a key for one whose UTF-16 length matches but whose bytes differ', () => {
    // 'é' is one code unit and two bytes, like 'ab': a table comparing lengths in code units would mix them up.
    const t = KeyTable.build([['ab', [1]], ['xé', [2]]]);
    expect(t.find('é')).toBe(-1);
    expect(t.find('xab')).toBe(-1);
    expect(t.value(t.find('xé'), 0)).toBe(2);
  });

  it('holds many keys with every one found', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i * 7919}`);
    const t = KeyTable.build(keys.map((k, i) => [k, [i]] as const));
    expect(keys.every((k, i) => t.value(t.find(k), 0) === i)).toBe(true);
    expect(t.find('k1')).toBe(-1);
  });
});
