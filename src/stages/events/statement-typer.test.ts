import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { loadStatementModel, type StatementCandidate, type StatementModel } from './statement-typer.js';

const lexicon = loadLexicon();
/** Keeps a reading whose recipient is the content's subject, read as ACCUSE: a verdict on another side. */
const verdicts: StatementModel = { bias: -3, weights: { 'ACCUSE|rel:subj': 6 }, threshold: 0.5 };
const keepNone: StatementModel = { bias: -3, weights: {}, threshold: 0.5 };

/** "Tokyo said Washington was wrong.": a statement (CAMEO 010) whose content judges another side. */
const verdict = (speaker = true) => parsedDoc([`
  Tokyo Tokyo PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  Washington Washington PROPN NNP 5 nsubj
  was be AUX VBD 5 cop
  wrong wrong ADJ JJ 2 ccomp
  . . PUNCT . 2 punct`], { actors: [
  ...(speaker ? [{ sent: 0, tokens: [0, 1] as [number, number], id: 'jpn', name: 'Tokyo', code: 'JPN', sector: 'GOV' }] : []),
  { sent: 0, tokens: [2, 3] as [number, number], id: 'usa', name: 'Washington', code: 'USA', sector: 'GOV' },
] });

const codes = (ps: readonly { code?: string }[]) => ps.map((p) => p.code);

describe('the learned statement typer', () => {
  it('issue-12: reads a statement the rules turned down as the act its content carries, speaker to the side it names', () => {
    const { events, rejected } = codeEvents(verdict(), lexicon, undefined, { model: verdicts });
    expect(events.map((e) => [e.event, ...codes(e.actors), ...codes(e.recipients)])).toEqual([['ACCUSE', 'JPN', 'USA']]);
    expect(events[0].why).toContain('learned statement typer: 0.95');
    expect(rejected.some((r) => r.ruleId === 'events/statement')).toBe(true);
  });

  it('keeps nothing below the threshold, with the typer off, or with no coded speaker', () => {
    for (const layer of [codeEvents(verdict(), lexicon, undefined, { model: keepNone }), codeEvents(verdict(), lexicon), codeEvents(verdict(false), lexicon, undefined, { model: verdicts })]) {
      expect(layer.events).toEqual([]);
    }
  });

  it('collects each type against each named side and none for training, and keeps none', () => {
    const collect: StatementCandidate[] = [];
    const { events } = codeEvents(verdict(), lexicon, undefined, { collect });
    expect(events).toEqual([]);
    expect(collect.map((c) => `${c.events[0].event}:${codes(c.events[0].recipients).join('')}`)).toContain('ACCUSE:USA');
    expect(collect).toHaveLength(14);
    expect(collect[0].features).toEqual(expect.arrayContaining(['lemma:wrong', 'verb:say', 'doer:other', 'ACCUSE|rel:subj']));
  });

  it('is deterministic', () => {
    expect(codeEvents(verdict(), lexicon, undefined, { model: verdicts })).toEqual(codeEvents(verdict(), lexicon, undefined, { model: verdicts }));
  });
});

describe('the shipped statement typer', () => {
  it('loads with a threshold chosen out of fold', () => {
    const model = loadStatementModel();
    expect(model.threshold).toBeGreaterThanOrEqual(0.2);
    expect(Object.keys(model.weights).length).toBeGreaterThan(0);
  });
});
