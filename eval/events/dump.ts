/**
 * `npx tsx eval/events/dump.ts <out.txt>`: every event and every turned-down trigger the events
 * stage codes on news-dev and on the speed benchmark's 600 readouts, with its `why`, one JSON line
 * each. A change meant to be performance-only is proved so by an empty `diff` of the dumps made
 * before and after it. The layers before events come from the eval's and the benchmark's caches
 * (eval/events/layer-cache.ts, bench/events/readouts.ts), so a dump takes seconds once they are
 * made. Reads ../shared; never part of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import { publicId, type Document } from '../../src/core/document.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { packOf } from '../../src/lang/pack.js';
import { defaultStages } from '../../src/pipeline.js';
import { rejectionText } from '../../src/stages/events/explain.js';
import { preparedReadouts } from '../../bench/events/readouts.js';
import { codeWithLayerCache } from './layer-cache.js';
import { scoreNewsDev } from './newsdev.js';

const out = process.argv[2];
if (!out) {
  console.error('usage: dump.ts <out.txt>');
  process.exit(2);
}

const coded: Document[] = [];
await scoreNewsDev((docs) => {
  const done = codeWithLayerCache(docs);
  coded.push(...done);
  return done;
});
const stages = defaultStages();
const at = stages.findIndex((s) => s.name === 'events');
const before = createPipeline(stages.slice(0, at));
const events = createPipeline(stages.slice(at, at + 1), before.produces);
for (const doc of await preparedReadouts((d) => before.run(d))) coded.push(events.run(doc));

const lines: string[] = [];
for (const doc of coded) {
  lines.push(`# ${publicId(doc)}`);
  const layer = doc.layers.events;
  for (const event of layer?.events ?? []) lines.push(JSON.stringify(event));
  const pack = packOf(doc);
  for (const r of layer?.rejected ?? []) lines.push(`rejected ${JSON.stringify(r)} ${rejectionText(pack, r)}`);
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${coded.length} documents, ${lines.length - coded.length} events and rejections written to ${out}`);
