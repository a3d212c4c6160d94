import { describe, expect, it } from 'vitest';
import { tableGet, tableHas } from './key-tables.js';

describe('lexicon table lookups through a map', () => {
  const table: Record<string, { code: string }> = JSON.parse('{"attack": {"code": "190"}, "talks": {"code": "040"}}');

  it('answers as the object does for its own keys and for missing ones', () => {
    expect(tableGet(table, 'attack')).toBe(table.attack);
    expect(tableGet(table, ['tal', 'ks'].join(''))).toBe(table.talks);
    expect(tableGet(table, 'peace')).toBeUndefined();
    expect(tableHas(table, 'talks')).toBe(true);
    expect(tableHas(table, 'peace')).toBe(false);
  });

  it('finds no word in what every object inherits ("constructor", "valueOf")', () => {
    expect(tableHas(table, 'constructor')).toBe(false);
    expect(tableGet(table, 'valueOf')).toBeUndefined();
  });

  it('answers from each table\'s own map when three tables are asked in turn (the two last asked are kept)', () => {
    const verbs: Record<string, string> = JSON.parse('{"attack": "v"}');
    const nouns: Record<string, string> = JSON.parse('{"attack": "n", "talks": "n"}');
    const third: Record<string, string> = JSON.parse('{"talks": "t"}');
    for (let round = 0; round < 3; round++) {
      expect([tableGet(verbs, 'attack'), tableGet(nouns, 'attack'), tableGet(verbs, 'talks'), tableGet(third, 'talks'), tableGet(nouns, 'talks')]).toEqual(['v', 'n', undefined, 't', 'n']);
      expect([tableHas(third, 'attack'), tableHas(verbs, 'attack'), tableHas(third, 'talks')]).toEqual([false, true, true]);
    }
  });
});
