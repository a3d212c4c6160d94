import { describe, expect, it } from 'vitest';
import { readJsonl, toIsoDate } from './jsonl.js';
import { collect, sourceOf } from './test-source.js';

const lines = [
  JSON.stringify({ id: 'a1', date: '2021-10-24', title: 'Talks', source: 'kremlin.ru', url: 'http://x/1', text: 'Putin met Macron.' }),
  '{not json',
  '',
  JSON.stringify({ id: 7, text: '' }),
  JSON.stringify({ text: 'No id here.', date: 'yesterday-ish' }),
  JSON.stringify({ text: 'Wikinews style.', dateCreated: '2009-05-08', sourceURL: 'https://en.wikinews.org/x' }),
  JSON.stringify(['an', 'array']),
].join('\n');

describe('readJsonl', () => {
  it('reads good lines and rejects bad ones with their line numbers, without stopping', async () => {
    const results = await collect(readJsonl(sourceOf(lines, 'batch.jsonl')));
    expect(results.map((r) => (r.ok ? 'ok' : `${r.error.code}@${r.origin.line}`))).toEqual(['ok', 'E012@2', 'E013@4', 'E013@5', 'ok', 'E013@7']);
  });

  it('keeps the record id, metadata and where the line came from', async () => {
    const [first] = await collect(readJsonl(sourceOf(lines, 'batch.jsonl')));
    expect(first.ok && first.doc.meta).toEqual({
      sourceId: 'a1', date: '2021-10-24', title: 'Talks', source: 'kremlin.ru', url: 'http://x/1',
      origin: { location: 'batch.jsonl', line: 1, format: 'jsonl' },
    });
  });

  it('accepts the field names Wikinews dumps use', async () => {
    const results = await collect(readJsonl(sourceOf(lines)));
    const wiki = results.find((r) => r.ok && r.doc.text === 'Wikinews style.');
    expect(wiki?.ok && wiki.doc.meta.date).toBe('2009-05-08');
    expect(wiki?.ok && wiki.doc.meta.url).toBe('https://en.wikinews.org/x');
  });

  it('names the field that is wrong', async () => {
    const results = await collect(readJsonl(sourceOf(lines, 'batch.jsonl')));
    const bad = results.find((r) => !r.ok && r.origin.line === 5);
    expect(bad && !bad.ok && bad.error.message).toMatch(/batch\.jsonl: line 5: field "date"/);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2020-06-26', '2020-06-26'],
    ['2020-06-26T10:00:00Z', '2020-06-26T10:00:00.000Z'],
    ['Fri, 26 Jun 2020 10:00:00 GMT', '2020-06-26T10:00:00.000Z'],
    ['2020-13-45', undefined],
    ['soon', undefined],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});
