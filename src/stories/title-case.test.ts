import { describe, expect, it } from 'vitest';
import { casedTitle } from './title-case.js';

describe('casedTitle', () => {
  it('gives an all-capitals title the casing of its body: names capitalised, other words in lower case', () => {
    const body = 'Advanced Tobacco Products Inc said merger talks with Hill Corp ended. Talks had begun in March.';
    expect(casedTitle('ADVANCED TOBACCO <ATPI> MERGER TALKS END', body)).toBe('Advanced Tobacco <atpi> merger talks end');
  });

  it('takes no capital at a sentence start as evidence of a name', () => {
    expect(casedTitle('SHULTZ BEGINS TALKS', 'Talks began. Secretary of State George Shultz began talks.')).toBe('Shultz begins talks');
    expect(casedTitle('TALKS END', 'The meeting ended.\nTalks end here.')).toBe('talks end');
  });

  it('leaves a title with lower-case letters as it is', () => {
    expect(casedTitle('Miyazawa says there are no plans for G-7 talks', 'Nothing here.')).toBe('Miyazawa says there are no plans for G-7 talks');
  });
});
