import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';

// A pronoun's antecedent is looked up in its own sentence, then one to three sentences back, through the per-sentence
// lists `remember` keeps beside `seen` (refer.ts). Each sentence names an object after the subject: the last person seen,
// which the fallback over all of `seen` would take, so a per-sentence list that diverged from `seen` fails these.
const pipeline = defaultPipeline({ layers: ['discourse'] });
const antecedents = (text: string, word: string): (string | undefined)[] =>
  (pipeline.run(makeDoc({ text, meta: { date: '2021-06-01' } })).layers.discourse?.mentions ?? [])
    .filter((m) => text.slice(m.start, m.end) === word).map((m) => m.name);

describe('pronoun antecedents by sentence (review of sp-actors, finding 2)', () => {
  it('takes the subject of the same sentence', () => {
    expect(antecedents('President Joe Biden told Prime Minister Boris Johnson that he would visit London.', 'he')).toEqual(['Joe Biden']);
  });

  it('takes the subject of the sentence before', () => {
    expect(antecedents('President Joe Biden met Prime Minister Boris Johnson on Monday. He said America would help.', 'He')).toEqual(['Joe Biden']);
  });

  it('takes the subject three sentences back when the two between name no one', () => {
    const text = 'President Joe Biden met Prime Minister Boris Johnson on Monday. The weather was cold. Crowds gathered outside. He said America would help.';
    expect(antecedents(text, 'He')).toEqual(['Joe Biden']);
  });

  it('takes no one four sentences back', () => {
    const text = 'President Joe Biden met Prime Minister Boris Johnson on Monday. The weather was cold. Crowds gathered outside. The streets were full. He said America would help.';
    expect(antecedents(text, 'He')).toEqual([]);
  });
});
