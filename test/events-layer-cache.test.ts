import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/core/document.js';
import { defaultPipeline } from '../src/pipeline.js';
import { readInputs } from '../src/readers/inputs.js';
import { ploverRecords } from '../src/stages/events/plover-records.js';
import { codeWithLayerCache, upstreamCodeKey } from '../eval/events/layer-cache.js';
import { scoreArticle, type ArticleGold } from '../eval/events/reference-score.js';
import { tempDir } from './helpers.js';

const fixture = join(import.meta.dirname, 'fixtures', 'events-scorer');
const gold = JSON.parse(readFileSync(join(fixture, 'article.gold.json'), 'utf8')) as ArticleGold;

async function fixtureDocs(): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const r of readInputs([join(fixture, 'article.jsonl')])) if (r.ok) docs.push(r.doc);
  return docs;
}

const scored = (docs: readonly Document[]) => docs.map((d) => {
  const records = ploverRecords(d);
  return { records, score: scoreArticle(gold, records, d.text) };
});

describe('the events eval layer cache (misses.ts --cached)', () => {
  it('scores exactly as the full pipeline, when it writes the cache and when it reads it', async () => {
    const docs = await fixtureDocs();
    const full = scored(docs.map((d) => defaultPipeline().run(d)));
    expect(full[0].records.length).toBeGreaterThan(0);
    const dir = tempDir();
    const written = scored(codeWithLayerCache(docs, dir, 'code-a'));
    expect(readdirSync(dir)).toHaveLength(1);
    const read = scored(codeWithLayerCache(docs, dir, 'code-a'));
    expect(written).toEqual(full);
    expect(read).toEqual(full);
  });

  it('reads the layers from the cache file, and never one made by other code', async () => {
    const docs = await fixtureDocs();
    const dir = tempDir();
    const full = scored(codeWithLayerCache(docs, dir, 'code-a'));
    // Empty the cached sentences: a run that reads the file now finds no events.
    const [file] = readdirSync(dir);
    const cached = deserialize(readFileSync(join(dir, file))) as { layers: Record<string, unknown> }[];
    writeFileSync(join(dir, file), serialize(cached.map((c) => ({ ...c, layers: { ...c.layers, sentences: [] } }))));
    expect(scored(codeWithLayerCache(docs, dir, 'code-a'))[0].records).toEqual([]);
    // Other code before the events stage: the layers are made again, the old file removed.
    expect(scored(codeWithLayerCache(docs, dir, 'code-b'))).toEqual(full);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^code-b-/)]);
  });

  it('keys on the code before the events stage, not on the events stage itself', () => {
    const root = tempDir();
    const put = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    put('package-lock.json', '{}');
    put('src/stages/deps/parse.ts', 'a');
    put('src/stages/events/code-events.ts', 'a');
    put('models/syntax/weights.bin', 'a');
    put('models/events/lexicon.json', 'a');
    const key = upstreamCodeKey(root);
    put('src/stages/events/code-events.ts', 'b');
    put('models/events/lexicon.json', 'b');
    expect(upstreamCodeKey(root)).toBe(key);
    put('models/syntax/weights.bin', 'b');
    const afterModel = upstreamCodeKey(root);
    expect(afterModel).not.toBe(key);
    put('src/stages/deps/parse.ts', 'b');
    expect(upstreamCodeKey(root)).not.toBe(afterModel);
  });
});
