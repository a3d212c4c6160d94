import { describe, expect, it } from 'vitest';
import { codesOf, runActors as run } from '../../../test/support/actors-run.js';

// Review of session 40: national-bodies.tsv dates a body's founding; a dated story before it cannot name it.
describe('a national body is not coded outside its dates', () => {
  const tokyo = "TOKYO, March 3 - Prime Minister Yasuhiro Nakasone's sales tax plan faced a revolt. Senior Liberal Democrats said the tax would fail.";
  const british = 'LONDON, March 3 - Britain faced a revolt over tuition fees. Senior Liberal Democrats said the tax would fail.';

  it('a 1987 story names no Liberal Democrats of Britain (the party dates from 1988-03-03)', () => {
    expect(codesOf(run(tokyo, '1987-03-03'), 'Liberal Democrats')[0]).not.toBe('GBR');
  });

  it('the same party in a British story of 2005 is GBR OPP', () => {
    expect(codesOf(run(british, '2005-03-03'), 'Liberal Democrats')).toEqual(['GBR', 'OPP']);
  });

  it('an undated story keeps the body', () => {
    expect(codesOf(run(british), 'Liberal Democrats')).toEqual(['GBR', 'OPP']);
  });

  it('UKIP is no body before 1993', () => {
    expect(codesOf(run('LONDON - Britain voted. UKIP said the tax would fail.', '1990-05-01'), 'UKIP')[0]).toBeUndefined();
    expect(codesOf(run('LONDON - Britain voted. UKIP said the tax would fail.', '2004-05-01'), 'UKIP')).toEqual(['GBR', 'OPP']);
  });
});
