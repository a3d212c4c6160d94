import { describe, expect, it } from 'vitest';
import { verbStems } from './verb-stems.js';

describe('verbStems', () => {
  it.each([
    ['poured', 'VBD', ['pour', 'poure']],
    ['ruled', 'VBN', ['rule', 'rul']],
    ['stopped', 'VBD', ['stopp', 'stoppe', 'stop']],
    ['denied', 'VBD', ['deny', 'deni', 'denie']],
    ['hoping', 'VBG', ['hope', 'hop']],
    ['shelling', 'VBG', ['shell', 'shelle', 'shel']],
    ['dying', 'VBG', ['dy', 'dye', 'die']],
    ['resumes', 'VBZ', ['resume', 'resum']],
    ['watches', 'VBZ', ['watche', 'watch']],
    ['denies', 'VBZ', ['deny', 'denie', 'deni']],
  ])('%s/%s → %j', (form, xpos, stems) => {
    expect(verbStems(form, xpos)).toEqual(stems);
  });

  it('gives nothing for forms without the ending or for other tags', () => {
    expect(verbStems('led', 'VBD')).toEqual([]);
    expect(verbStems('sing', 'VBG')).toEqual([]);
    expect(verbStems('press', 'VBZ')).toEqual([]);
    expect(verbStems('ruled', 'JJ')).toEqual([]);
  });

  it('puts the bare stem first when its last syllable is not short', () => {
    expect(verbStems('chaired', 'VBD')[0]).toBe('chair');
    expect(verbStems('quoted', 'VBD')[0]).toBe('quot');
  });
});
