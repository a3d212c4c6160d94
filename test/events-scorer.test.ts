import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { halfOf, scoreArticle, type ArticleGold, type ScoredRecord } from '../eval/events/reference-score.js';

const dir = join(import.meta.dirname, 'fixtures', 'events-scorer');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('the TypeScript port of the reference event scorer', () => {
  it('gives the Python reference result on the committed fixture', () => {
    const gold = JSON.parse(read('article.gold.json')) as ArticleGold;
    const preds = read('predictions.jsonl').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ScoredRecord);
    const text = (JSON.parse(read('article.jsonl')) as { text: string }).text;
    expect(scoreArticle(gold, preds, text)).toEqual(JSON.parse(read('expected.json')));
  });

  it('splits articles in halves by the reference hash', () => {
    expect([halfOf('reuters-893'), halfOf('kremlin-67000'), halfOf('ua-president-71493')]).toEqual(['tune', 'tune', 'check']);
  });
});
