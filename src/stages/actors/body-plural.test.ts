import { describe, expect, it } from 'vitest';
import { runActors as run } from '../../../test/support/actors-run.js';
import { bodyOfPlural } from './body-plural.js';

describe('bodyOfPlural', () => {
  const ec = { code: 'IGO', head: 'agriculture ministers', name: 'European Community' };
  const kiechle = { code: 'DEU', head: 'minister', name: 'Ignaz Kiechle' };

  it('finds the body last named by the same plural, past the people named since', () => {
    expect(bodyOfPlural([ec, kiechle], 'ministers')).toBe(ec);
    expect(bodyOfPlural([{ code: 'IGO', head: 'foreign ministers' }], 'foreign ministers')).toBeDefined();
  });

  it('leaves the noun alone when its last mention by that noun was a country\'s', () => {
    expect(bodyOfPlural([ec, { code: 'DEU', head: 'ministers' }], 'ministers')).toBeUndefined();
  });

  it('needs the same noun: "finance ministers" is not named by "officials", nor "ministers" by "prime ministers" alone', () => {
    expect(bodyOfPlural([ec], 'officials')).toBeUndefined();
    expect(bodyOfPlural([ec], 'prime ministers')).toBeUndefined();
  });
});

describe('a country-less plural after an international body named by it', () => {
  const find = (r: ReturnType<typeof run>, words: string) => r.mentions.find((m) => r.text.slice(m.start, m.end) === words);

  it('issue-12: "Ministers" after "EC agriculture ministers" are the EC, not the ministers named in between', () => {
    const r = run('European Community agriculture ministers met in Brussels. West German minister Ignaz Kiechle and Britain\'s Michael Jopling spoke. Ministers discussed the proposals.', '1987-03-30');
    expect(find(r, 'Ministers')).toMatchObject({ code: 'IGO', sector: 'EU' });
    expect(find(r, 'Ministers')?.members).toBeUndefined();
  });

  it('issue-12: "The ministers" after "EC industry ministers" are the EC', () => {
    const r = run('European Community industry ministers debated steel. The ministers were meeting to discuss a plan.', '1987-03-19');
    expect(find(r, 'The ministers')).toMatchObject({ code: 'IGO', sector: 'EU' });
  });

  it('keeps "ministers" after a country\'s ministers as before', () => {
    const r = run('European Community agriculture ministers met. West German ministers objected. The ministers were angry.', '1987-03-19');
    expect(find(r, 'The ministers')?.code).not.toBe('IGO');
  });
});
