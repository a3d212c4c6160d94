import { describe, expect, it } from 'vitest';
import { isBusinessParty } from './business-party.js';

describe('isBusinessParty', () => {
  it('counts the employers\' side of a labour dispute', () => {
    expect(isBusinessParty('employers', 'BUS')).toBe(true);
    expect(isBusinessParty('shipowners', 'BUS')).toBe(true);
  });
  it('leaves other business nouns and other sectors alone', () => {
    expect(isBusinessParty('companies', 'BUS')).toBe(false);
    expect(isBusinessParty('banks', 'BUS')).toBe(false);
    expect(isBusinessParty('employers', 'GOV')).toBe(false);
  });
});
