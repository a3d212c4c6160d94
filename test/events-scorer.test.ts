import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { halfOf, isFalseRecord, Locator, scoreArticle, type ArticleGold, type ScoredRecord } from '../eval/events/reference-score.js';

const dir = join(import.meta.dirname, 'fixtures', 'events-scorer');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('the TypeScript port of the reference event scorer', () => {
  it('gives the Python reference result on the committed fixture', () => {
    const gold = JSON.parse(read('article.gold.json')) as ArticleGold;
    const preds = read('predictions.jsonl').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ScoredRecord);
    const text = (JSON.parse(read('article.jsonl')) as { text: string }).text;
    expect(scoreArticle(gold, preds, text)).toEqual(JSON.parse(read('expected.json')));
  });

  it('says which records the score counts false, normalising codes as the scorer does, and never a flagged one', () => {
    const gold = JSON.parse(read('article.gold.json')) as ArticleGold;
    const preds = read('predictions.jsonl').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ScoredRecord);
    const score = scoreArticle(gold, preds, (JSON.parse(read('article.jsonl')) as { text: string }).text);
    expect(preds.flatMap((r, i) => (isFalseRecord(score, r) ? [i] : []))).toEqual([6, 10, 12]);
    expect(isFalseRecord(score, { ...preds[6], negated: true })).toBe(false);
    expect(isFalseRecord(score, { ...preds[6], evidence: `${preds[6].evidence} and more` })).toBe(false);
  });

  it('tells whether a text lies in the sentences of another, none for a missing or absent one', () => {
    const where = new Locator('Russia attacked Kyiv. Ukraine asked for help. The talks went on.');
    const second = where.sentencesIn('asked for help');
    expect([...second]).toEqual([1]);
    expect([where.inSentences('Ukraine asked', second), where.inSentences('The talks', second), where.inSentences(undefined, second)]).toEqual([true, false, false]);
    expect(where.sentencesIn('not in the text').size).toBe(0);
  });

  it('splits articles in halves by the reference hash', () => {
    expect([halfOf('reuters-893'), halfOf('kremlin-67000'), halfOf('ua-president-71493')]).toEqual(['tune', 'tune', 'check']);
  });
});
