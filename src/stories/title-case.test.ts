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

  it('reads an ASCII body as the Unicode word pattern does (its character-code path, #13)', () => {
    const title = 'SHULTZ AND BAKER MEET IN 3RD ROUND OF TALKS';
    const body = 'Talks: Shultz met Baker.\nThe 3rd round of talks began; "Shultz and Baker" met again — talks went on, said Baker Inc.';
    // The same body with one non-ASCII letter far from any title word takes the pattern's path.
    expect(casedTitle(title, body)).toBe(casedTitle(title, `${body} Café.`));
    expect(casedTitle(title, body)).toBe('shultz and Baker meet in 3rd round of talks');
  });
});
