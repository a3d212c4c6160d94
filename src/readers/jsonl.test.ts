import { describe, expect, it } from 'vitest';
import { readSource } from './inputs.js';
import { readJsonl } from './jsonl.js';
import { LIMITS } from './limits.js';
import type { ReadResult } from './types.js';
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

const outcome = (r: ReadResult) => (r.ok ? 'ok' : `${r.error.code}@${r.origin.line}`);

describe('issue-16: readJsonl on hostile input', () => {
  it('rejects a line longer than the limit without holding it, and reads the next', async () => {
    const long = JSON.stringify({ text: 'x'.repeat(5000) });
    const source = sourceOf(`${long}\n${JSON.stringify({ text: 'Short.' })}\n`, 'big.jsonl');
    const results = await collect(readJsonl(source, { ...LIMITS, maxLineBytes: 1000 }));
    expect(results.map(outcome)).toEqual(['E019@1', 'ok']);
    expect(!results[0].ok && results[0].error.message).toMatch(/big\.jsonl: line 1/);
  });

  it('decodes each line on its own: one bad byte is replaced and reported, other lines keep their UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"text":"Talks in Z\u00fcrich."}\n', 'utf8'),
      Buffer.from('{"text":"Bad \xff byte, Z\u00fcrich."}\n', 'latin1'),
      Buffer.from('{"text":"Bad '),
      Buffer.from([0xff]),
      Buffer.from(' byte in Zürich."}\n', 'utf8'),
    ]);
    const results = await collect(readJsonl(sourceOf(bytes, 'mixed.jsonl')));
    const docs = results.map((r) => (r.ok ? r.doc : undefined));
    expect(docs[0]?.text).toBe('Talks in Zürich.');
    expect(docs[0]?.diagnostics).toEqual([]);
    // A line with no valid multi-byte UTF-8 at all is an older Latin-1 record.
    expect(docs[1]?.text).toBe('Bad ÿ byte, Zürich.');
    expect(docs[2]?.text).toBe('Bad \ufffd byte in Zürich.');
    expect(docs[2]?.diagnostics.map((d) => [d.ruleId, d.reason.slice(0, 4)])).toEqual([['readers/invalid-utf8', 'E025']]);
  });

  it('reports an id that is neither a string nor a number', async () => {
    const results = await collect(readJsonl(sourceOf(JSON.stringify({ id: { a: 1 }, text: 'Text.' }), 'ids.jsonl')));
    expect(results.map(outcome)).toEqual(['E013@1']);
    expect(!results[0].ok && results[0].error.message).toContain('field "id"');
  });

  it.each(['2020-02-30', '99999-01-01', '2020-99-99junk'])('rejects the date %s', async (date) => {
    const results = await collect(readJsonl(sourceOf(JSON.stringify({ date, text: 'Text.' }))));
    expect(results.map(outcome)).toEqual(['E013@1']);
  });

  it.each([['', 'empty'], ['\n  \n\n', 'blank']])('reports a file with no records (%j, %s)', async (content) => {
    const results = await collect(readSource(sourceOf(content, 'empty.jsonl')));
    expect(results.map((r) => !r.ok && r.error.code)).toEqual(['E024']);
  });
});
