/**
 * `npx tsx eval/events/gsr-participants.ts`: the PLOVER gold-standard dev records whose decisive
 * event (as `npm run eval events` picks it) has other actor or recipient countries than the gold,
 * each with its text, the produced event, its `why` and the (role, country) pairs produced falsely
 * or missed; the totals reproduce the eval's country P/R. For error analysis of participants on
 * records nobody tuned on. Reads ../shared; never part of `npm test`.
 */
import { commandPipeline } from '../../src/cli/pipeline-option.js';
import { gsrDocument, loadGsrRecords } from './gsr.js';
import { countryPairs, decisiveEvent, isFact, mapGoldLabel, type Participant } from './score.js';

const pipeline = await commandPipeline(undefined, { command: 'gsr-participants', select: (stages) => stages, layers: ['events', 'quotes'] });
const records = loadGsrRecords() ?? [];
const codes = (list: readonly Participant[]) => list.map((p) => `${p.code ?? '?'}${p.sector ?? ''}${p.name ? `(${p.name})` : ''}`).join('+');
let right = 0;
let falsePairs = 0;
let missed = 0;
for (const record of records) {
  const doc = pipeline.run(gsrDocument(record));
  const produced = (doc.layers.events?.events ?? []).filter(isFact);
  const chosen = decisiveEvent(produced, mapGoldLabel(record.event).event);
  const decisive = produced.find((e) => e === chosen);
  const target = Array.isArray(record.target) ? record.target : [];
  const gold = countryPairs(record.source ?? [], target);
  const got = decisive ? countryPairs(decisive.actors, decisive.recipients) : new Set<string>();
  const wrong = [...got].filter((p) => !gold.has(p));
  const lost = [...gold].filter((p) => !got.has(p));
  right += got.size - wrong.length;
  falsePairs += wrong.length;
  missed += lost.length;
  if (!wrong.length && !lost.length) continue;
  console.log(`=== ${record.id} gold ${record.event} ${codes(record.source ?? [])} -> ${codes(target)}`);
  console.log(`  text: ${record.text!.trim().replace(/\s+/g, ' ')}`);
  if (decisive) {
    const trigger = doc.text.slice(decisive.trigger.start, decisive.trigger.end);
    console.log(`  got: ${decisive.event} ${codes(decisive.actors)} -> ${codes(decisive.recipients)} | ${trigger}`);
  } else console.log('  got: no event');
  console.log(`  false ${wrong.join(' ') || '-'}; missed ${lost.join(' ') || '-'}`);
}
console.log(`\n${records.length} records; country pairs right ${right}, false ${falsePairs}, missed ${missed}`);
