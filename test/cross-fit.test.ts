import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossFitFold, STORY_LEAD, storyKey, totalsWithout, trainingWithout } from '../scripts/events/cross-fit-folds.js';
import { foldOf, penaltyCurves, readGathered } from '../scripts/events/fold-search.js';
import { judgePooled, poolTable, type PooledArticle } from '../scripts/events/pooled-rule.js';
import { stanceFeatureSet, thresholdOf, trainStance, withFeatureSet } from '../scripts/events/stance-recipe.js';
import type { RescueExample } from '../scripts/events/event-rescue-data.js';

// The cross-fitted evaluation of the learned steps (scripts/events/cross-fit.ts) and the pooled rule that judges it.
const ids = Array.from({ length: 2000 }, (_, i) => storyKey(`Story ${i}: the minister said.`));

describe('storyKey', () => {
  const lead = 'The EC Commission said on Tuesday it would propose new farm price cuts. '.repeat(8);

  it('gives copies of one story one key: case, white space, and what follows the lead do not count', () => {
    expect(lead.length).toBeGreaterThan(STORY_LEAD);
    expect(storyKey(lead.toUpperCase().replace(/ /g, '\n  '))).toBe(storyKey(lead));
    expect(storyKey(lead + ' A later paragraph of the longer version.')).toBe(storyKey(lead));
  });

  it('gives a story repeated with the next day\'s dateline, or with its punctuation revised, one key', () => {
    const story = 'Philippines finance minister Jaime Ongpin said he was cautiously optimistic an accord would be reached.';
    expect(storyKey(`NEW YORK, March 16 - ${story}`)).toBe(storyKey(`NEW YORK, March 15 - ${story}`));
    expect(storyKey('SYDNEY, April 8 - Unions struck in New South Wales, NSW, to protest.')).toBe(storyKey('SYDNEY, April 8 - Unions struck in New South Wales (NSW) to protest.'));
    expect(storyKey('SYDNEY, April 8 - Unions struck in New South Wales.')).not.toBe(storyKey('SYDNEY, April 8 - Unions struck in Victoria.'));
  });

  it('drops a dateline whose place has a region, whose date ends in a comma or ", Reuter", or that has no date', () => {
    const story = 'The United Auto Workers struck General Motors Corp\'s truck and bus plants, General Motors said.';
    expect(storyKey(`PONTIAC, Mich., March 27 - ${story}`)).toBe(storyKey(`PONTIAC, Mich., March 26 - ${story}`));
    expect(storyKey(`TAUPO, New Zealand, March 23, Reuter - ${story}`)).toBe(storyKey(`TAUPO, New Zealand, March 24 - ${story}`));
    expect(storyKey(`CHICAGO, March 4, - ${story}`)).toBe(storyKey(`CHICAGO, March 5 - ${story}`));
    expect(storyKey(`Caracas, feb 26 - ${story}`)).toBe(storyKey(`CARACAS, Feb 27 - ${story}`));
    expect(storyKey(`BAGUIO, Philippines - ${story}`)).toBe(storyKey(`BAGUIO, Philippines, March 3 - ${story}`));
  });

  it('drops a headline before the dateline, on its own lines or run into it', () => {
    const story = 'Federal Reserve Board Chairman Paul Volcker urged Congress to allow the negotiating process to continue.';
    expect(storyKey(`VOLCKER REAFFIRMS G-6 NEGOTIATING PROCESS\n\nWASHINGTON, March 26 - ${story}`)).toBe(storyKey(`WASHINGTON, March 26 - ${story}`));
    expect(storyKey(`VOLCKER URGES PATIENCE\n\nrepeat from late yesterday\n\nWASHINGTON, March 27 - ${story}`)).toBe(storyKey(`WASHINGTON, March 26 - ${story}`));
    expect(storyKey(`VOLCKER REAFFIRMS G-6 PROCESS WASHINGTON, March 26 - ${story}`)).toBe(storyKey(`WASHINGTON, March 26 - ${story}`));
  });

  it('keeps a title line that no dateline follows, and a mixed-case phrase before a dash', () => {
    const story = 'The prime minister said the plan would be published next week.';
    expect(storyKey(`Blair rejects the plan\n\n${story}`)).not.toBe(storyKey(story));
    expect(storyKey(`The Tories - ${story}`)).not.toBe(storyKey(story));
  });

  it('tells stories with other leads apart', () => {
    expect(storyKey(`Brussels, ${lead}`)).not.toBe(storyKey(lead));
    expect(storyKey('A short story.')).not.toBe(storyKey('A short story, revised.'));
  });
});

describe('crossFitFold', () => {
  it('puts every id in one fold, the same each time', () => {
    expect(ids.map((id) => crossFitFold(id))).toEqual(ids.map((id) => crossFitFold(id)));
    expect(new Set(ids.map((id) => crossFitFold(id)))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('splits ids about evenly', () => {
    const sizes = [0, 1, 2, 3, 4].map((k) => ids.filter((id) => crossFitFold(id) === k).length);
    for (const size of sizes) expect(Math.abs(size - 400)).toBeLessThan(60);
  });

  it('cuts across the trainers\' own folds (fold-search.ts foldOf)', () => {
    const fold0 = ids.filter((id) => crossFitFold(id) === 0);
    expect(new Set(fold0.map(foldOf)).size).toBe(5);
  });
});

describe('totalsWithout', () => {
  const totals = new Map([['train/reuters', { required: 10, found: 4, predicted: 8, false: 3 }], ['tune/reuters-a', { required: 5, found: 2, predicted: 4, false: 1 }]]);

  it('subtracts the removed articles from their group only', () => {
    const out = totalsWithout(totals, [{ group: 'train/reuters', tally: { required: 3, found: 1, predicted: 2, false: 1 } }], 'filter.json');
    expect(out.get('train/reuters')).toEqual({ required: 7, found: 3, predicted: 6, false: 2 });
    expect(out.get('tune/reuters-a')).toEqual(totals.get('tune/reuters-a'));
    expect(totals.get('train/reuters')!.required).toBe(10);
  });

  it('refuses tallies the gathered totals cannot hold, naming the examples file (E1021)', () => {
    expect(() => totalsWithout(totals, [{ group: 'train/readouts', tally: { required: 1, found: 0, predicted: 0, false: 0 } }], 'filter.json'))
      .toThrow('E1021: Cross-fit: examples file filter.json: group "train/readouts" is not a group of the gathered examples.');
    expect(() => totalsWithout(totals, [{ group: 'train/reuters', tally: { required: 11, found: 0, predicted: 0, false: 0 } }], 'rescue.json'))
      .toThrow('E1021: Cross-fit: examples file rescue.json: group "train/reuters" falls below zero.');
  });
});

describe('trainingWithout (a fold\'s training set, for the filter, the rescue and the statement-content step)', () => {
  const tally = (required: number, found: number) => ({ required, found, predicted: found + 1, false: 1 });
  const totals = new Map([['train/bbc', { required: 10, found: 4, predicted: 8, false: 4 }], ['tune/reuters-a', { required: 5, found: 2, predicted: 4, false: 2 }]]);
  const articles = [{ docId: 'bbc-1', story: 'left' }, { docId: 'bbc-2', story: 'kept' }];
  const before = new Map([['bbc-1', { group: 'train/bbc', tally: tally(3, 1) }], ['bbc-2', { group: 'train/bbc', tally: tally(2, 2) }]]);
  const examples = [
    { group: 'train/bbc', story: 'left', id: 1 }, { group: 'train/bbc', story: 'kept', id: 2 },
    // A tune article sharing the left-out story stays: tune examples are in every fold's model, as in the shipped recipe.
    { group: 'tune/reuters-a', story: 'left', id: 3 },
  ];

  it('drops the left-out stories\' training examples and their articles\' tallies, and keeps the rest', () => {
    const out = trainingWithout({ examples, totals, file: 'stance.json' }, articles, before, (story) => story === 'left');
    expect(out.examples.map((x) => x.id)).toEqual([2, 3]);
    expect(out.totals.get('train/bbc')).toEqual({ required: 7, found: 3, predicted: 6, false: 3 });
    expect(out.totals.get('tune/reuters-a')).toEqual(totals.get('tune/reuters-a'));
  });

  it('leaves everything in when no story is left out (the model the check half and held-out gold are coded with)', () => {
    const out = trainingWithout({ examples, totals, file: 'stance.json' }, articles, before, () => false);
    expect(out.examples).toEqual(examples);
    expect(out.totals).toEqual(totals);
  });
});

describe('the statement-content recipe (stance-recipe.ts)', () => {
  const reading = (i: number, positive: boolean, word: string): RescueExample => ({
    group: 'train/bbc', docId: `d${i}`, story: `s${i}`, rule: 'events/statement', trigger: 1, event: 'ACCUSE',
    features: ['type:ACCUSE', `ACCUSE:w:${word}`, positive ? 'ACCUSE:judge:damning' : 'ACCUSE:to:country'], dFound: positive ? 1 : 0, dFalse: positive ? 0 : 1,
  });
  const readings = Array.from({ length: 200 }, (_, i) => reading(i, i % 3 === 0, i % 2 ? 'waste' : 'plan'));
  const totals = new Map([['train/bbc', { required: 150, found: 40, predicted: 100, false: 60 }]]);

  it('chooses the feature set by name: words+classes by default, classes without the content words (E1022 for others)', () => {
    expect(stanceFeatureSet(undefined)).toBe('words+classes');
    expect(withFeatureSet([readings[0]], stanceFeatureSet('classes'))[0].features).toEqual(['type:ACCUSE', 'ACCUSE:judge:damning']);
    expect(withFeatureSet([readings[0]], 'words+classes')[0].features).toEqual(readings[0].features);
    expect(() => stanceFeatureSet('words')).toThrow('E1022: Statement-content training: "words" is not a feature set (words+classes, classes).');
  });

  it('trains on the chosen set only: a classes model has no word weight, a words+classes model has', () => {
    const quiet = { log: () => {} };
    const classes = trainStance({ examples: readings, totals, features: 'classes', ...quiet }).model;
    const words = trainStance({ examples: readings, totals, ...quiet }).model;
    expect(Object.keys(classes.weights).filter((f) => f.includes(':w:'))).toEqual([]);
    expect(classes.weights['ACCUSE:judge:damning']).toBeGreaterThan(0);
    expect(Object.keys(words.weights)).toContain('ACCUSE:w:waste');
  });

  it('holds a fixed threshold when told one, choosing only the penalty at it (session 61: the shipped 0.20)', () => {
    const quiet = { log: () => {} };
    const chosen = trainStance({ examples: readings, totals, ...quiet });
    const fixed = trainStance({ examples: readings, totals, threshold: 0.45, ...quiet });
    expect(chosen.threshold).not.toBe(0.45);
    expect(fixed.threshold).toBe(0.45);
    expect(fixed.model.threshold).toBe(0.45);
  });

  it('reads a fixed threshold from an option: none when absent, E1023 for anything but a number from 0 to 1', () => {
    expect(thresholdOf(undefined)).toBeUndefined();
    expect(thresholdOf('0.2')).toBe(0.2);
    for (const bad of ['', 'high', '1.5', '-0.1']) expect(() => thresholdOf(bad)).toThrow('E1023');
  });
});

describe('judgePooled', () => {
  const article = (part: PooledArticle['part'], i: number, found: number, falseEvents: number): PooledArticle =>
    ({ part, folder: part === 'train' ? 'reuters' : 'a', docId: `d${i}`, story: `s${i}`, tally: { required: 3, found, predicted: found + falseEvents, false: falseEvents } });
  const base = Array.from({ length: 90 }, (_, i) => article(i < 10 ? 'check' : 'train', i, 1, 2));

  it('keeps a coding that drops false events everywhere', () => {
    const other = base.map((a) => ({ ...a, tally: { ...a.tally, predicted: a.tally.predicted - 1, false: a.tally.false - 1 } }));
    expect(judgePooled(base, other).at(-1)).toBe('rule (without seed and GSR): interval above 0 yes; no folder loses more than 2 found yes');
  });

  it('refuses a coding whose check folder loses three found items, whatever the pool gains', () => {
    const other = base.map((a, i) => (i < 3 ? { ...a, tally: { ...a.tally, found: 0, predicted: 2 } } : { ...a, tally: { ...a.tally, predicted: 2, false: 1 } }));
    expect(judgePooled(base, other).at(-1)).toMatch(/interval above 0 yes; no folder loses more than 2 found NO/);
  });

  it('draws copies of one story together: the same change on 30 copies of one story is no evidence', () => {
    const copies = base.map((a, i) => (i >= 60 ? { ...a, story: 'one story' } : a));
    const better = copies.map((a, i) => (i >= 60 ? { ...a, tally: { ...a.tally, predicted: a.tally.predicted - 1, false: a.tally.false - 1 } } : a));
    expect(judgePooled(base, better.map((a, i) => ({ ...a, story: `s${i}` }))).at(-1)).toMatch(/interval above 0 yes/);
    expect(judgePooled(copies, better).at(-1)).toMatch(/interval above 0 NO/);
  });

  it('counts as seen, for --unseen-by, every copy of a seen article\'s story, whatever its id', () => {
    const copies = base.map((a, i) => (i === 11 ? { ...a, story: 's10' } : a));
    expect(judgePooled(copies, copies, new Set(['d10']))[1]).toMatch(/^pooled, base-unseen training only +88 articles/);
  });

  it('pairs articles by part and id and tabulates each part', () => {
    expect(judgePooled(base, base)[0]).toMatch(/^pooled +90 articles: ΔF1 \+0\.0000/);
    expect(poolTable(base)).toContain('| check all | 10 | 0.333 | 10/30 | 30 | 20 |');
  });
});

describe('readGathered', () => {
  it('reads examples that carry their story, and refuses those gathered before they did (E1230), for trainers and cross-fit alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-gathered-test-'));
    try {
      const totals = [['train/reuters', { required: 1, found: 0, predicted: 0, false: 0 }]];
      writeFileSync(join(dir, 'new.json'), JSON.stringify({ examples: [{ docId: 'd1', story: 's1' }], totals }));
      writeFileSync(join(dir, 'old.json'), JSON.stringify({ examples: [{ docId: 'd1', story: 's1' }, { docId: 'd2' }], totals }));
      expect(readGathered(join(dir, 'new.json'))).toEqual({ examples: [{ docId: 'd1', story: 's1' }], totals: new Map(totals as [string, unknown][]) });
      expect(() => readGathered(join(dir, 'old.json'))).toThrow(/^E1230: Learned-step examples .*old\.json were gathered before examples carried their story/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the trainers\' inner folds (fold-search.ts penaltyCurves)', () => {
  it('score two examples of one story under different ids with one fold\'s model, as the ids alone would not', () => {
    const example = (docId: string, story: string, positive: boolean) => ({ docId, story, group: 'train/reuters', features: ['bg', positive ? 'yes' : 'no'], positive });
    const background = Array.from({ length: 100 }, (_, i) => example(`d${i}`, `s${i}`, i % 4 === 0));
    const copies = [example('reuters-5186', 'one story', true), example('reuters-5294', 'one story', true)];
    expect(foldOf(copies[0].docId)).not.toBe(foldOf(copies[1].docId));
    const examples = [...background, ...copies];
    const [{ scores }] = penaltyCurves({
      examples, positive: (x) => x.positive, thresholds: [0.5], guard: 0, penalties: [4],
      totalsAt: () => ({ required: 1, found: 0, predicted: 0, false: 0 }),
    });
    expect(scores[100]).toBe(scores[101]);
    // Scored by models that differ from fold to fold: were the copies in two folds, their scores would differ too.
    expect(new Set(background.map((x, i) => (x.positive ? scores[i] : -1))).size).toBeGreaterThan(2);
  });
});
