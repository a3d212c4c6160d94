/**
 * The training articles whose case carries no information (all lower-case stories, stories or
 * sentences in capitals: `src/stages/tokens/truecase.ts`, #12), coded and scored alone: found/required,
 * predicted and false per article and in all. `--raw` codes them with truecasing off, for the
 * before/after of a truecasing change; `--list` adds each article's misses and false items.
 *
 *   npx tsx eval/events/uncased.ts [--raw] [--list]
 */
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { uninformativeCase } from '../../src/stages/tokens/truecase.js';
import { pipelineCoder } from './newsdev.js';
import { scoreOutsideGold } from './outside-gold.js';
import { loadTrainGold } from './train-gold.js';

const raw = process.argv.includes('--raw');
const list = process.argv.includes('--list');
const stages = defaultStages().map((stage) => (stage.name === 'tokens' ? tokens({ truecase: !raw }) : stage));
const pipeline = createPipeline(stages);
const tokenizer = createPipeline(defaultStages().slice(0, stages.findIndex((s) => s.name === 'tokens') + 1).map((s) => (s.name === 'tokens' ? tokens({ truecase: false }) : s)));

const uncased = loadTrainGold().filter((a) => {
  const doc = tokenizer.run({ id: a.docId, text: a.input.text, meta: { origin: { location: a.docId, format: 'text' } }, layers: {}, diagnostics: [] });
  const where = uninformativeCase(doc.text, doc.layers.tokens ?? []);
  return where === 'all' || (where !== undefined && where.length * 2 >= new Set((doc.layers.tokens ?? []).map((t) => t.sent)).size);
});
const scored = await scoreOutsideGold(pipelineCoder(pipeline), uncased);
let [required, found, predicted, falseItems] = [0, 0, 0, 0];
for (const a of scored) {
  const s = a.score;
  [required, found, predicted, falseItems] = [required + s.required, found + s.found_dyad, predicted + s.predicted, falseItems + s.false_positives];
  console.log(`${a.folder}/${a.docId}: ${s.found_dyad}/${s.required} found, ${s.predicted} predicted, ${s.false_positives} false`);
  if (list) {
    for (const d of s.detail) if (!d.dyad) console.log(`  missed ${d.id ?? ''} ${d.event}`);
    for (const f of s.fp) console.log(`  false ${f.event} ${f.actor.join('+') || '-'} -> ${f.recipient.join('+') || '-'} | ${f.evidence}`);
  }
}
console.log(`${raw ? 'truecasing off' : 'truecasing on'}: ${scored.length} articles, ${found}/${required} found, ${predicted} predicted, ${falseItems} false`);
