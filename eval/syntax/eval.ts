/**
 * Syntax on UD English EWT dev with gold tokenization: UPOS, XPOS and lemma accuracy of the
 * tagger, UAS and LAS of the parser on predicted tags (and on gold tags, to separate the two
 * sources of error), and the relations it gets wrong most.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetPath } from '../../src/core/assets.js';
import { annotateSentence } from '../../src/stages/deps/annotate-conllu.js';
import { parseConllu } from '../../src/stages/deps/conllu.js';
import { loadParser } from '../../src/stages/deps/deps-model.js';
import { loadPosModel } from '../../src/stages/pos/pos-model.js';
import type { EvalReport } from '../report.js';

export async function run(): Promise<EvalReport> {
  const path = join(assetPath(), '..', 'shared', 'data', 'ud', 'UD_English-EWT', 'en_ewt-ud-dev.conllu');
  const gold = parseConllu(readFileSync(path, 'utf8'));
  const pos = loadPosModel();
  const parser = loadParser();
  const count = { words: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, goldTagUas: 0, goldTagLas: 0 };
  const relation = new Map<string, { gold: number; correct: number }>();
  for (const sent of gold) {
    const predicted = annotateSentence(sent, pos, parser);
    const onGoldTags = parser.parse(sent.words.map((w) => w.form), sent.words.map((w) => `${w.upos} ${w.xpos}`));
    sent.words.forEach((g, i) => {
      const p = predicted.words[i];
      count.words++;
      if (p.upos === g.upos) count.upos++;
      if (p.xpos === g.xpos) count.xpos++;
      if (p.lemma === g.lemma) count.lemma++;
      const label = g.deprel.split(':')[0];
      const rel = relation.get(label) ?? { gold: 0, correct: 0 };
      rel.gold++;
      relation.set(label, rel);
      if (p.head === g.head) {
        count.uas++;
        if (p.deprel === g.deprel) {
          count.las++;
          rel.correct++;
        }
      }
      if (onGoldTags[i].head + 1 === g.head) {
        count.goldTagUas++;
        if (onGoldTags[i].deprel === g.deprel) count.goldTagLas++;
      }
    });
  }
  const ratio = (k: number) => k / count.words;
  const metrics = {
    upos: ratio(count.upos),
    xpos: ratio(count.xpos),
    lemma: ratio(count.lemma),
    uas: ratio(count.uas),
    las: ratio(count.las),
  };
  const pct = (v: number) => (v * 100).toFixed(2);
  const rows = [...relation.entries()].filter(([, r]) => r.gold >= 100).sort((a, b) => b[1].gold - a[1].gold);
  const markdown = [
    `${gold.length} sentences, ${count.words} words (gold tokenization). Models: \`models/syntax/\`.`,
    '',
    '| metric | dev |',
    '| --- | ---: |',
    `| UPOS | ${pct(metrics.upos)} |`,
    `| XPOS | ${pct(metrics.xpos)} |`,
    `| lemma | ${pct(metrics.lemma)} |`,
    `| UAS (predicted tags) | ${pct(metrics.uas)} |`,
    `| LAS (predicted tags) | ${pct(metrics.las)} |`,
    `| UAS (gold tags) | ${pct(ratio(count.goldTagUas))} |`,
    `| LAS (gold tags) | ${pct(ratio(count.goldTagLas))} |`,
    '',
    'Labelled attachment by relation (without subtype), relations with at least 100 dev words:',
    '',
    '| relation | words | LAS |',
    '| --- | ---: | ---: |',
    ...rows.map(([rel, r]) => `| ${rel} | ${r.gold} | ${pct(r.correct / r.gold)} |`),
  ].join('\n');
  return { title: 'Syntax (UD English EWT dev)', metrics, markdown };
}
