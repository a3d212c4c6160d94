import { readFileSync } from 'node:fs';
import { defaultPipeline } from '/work/wt/ev-actors/src/pipeline.js';

const id = process.argv[2];
const line = readFileSync('/tmp/ev-actors-reuters.jsonl', 'utf8').split('\n').find((l) => l.includes(`"id": "${id}"`))!;
const rec = JSON.parse(line);
const p = defaultPipeline();
const { makeDoc } = await import("/work/wt/ev-actors/src/core/document.js"); const doc = p.run(makeDoc({ text: rec.text, meta: { date: rec.date, id: rec.id, source: rec.source } } as never));
for (const m of (doc.layers as any).discourse.mentions) console.log('D', rec.text.slice(m.start, m.end), m.code, m.sector, m.why);
for (const pl of (doc.layers as any).places) console.log('P', pl.name, pl.country, pl.role);
