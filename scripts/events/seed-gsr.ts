/**
 * `npx tsx scripts/events/seed-gsr.ts [--filter FILE] [--rescue FILE]`: the seed article and the PLOVER GSR alone
 * (eval/events/eval.ts's scorers), with the default pipeline or with other learned models (plain JSON, as
 * cross-fit.ts `--save` writes them): the parts of the pooled rule for learned steps that the cross-fit does not
 * code, without `npm run eval events` coding every gold set again. Numbers only.
 */
import { readFileSync } from 'node:fs';
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { events, type EventOptions } from '../../src/stages/events/index.js';
import { scoreGsr, scoreSeed } from '../../eval/events/eval.js';
import { optionOf } from './fold-search.js';

const args = process.argv.slice(2);
const options: { filter?: EventOptions['filter']; rescue?: EventOptions['rescue'] } = {};
for (const step of ['filter', 'rescue'] as const) {
  const file = optionOf(args, `--${step}`);
  if (file) options[step] = JSON.parse(readFileSync(file, 'utf8')) as NonNullable<EventOptions[typeof step]>;
}
const pipeline = createPipeline(defaultStages().map((stage) => (stage.name === 'events' ? events(options) : stage)));
const seed = await scoreSeed(pipeline);
const gsr = scoreGsr(pipeline);
console.log(JSON.stringify({ ...seed.metrics, ...gsr.metrics }));
