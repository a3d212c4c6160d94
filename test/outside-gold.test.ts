import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Document } from '../src/core/document.js';
import type { CodedEvent } from '../src/stages/events/types.js';
import { loadOutsideGold, missDetail, outsideGoldTable, scoreOutsideGold } from '../eval/events/outside-gold.js';
import { scoreArticle } from '../eval/events/reference-score.js';

const fixture = join(import.meta.dirname, 'fixtures', 'outside-gold');
const made: string[] = [];
afterEach(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** A copy of the fixture with its gold file changed by `edit`. */
function editedCopy(edit: (gold: Record<string, unknown>) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'outside-gold-test-'));
  made.push(root);
  cpSync(fixture, root, { recursive: true });
  const path = join(root, 'wire', 'story-1.gold.json');
  const gold = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(gold);
  writeFileSync(path, JSON.stringify(gold));
  return root;
}

/** An event as the coder would give it, between the first mentions of two words. */
function event(doc: Document, type: CodedEvent['event'], actor: [string, string], recipient: [string, string], sentence: string): CodedEvent {
  const at = (word: string) => ({ start: doc.text.indexOf(word), end: doc.text.indexOf(word) + word.length, tokens: [0, 1] as const });
  const party = ([word, code]: [string, string]) => ({ ...at(word), actorId: word, name: word, code });
  return {
    event: type, context: [], score: 0, quad: 'material-conflict', quadCode: 4, actors: [party(actor)], recipients: [party(recipient)],
    negated: false, hypothetical: false, future: false, historical: false, confidence: 1, sent: 0,
    trigger: at(sentence), evidence: at(sentence), reasons: [], why: '',
  };
}

describe('the outside gold', () => {
  it('scores each article with the reference rules, per folder and overall', async () => {
    // One right ASSAULT in the first sentence, one AGREE that no gold item allows in the second.
    const coder = (docs: readonly Document[]) => docs.map((doc) => ({
      ...doc,
      layers: { ...doc.layers, events: { events: [
        event(doc, 'ASSAULT', ['Iraqi', 'IRQ'], ['Iranian', 'IRN'], 'Iraqi jets attacked an Iranian oil platform'),
        event(doc, 'AGREE', ['Iran', 'IRN'], ['United Nations', 'IGOUNO'], 'Iran protested to the United Nations'),
      ], rejected: [] } },
    }));
    const scored = await scoreOutsideGold(coder, loadOutsideGold(fixture));
    expect(scored.map((a) => [a.folder, a.docId, a.score.found_dyad, a.score.predicted, a.score.false_positives])).toEqual([['wire', 'story-1', 1, 2, 1]]);
    const { rows, f1 } = outsideGoldTable(scored);
    expect(rows).toEqual(['| wire | 1 | 0.667 | 0.500 | 1.000 | 1/1 | 2 | 1 |', '| all | 1 | 0.667 | 0.500 | 1.000 | 1/1 | 2 | 1 |']);
    expect(f1.all).toBe(0.667);
  });

  it('shows under a training miss its gold and the triggers turned down in its sentence only (--train --list)', () => {
    const [article] = loadOutsideGold(fixture);
    const down = (trigger: string, sentence: string) => ({ ruleId: 'events/statement', trigger, sentence, reason: `"${trigger}" is a statement` });
    const scored = {
      ...article, records: [], score: scoreArticle(article.gold, [], article.input.text),
      rejected: [down('attacked', 'Iraqi jets attacked an Iranian oil platform on Monday.'), down('protested', 'Iran protested to the United Nations.')],
    };
    expect(missDetail(scored, 0)).toEqual([
      '    gold IRQMIL -> IRN | Iraqi jets attacked an Iranian oil platform',
      '    turned down events/statement "attacked": "attacked" is a statement',
    ]);
  });

  it('names the file and field of a malformed gold item', () => {
    const badType = editedCopy((g) => { (g.events as { required: { event: string }[] }).required[0].event = 'ATTACK'; });
    expect(() => loadOutsideGold(badType)).toThrow(/E300: Outside gold wire\/story-1\.gold\.json: events\.required\[0\]\.event "ATTACK" is not a PLOVER event type/);
    const badEvidence = editedCopy((g) => { (g.events as { acceptable: { evidence: string }[] }).acceptable[0].evidence = 'Iran protested loudly'; });
    expect(() => loadOutsideGold(badEvidence)).toThrow(/E300: .*events\.acceptable\[0\]\.evidence is not copied exactly/);
    const badLength = editedCopy((g) => { g.meta = { scope_end_char: 99 }; });
    expect(() => loadOutsideGold(badLength)).toThrow(/E300: .*meta\.scope_end_char is 99, but the input text has 110 characters/);
  });

  it('refuses a gold file whose input is missing or names another article', () => {
    const otherId = editedCopy((g) => { g.document = { id: 'story-2' }; });
    expect(() => loadOutsideGold(otherId)).toThrow(/E301: Outside gold input wire\/story-1\.input\.json has id "story-1", but its gold file annotates "story-2"/);
    rmSync(join(otherId, 'wire', 'story-1.input.json'));
    expect(() => loadOutsideGold(otherId)).toThrow(/E301: .*is missing/);
  });
});
