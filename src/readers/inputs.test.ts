import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from './detect.js';
import { readInputs } from './inputs.js';
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
