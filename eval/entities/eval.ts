/**
 * Named entities on CoNLL-2003 dev (`../shared/data/ner/conll2003/eng.testa.dev.iob2.txt`):
 * entity precision, recall and F1 per type, exact span and type, in CoNLL's four-type space
 * (dyad's GPE and LOC score as LOC, NORP as MISC). Also the six dyad types' counts on dev.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conllSpans, parseConll, type ConllSpan } from '../../src/stages/entities/conll.js';
import { conllType } from '../../src/stages/entities/labels.js';
import { loadModel } from '../../src/stages/entities/model.js';
import { recogniseSentences } from '../../src/stages/entities/recognise.js';
import { prf, type EvalReport } from '../report.js';
import { countMatches, scoreTable } from './score.js';

export const DEV_PATH = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'ner', 'conll2003', 'eng.testa.dev.iob2.txt');

export async function run(): Promise<EvalReport> {
  const model = loadModel();
  const docs = parseConll(readFileSync(DEV_PATH, 'utf8'));
  const gold: ConllSpan[][] = [];
  const predicted: ConllSpan[][] = [];
  const dyadTypes = new Map<string, number>();
  for (const doc of docs) {
    const found = recogniseSentences(model, doc.sentences.map((s) => s.words));
    doc.sentences.forEach((sent, i) => {
      gold.push(conllSpans(sent.tags));
      predicted.push(found[i].map((e) => ({ start: e.start, end: e.end, type: conllType(e.type) })));
      for (const e of found[i]) dyadTypes.set(e.type, (dyadTypes.get(e.type) ?? 0) + 1);
    });
  }
  const counts = countMatches(gold, predicted);
  const all = prf(counts.ALL.tp, counts.ALL.fp, counts.ALL.fn);
  const metrics: Record<string, number> = { f1: round(all.f), precision: round(all.p), recall: round(all.r) };
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) metrics[`f1_${type}`] = round(prf(counts[type].tp, counts[type].fp, counts[type].fn).f);
  const markdown = [
    `CoNLL-2003 English dev: ${docs.length} documents, ${gold.length} sentences, ${counts.ALL.tp + counts.ALL.fn} gold entities. Exact span and type; dyad GPE/LOC → LOC, NORP/MISC → MISC.`,
    '',
    scoreTable(counts),
    '',
    `Predicted dyad types: ${[...dyadTypes].sort().map(([t, n]) => `${t} ${n}`).join(', ')}.`,
  ].join('\n');
  return { title: 'Named entities (CoNLL-2003 dev)', metrics, markdown };
}

const round = (v: number) => Math.round(v * 10000) / 10000;
