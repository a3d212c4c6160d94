import { describe, expect, it } from 'vitest';
import { makeDoc } from '../core/document.js';
import { storyDoc } from './features.js';

/** An item of president.gov.ua with the given title whose text never names the President. */
function address(title: string, date = '2022-03-22') {
  const text = 'Glory to Ukraine. We will rebuild every city.';
  const sentences = [...text.matchAll(/[^.]+\.?/g)].map((m) => ({ start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].length }));
  return makeDoc({ text, meta: { title, date, source: 'president.gov.ua' }, layers: { sentences, actors: [], discourse: { mentions: [], publisher: { site: 'president.gov.ua', code: 'UKR', office: 'president' } } } });
}

describe('storyDoc: the occasion', () => {
  it('leaves the principal of the day out of its names, in any spelling the knowledge base knows', () => {
    expect(storyDoc(address('It was another day that brought us closer to victory - address by President Volodymyr Zelenskyy')).occasion).toMatchObject({ kind: 'address', names: [] });
    expect(storyDoc(address('Address by President Volodymyr Zelenskyy to the Italian Chamber of Deputies')).occasion).toMatchObject({ kind: 'address', names: ['chamber', 'deputies', 'italian'] });
  });

  it('keeps the names of a principal not in office that day', () => {
    expect(storyDoc(address('Address by President Volodymyr Zelenskyy', '2018-03-22')).occasion).toMatchObject({ kind: 'address', names: ['volodymyr', 'zelenskyy'] });
  });
});
