import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Document } from '../src/core/document.js';
import type { CodedEvent } from '../src/stages/events/types.js';
import { loadTrainGold, reportTrainGold } from '../eval/events/train-gold.js';

const fixture = join(import.meta.dirname, 'fixtures', 'outside-gold');
const made: string[] = [];
afterEach(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'train-gold-test-'));
  made.push(dir);
  return dir;
}

/** A coder that finds the fixture's one required event: Iraqi jets attacking an Iranian platform. */
function oneRightAssault(docs: readonly Document[]): Document[] {
  return docs.map((doc) => {
    const at = (word: string) => ({ start: doc.text.indexOf(word), end: doc.text.indexOf(word) + word.length, tokens: [0, 1] as const });
    const party = (word: string, code: string) => ({ ...at(word), actorId: word, name: word, code });
    const sentence = at('Iraqi jets attacked an Iranian oil platform');
    const assault: CodedEvent = {
      event: 'ASSAULT', context: [], score: 0, quad: 'material-conflict', quadCode: 4, actors: [party('Iraqi', 'IRQ')], recipients: [party('Iranian', 'IRN')],
      negated: false, hypothetical: false, future: false, historical: false, confidence: 1, sent: 0, trigger: sentence, evidence: sentence, reasons: [], why: '',
    };
    return { ...doc, layers: { ...doc.layers, events: { events: [assault], rejected: [] } } };
  });
}

describe('the training gold report', () => {
  it('scores the training articles like the outside gold, under its own heading and metric', async () => {
    const report = await reportTrainGold(oneRightAssault, fixture, tempDir());
    expect(report.metrics).toEqual({ train_gold_f1: 1 });
    expect(report.markdown).toContain('### Training gold (studied: 1 annotated articles');
    expect(report.markdown).toContain('| wire | 1 | 1.000 | 1.000 | 1.000 | 1/1 | 1 | 0 |');
  });

  it('reports no metric when there are no gold files', async () => {
    const report = await reportTrainGold(oneRightAssault, join(tempDir(), 'absent'), tempDir());
    expect(report).toEqual({ metrics: {}, markdown: '### Training gold (studied)\n\nNo gold files.\n' });
  });

  it('refuses an article that the held-out gold also annotates', () => {
    const heldOut = tempDir();
    mkdirSync(join(heldOut, 'reuters'));
    cpSync(join(fixture, 'wire', 'story-1.gold.json'), join(heldOut, 'reuters', 'story-1.gold.json'));
    expect(() => loadTrainGold(fixture, heldOut)).toThrow(/E320: Training gold wire\/story-1\.gold\.json annotates story-1, which the held-out gold also holds \(reuters\/story-1\.gold\.json\)/);
  });

  it('holds the committed training gold: well-formed, blind-sampled wire stories, none of them held out', () => {
    const articles = loadTrainGold();
    const wire = articles.filter((a) => a.folder === 'reuters');
    expect(wire.length).toBeGreaterThanOrEqual(30);
    for (const a of wire) {
      expect(a.docId).toMatch(/^reuters-\d+$/);
      const ids = a.gold.events.required.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
