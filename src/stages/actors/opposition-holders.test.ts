import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { resolvedActors } from '../discourse/merge.js';

/**
 * The UK opposition's leaders and front-benchers of the BBC politics stories' years (office-holders.tsv, offices
 * `opposition-…`), read through the real pipeline on undated BBC-like text: they were document-local people with no
 * code, so their statements had no coded speaker (session 47, ev-speaker).
 */
describe('UK opposition office holders', () => {
  const pipeline = defaultPipeline({ layers: ['discourse'] });
  const codes = (text: string, words: string, date?: string): string[] => {
    const doc = pipeline.run(makeDoc({ text, meta: date ? { date } : {} }));
    return resolvedActors(doc).filter((m) => text.slice(m.start, m.end) === words).map((m) => `${m.code ?? '-'} ${m.sector ?? '-'}`);
  };

  it.each([
    ['Michael Howard said he would not back the Home Secretary\'s plans.', 'Michael Howard'],
    ['Charles Kennedy said the government had failed pensioners.', 'Charles Kennedy'],
    ['Oliver Letwin said the UK could not compete without tax cuts.', 'Oliver Letwin'],
  ])('an undated story: %s', (text, name) => {
    expect(codes(text, name)).toEqual(['GBR OPP']);
  });

  it('a later "Mr" and surname is the same person', () => {
    expect(codes('Michael Howard attacked the plans. But Mr Howard said he backed the police.', 'Mr Howard')).toEqual(['GBR OPP']);
  });

  it('a bare surname in a story of another year is not the opposition figure ("Coordinator Kurt Campbell" in 2022)', () => {
    const text = 'On 7-8 March, the United Kingdom and United States held high-level consultations on the Indo-Pacific. The U.S. delegation was led by Indo-Pacific Coordinator Kurt Campbell and included representatives from the Department of State.';
    expect(codes(text, 'Campbell', '2022-03-11')).not.toContain('GBR ELI');
  });

  it('a government office is still GOV (the opposition offices change no other row)', () => {
    expect(codes('Jack Straw said Britain would not back the plan.', 'Jack Straw')).toEqual(['GBR GOV']);
  });

  it.each([
    ['BAGHDAD, March 20, 2003 - Colonel Tim Collins said his troops would respect Iraq\'s people.', 'Tim Collins'],
    ['WASHINGTON, May 3, 2004 - David Davis, a Republican aide, said the United States would pressure China.', 'David Davis'],
    ['EDINBURGH, May 3, 2005 - Simon Hughes, the chef, criticised France.', 'Simon Hughes'],
    ['Colonel Tim Collins said his troops would respect Iraq\'s people.', 'Tim Collins'],
  ])('a namesake the story places abroad or titles otherwise is not the opposition figure: %s (review of ev-speaker)', (text, name) => {
    expect(codes(text, name)).not.toContain('GBR OPP');
  });

  it.each([
    ['LONDON, May 3, 2004 - Michael Howard, the Conservative leader, said the plan had failed.', 'Michael Howard'],
    ['Tory leader Michael Howard said the plan had failed.', 'Michael Howard'],
    // A fitting apposition or title wins over a dateline abroad, which says only where he spoke (review final1, 3).
    ['WASHINGTON, Jan 5, 2005 - Michael Howard, the Conservative leader, criticised France.', 'Michael Howard'],
    ['BRUSSELS, March 3, 2005 - Tory leader Michael Howard criticised the European Union.', 'Michael Howard'],
  ])('a title or dateline that fits keeps the opposition figure: %s', (text, name) => {
    expect(codes(text, name)).toEqual(['GBR OPP']);
  });

  it.each([
    ['2004-10-01', 'Opposition European Deputy of United Kingdom'],
    ['2005-03-01', 'Opposition Party Leader of United Kingdom'],
  ])('Robert Kilroy-Silk on %s: a UKIP member of the European Parliament, then the leader of Veritas (review of ev-speaker, finding 2)', (date, role) => {
    const text = 'Robert Kilroy-Silk said the plan had failed.';
    const doc = pipeline.run(makeDoc({ text, meta: { date } }));
    const found = resolvedActors(doc).filter((m) => text.slice(m.start, m.end) === 'Robert Kilroy-Silk');
    expect(found.map((m) => `${m.code} ${m.sector} ${m.role}`)).toEqual([`GBR OPP ${role}`]);
  });

  it('a story dated before the office names no opposition figure', () => {
    expect(codes('LONDON, March 3 - Michael Howard said the plan had failed.', 'Michael Howard', '1987-03-03')).not.toContain('GBR OPP');
  });
});
