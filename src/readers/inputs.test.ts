import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from './detect.js';
import { readInputs } from './inputs.js';
import { LIMITS } from './limits.js';
import { collect } from './test-source.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-inputs-'));
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'a.txt'), 'First article text.');
  writeFileSync(join(dir, 'nested', 'b.jsonl'), '{"id":"b1","text":"Second."}\n{"id":"b2","text":"Third."}\n');
  writeFileSync(join(dir, 'nested', 'deeper', 'c.txt'), 'Fourth article.');
  writeFileSync(join(dir, 'README.md'), 'Not an article.');
  writeFileSync(join(dir, 'LICENSE.txt'), 'Licence text. Not an article.');
  writeFileSync(join(dir, '.hidden.txt'), 'Hidden.');
  writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n');
});

const texts = async (inputs: string[], options = {}) =>
  (await collect(readInputs(inputs, options))).map((r) => (r.ok ? r.doc.text : `!${r.error.code}`));

describe('readInputs', () => {
  it('walks a folder recursively in a stable order, skipping hidden files, docs and unknown extensions', async () => {
    expect(await texts([dir])).toEqual(['First article text.', 'Second.', 'Third.', 'Fourth article.']);
  });

  it('expands globs', async () => {
    expect(await texts([join(dir, '**', '*.txt')])).toEqual(['Licence text. Not an article.', 'First article text.', 'Fourth article.']);
  });

  it('reads stdin for `-`, detecting the format from the content', async () => {
    const stdin = Readable.from([Buffer.from('{"text":"From a pipe."}\n')]);
    expect(await texts(['-'], { stdin })).toEqual(['From a pipe.']);
  });

  it('reports a missing file and an empty glob as rejections and goes on', async () => {
    expect(await texts([join(dir, 'missing.txt'), join(dir, '*.nothing'), join(dir, 'a.txt')])).toEqual(['!E010', '!E017', 'First article text.']);
  });

  it('reads every input as the format named, when one is', async () => {
    writeFileSync(join(dir, 'named.txt'), '{"text":"Named format."}\n');
    expect(await texts([join(dir, 'named.txt')], { format: 'jsonl' })).toEqual(['Named format.']);
  });

  it('records where each document came from', async () => {
    const results = await collect(readInputs([join(dir, 'nested', 'b.jsonl')]));
    expect(results.map((r) => r.ok && r.doc.meta.origin)).toEqual([
      { location: join(dir, 'nested', 'b.jsonl'), line: 1, format: 'jsonl' },
      { location: join(dir, 'nested', 'b.jsonl'), line: 2, format: 'jsonl' },
    ]);
  });
});

describe('detectFormat', () => {
  it.each([
    ['x.txt', '<!DOCTYPE lewis SYSTEM "lewis.dtd">', 'reuters'],
    ['feed', '<?xml version="1.0"?>\n<rss version="2.0">', 'feed'],
    ['atom.xml', '<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['page', '<!DOCTYPE html><html>', 'html'],
    ['x.jsonl', 'anything', 'jsonl'],
    ['stdin', '{"text":"a"}\n{"text":"b"}', 'jsonl'],
    ['note', 'Plain words.', 'text'],
    ['x.htm', 'no markup at all', 'html'],
  ])('%s starting %j is %s', (location, head, format) => {
    expect(detectFormat(location, head)).toBe(format);
  });
});

describe('issue-16: readInputs on hostile input', () => {
  let hostile: string;
  beforeAll(() => {
    hostile = mkdtempSync(join(tmpdir(), 'dyad-hostile-'));
    writeFileSync(join(hostile, 'nul.txt'), Buffer.concat([Buffer.from('A sentence here. '), Buffer.alloc(753)]));
    writeFileSync(join(hostile, 'empty.html'), '');
    writeFileSync(join(hostile, 'empty.jsonl'), '');
    mkdirSync(join(hostile, 'real'));
    writeFileSync(join(hostile, 'real', 'story.txt'), 'A linked article.');
    mkdirSync(join(hostile, 'links'));
    symlinkSync(join(hostile, 'real', 'story.txt'), join(hostile, 'links', 'alias.txt'));
    symlinkSync(join(hostile, 'links'), join(hostile, 'links', 'loop'));
    symlinkSync(join(hostile, 'nowhere.txt'), join(hostile, 'links', 'dangling.txt'));
  });
  const outcomes = async (inputs: string[], options = {}) =>
    (await collect(readInputs(inputs, options))).map((r) => (r.ok ? r.doc.text : `!${r.error.code}`));

  it('rejects a binary file instead of storing it as an article', async () => {
    expect(await outcomes([join(hostile, 'nul.txt')])).toEqual(['!E023']);
  });

  it.each([['empty.html'], ['empty.jsonl']])('says that %s holds no records', async (name) => {
    const results = await collect(readInputs([join(hostile, name)]));
    expect(results.map((r) => !r.ok && r.error.message)).toEqual([`E024: ${join(hostile, name)}: holds no records.`]);
  });

  it('follows symlinks inside a folder once each, without looping, and reports a dangling one', async () => {
    expect(await outcomes([join(hostile, 'links')])).toEqual(['A linked article.', '!E010']);
  });

  it('reads a file that several globs or folders name only once', async () => {
    const deeper = join(dir, 'nested', 'deeper');
    expect(await outcomes([join(dir, '**', 'c.*'), join(dir, '**', '*.txt'), deeper, join(deeper, 'c.txt')])).toEqual(['Fourth article.', 'Licence text. Not an article.', 'First article text.', 'Named format.']);
  });

  it('rejects a source larger than the limit, and a text longer than the limit', async () => {
    const limits = { ...LIMITS, maxSourceBytes: 10, maxLineBytes: 1000, maxTextChars: 15 };
    const results = await collect(readInputs([join(dir, 'a.txt'), join(dir, 'nested', 'b.jsonl')], { limits: { ...limits, maxSourceBytes: 1000 } }));
    expect(results.map((r) => (r.ok ? r.doc.text : `!${r.error.code}`))).toEqual(['!E019', 'Second.', 'Third.']);
    const [big] = await collect(readInputs([join(dir, 'a.txt')], { limits }));
    expect(!big.ok && big.error.message).toMatch(/larger than the limit of 10 bytes/);
  });
});
