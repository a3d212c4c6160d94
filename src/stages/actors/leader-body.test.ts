import { describe, expect, it } from 'vitest';
import { codesOf, runActors } from '../../../test/support/actors-run.js';

/** The actors stage on a 2022 readout, with the given names marked as NER people. */
const run = (text: string, people: string[], upos?: string) => runActors(text, '2022-06-22', people, upos?.split(' '));

describe('a leader\'s surname before a government noun', () => {
  it('reads "Harris Administration" (an NER person) as the government of the leader named', () => {
    expect(codesOf(run('The Biden-Harris Administration believes that it is critical.', ['Harris Administration']), 'Harris Administration')).toEqual(['USA', 'GOV']);
  });

  it('gives no country where no one in government bears the surname', () => {
    expect(codesOf(run('The Smithfield Administration believes that it is critical.', ['Smithfield Administration']), 'Smithfield Administration')[0]).toBeUndefined();
  });
});
