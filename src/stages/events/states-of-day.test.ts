import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

/**
 * Mentions coded by a place, a nationality word or a country name, through the real tagger, parser and NER: in 1987
 * they are Yugoslavia's and the Soviet Union's, as "Belgrade police" and "Moscow" already were through the capitals'
 * dated roles (#12: a 1987 "Police arrested protesters in Belgrade" read YUG police against SRB protesters).
 */
describe('a mention coded by a place is the state of the article\'s day', () => {
  const pipeline = defaultPipeline({ layers: ['actors'] });
  const coded = (text: string, date: string | undefined): Map<string, { code: string; why: string }> => {
    const doc = pipeline.run(makeDoc({ text, meta: date ? { date } : {} }));
    return new Map((doc.layers.actors ?? []).map((m) => [text.slice(m.start, m.end), { code: `${m.code ?? '-'} ${m.sector ?? '-'}`, why: m.why }]));
  };

  it.each([
    ['Police arrested protesters in Belgrade on Sunday.', 'protesters in Belgrade', 'YUG CVL', 'SRB CVL'],
    ['Zagreb police detained 20 strikers.', 'Zagreb police', 'YUG COP', 'HRV COP'],
    ['Croatian police arrested Serbian strikers.', 'Croatian police', 'YUG COP', 'HRV COP'],
    ['Croatian police arrested Serbian strikers.', 'Serbian strikers', 'YUG LAB', 'SRB LAB'],
    ['Leningrad workers attacked the police.', 'Leningrad workers', 'SUN LAB', 'RUS LAB'],
    ['Zagreb accused Slovenia of lying.', 'Zagreb', 'YUG GOV', 'HRV GOV'],
    ['Zagreb accused Slovenia of lying.', 'Slovenia', 'YUG -', 'SVN -'],
  ])('%s: "%s" is %s in 1987, %s in 2010', (text, words, then, now) => {
    expect(coded(text, '1987-03-15').get(words)?.code).toBe(then);
    expect(coded(text, '2010-03-15').get(words)?.code).toBe(now);
  });

  it('says which union the place lay in on the day', () => {
    expect(coded('Zagreb police detained 20 strikers.', '1987-03-15').get('Zagreb police')?.why).toMatch(/Croatia lay in Yugoslavia on 1987-03-15$/);
  });

  it('leaves the codes of today with no date', () => {
    expect(coded('Croatian police arrested Serbian strikers.', undefined).get('Croatian police')?.code).toBe('HRV COP');
  });
});
