import { describe, expect, it } from 'vitest';
import { appendColumn, conllSpans, iob2Tags, parseConll } from './conll.js';

const TEXT = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
`;

describe('parseConll', () => {
  it('reads documents, sentences, tokens and the last column', () => {
    const [doc] = parseConll(TEXT);
    expect(doc.sentences.map((s) => s.words)).toEqual([['EU', 'rejects', 'German'], ['Peter', 'Blackburn']]);
    expect(doc.sentences[1].tags).toEqual(['B-PER', 'I-PER']);
  });

  it('treats untagged token lines as O', () => {
    expect(parseConll('Putin\nspoke\n')[0].sentences[0].tags).toEqual(['O', 'O']);
  });
});

describe('conllSpans', () => {
  it.each([
    ['IOB2', ['B-PER', 'I-PER', 'O', 'B-LOC'], [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]],
    ['IOB1 starting with I-', ['I-ORG', 'I-ORG', 'O'], [{ start: 0, end: 2, type: 'ORG' }]],
    ['adjacent entities of one type', ['B-LOC', 'B-LOC'], [{ start: 0, end: 1, type: 'LOC' }, { start: 1, end: 2, type: 'LOC' }]],
    ['a type change without B-', ['I-ORG', 'I-LOC'], [{ start: 0, end: 1, type: 'ORG' }, { start: 1, end: 2, type: 'LOC' }]],
  ])('%s', (_name, tags, spans) => {
    expect(conllSpans(tags)).toEqual(spans);
  });

  it('round-trips through iob2Tags', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC'];
    expect(iob2Tags(conllSpans(tags), tags.length)).toEqual(tags);
  });
});

describe('appendColumn', () => {
  it('adds a tag to token lines only, in order', () => {
    const out = appendColumn(TEXT, ['B-ORG', 'O', 'B-MISC', 'B-PER', 'I-PER']);
    expect(out.split('\n').slice(0, 5)).toEqual(['-DOCSTART- -X- -X- O', '', 'EU NNP B-NP B-ORG B-ORG', 'rejects VBZ B-VP O O', 'German JJ B-NP B-MISC B-MISC']);
    expect(out.split('\n')[7]).toBe('Blackburn NNP I-NP I-PER I-PER');
  });
});
