import { describe, expect, it } from 'vitest';
import { recordLookup } from './record-lookup.js';

describe('recordLookup', () => {
  const lookup = recordLookup(JSON.parse('{"the": 3, "__proto__": 7, "zero": 0}') as Record<string, number>);

  it('finds the record own entries, falsy values and JSON "__proto__" keys included', () => {
    expect(lookup.get('the')).toBe(3);
    expect(lookup.get('zero')).toBe(0);
    expect(lookup.get('__proto__')).toBe(7);
  });

  it('answers undefined for missing keys and for inherited properties', () => {
    expect(lookup.get('cat')).toBeUndefined();
    expect(lookup.get('constructor')).toBeUndefined();
    expect(lookup.get('toString')).toBeUndefined();
    expect(lookup.get('hasOwnProperty')).toBeUndefined();
  });
});
