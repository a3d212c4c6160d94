/**
 * `npm run eval events`: the event and quote layers against news-dev, the held-out outside gold
 * (`outside-gold.ts`: numbers only), the studied training gold (`train-gold.ts`), (1) the seed article's hand-made gold
 * (`../shared/seed/*.gold.json`) and (2) the PLOVER gold-standard dev records
 * (`../shared/data/eventgold/plover-gsr-dev.json`). The scoring rules are in `score.ts`.
 * Runs the default pipeline spec (`src/pipeline.ts`); `DYAD_PIPELINE=spec.json` runs another one.
 * A spec that cannot code events fails with a coded error (E005/E001/E009), never a silent zero.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../src/core/document.js';
import type { Pipeline } from '../../src/core/pipeline.js';
import { commandPipeline } from '../../src/cli/pipeline-option.js';
import { readInputs } from '../../src/readers/inputs.js';
import type { CodedEvent } from '../../src/stages/events/types.js';
import { prf, type EvalReport } from '../report.js';
import { gsrDocument, loadGsrRecords } from './gsr.js';
import { reportNewsDev } from './newsdev-report.js';
import { pipelineCoder, SHARED } from './newsdev.js';
import { reportOutsideGold } from './outside-gold.js';
import { reportTrainGold } from './train-gold.js';
import {
  countryPairs, decisiveEvent, isFact, mapGoldLabel, normalise, sameParticipant, sameSet, splitCode,
  type Participant, type ScoredEvent,
} from './score.js';

function toScored(e: CodedEvent): ScoredEvent {
  return { ...e, actors: e.actors, recipients: e.recipients };
}

export async function run(): Promise<EvalReport> {
  const pipeline = await commandPipeline(process.env.DYAD_PIPELINE, { command: 'npm run eval events', select: (stages) => stages, layers: ['events', 'quotes'] });
  const note = process.env.DYAD_PIPELINE ? `Pipeline: \`${process.env.DYAD_PIPELINE}\`.\n\n` : '';
  const news = await reportNewsDev(pipeline);
  const outside = await reportOutsideGold(pipeline);
  const train = await reportTrainGold(pipelineCoder(pipeline));
  const seed = await scoreSeed(pipeline);
  const gsr = scoreGsr(pipeline);
  return {
    title: 'Events and quotes (news-dev articles; held-out outside gold; studied training gold; seed article; PLOVER gold-standard dev records)',
    metrics: { ...news.metrics, ...outside.metrics, ...train.metrics, ...seed.metrics, ...gsr.metrics },
    markdown: note + news.markdown + '\n' + outside.markdown + '\n' + train.markdown + '\n' + seed.markdown + '\n' + gsr.markdown,
  };
}

interface GoldEvent { id?: string; event: string; mode?: string; actor: string[]; recipient: string[]; evidence?: string; alternatives?: Partial<GoldEvent>[] }
interface SeedGold {
  document: string;
  actors: { id: string; code: string; sector?: string; mentions: string[] }[];
  quotes: { speaker: string; starts: string }[];
  events: { required: GoldEvent[]; acceptable: GoldEvent[] };
}

/** Types the seed's `forbidden_examples` rule out: the article reports none. */
const FORBIDDEN_TYPES = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION', 'THREATEN', 'PROTEST']);

/** The seed article against its hand-made gold: required events found, false positives, quotes with the right speaker. */
export async function scoreSeed(pipeline: Pipeline): Promise<{ metrics: Record<string, number>; markdown: string }> {
  const dir = join(SHARED, 'seed');
  const golds = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.gold.json')) : [];
  let required = 0;
  let requiredFound = 0;
  let falsePositives = 0;
  let quotesTotal = 0;
  let quotesFound = 0;
  const rows: string[] = [];
  for (const file of golds) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as SeedGold;
    let doc: Document | undefined;
    for await (const result of readInputs([join(dir, gold.document)])) if (result.ok) doc = pipeline.run(result.doc);
    if (!doc) continue;
    const produced = (doc.layers.events?.events ?? []).map(toScored).filter(isFact);
    for (const g of gold.events.required) {
      required++;
      const readings = [g, ...(g.alternatives ?? []).map((alt) => ({ ...g, ...alt }))];
      // The item itself before its alternatives, so that the table shows the best reading found.
      const hit = produced.find((p) => sameEvent(g, p)) ?? produced.find((p) => readings.some((r) => sameEvent(r, p)));
      if (hit) requiredFound++;
      rows.push(`| ${g.id} ${g.event} ${g.actor.join('+')} → ${g.recipient.join('+') || '—'} | ${hit ? `found: ${describe(hit)}` : 'missed'} |`);
    }
    const known = [...gold.events.required, ...gold.events.acceptable].flatMap((g) => [g, ...(g.alternatives ?? []).map((alt) => ({ ...g, ...alt }))]);
    for (const p of produced) {
      const reason = forbiddenReason(p) ?? (known.some((g) => g.event === p.event && sameSet(g.actor.map(splitCode), p.actors)) ? undefined : 'matches no gold event');
      if (!reason) continue;
      falsePositives++;
      rows.push(`| false positive | ${describe(p)}: ${reason} |`);
    }
    const produceQuotes = doc.layers.quotes ?? [];
    for (const q of gold.quotes) {
      quotesTotal++;
      const speaker = gold.actors.find((a) => a.id === q.speaker);
      const found = produceQuotes.find((pq) => normalise(doc.text.slice(pq.start, pq.end)).startsWith(normalise(q.starts)));
      const right = found?.speaker && speaker && (sameParticipant({ code: speaker.code, sector: speaker.sector }, { code: found.speaker.code, sector: found.speaker.sector }) ||
        speaker.mentions.some((m) => normalise(m) === normalise(doc.text.slice(found.speaker!.start, found.speaker!.end))));
      if (right) quotesFound++;
      else rows.push(`| quote "${q.starts}" | ${found ? `speaker ${found.speaker ? doc.text.slice(found.speaker.start, found.speaker.end) : 'none'}` : 'not found'} |`);
    }
  }
  const markdown = [
    `### Seed article\n`,
    `Required events found: ${requiredFound} / ${required}; false positives: ${falsePositives}; quotes with the right speaker: ${quotesFound} / ${quotesTotal}.\n`,
    '| item | result |', '|---|---|', ...rows, '',
  ].join('\n');
  return { metrics: { seed_required: requiredFound, seed_false_positives: falsePositives, seed_quotes: quotesFound }, markdown };
}

function sameEvent(g: GoldEvent, p: ScoredEvent): boolean {
  return g.event === p.event && sameSet(g.actor.map(splitCode), p.actors) && sameSet(g.recipient.map(splitCode), p.recipients);
}

function forbiddenReason(p: ScoredEvent): string | undefined {
  if (FORBIDDEN_TYPES.has(p.event)) return `forbidden type ${p.event}`;
  if ([...p.actors, ...p.recipients].some((x) => /\bTASS\b/i.test(x.name ?? ''))) return 'TASS as a participant';
  if (p.date && (p.date.startsWith('2015') || p.date === '2019-12-09')) return 'background date presented as new';
  return undefined;
}

function describe(e: ScoredEvent): string {
  const codes = (list: readonly Participant[]) => list.map((x) => `${x.code ?? '?'}${x.sector ?? ''}`).join('+') || '—';
  return `${e.event}${e.mode ? `/${e.mode}` : ''} ${codes(e.actors)} → ${codes(e.recipients)}`;
}

/** The PLOVER gold-standard dev records: event-type F1 and actor/recipient country F1 of each record's decisive event. */
export function scoreGsr(pipeline: Pipeline): { metrics: Record<string, number>; markdown: string } {
  const records = loadGsrRecords();
  if (!records) return { metrics: {}, markdown: '### PLOVER gold-standard dev\n\nData not present.\n' };
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (type: string) => perType.get(type) ?? (perType.set(type, { tp: 0, fp: 0, fn: 0 }), perType.get(type)!);
  const confusion = new Map<string, Map<string, number>>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ctp = 0;
  let cfp = 0;
  let cfn = 0;
  for (const record of records) {
    const gold = mapGoldLabel(record.event).event;
    const doc = pipeline.run(gsrDocument(record));
    const produced = (doc.layers.events?.events ?? []).map(toScored).filter(isFact);
    const types = new Set(produced.map((e) => e.event));
    if (types.has(gold)) { tp++; count(gold).tp++; } else { fn++; count(gold).fn++; }
    for (const t of types) if (t !== gold) { fp++; count(t).fp++; }
    const decisive = decisiveEvent(produced, gold);
    const row = confusion.get(gold) ?? new Map<string, number>();
    const col = decisive?.event ?? 'none';
    row.set(col, (row.get(col) ?? 0) + 1);
    confusion.set(gold, row);
    const goldPairs = countryPairs(record.source ?? [], Array.isArray(record.target) ? record.target : []);
    const producedPairs = decisive ? countryPairs(decisive.actors, decisive.recipients) : new Set<string>();
    for (const p of producedPairs) if (goldPairs.has(p)) ctp++; else cfp++;
    for (const g of goldPairs) if (!producedPairs.has(g)) cfn++;
  }
  const type = prf(tp, fp, fn);
  const country = prf(ctp, cfp, cfn);
  const fmt = (v: number) => v.toFixed(3);
  const typeRows = [...perType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => {
    const s = prf(c.tp, c.fp, c.fn);
    return `| ${t} | ${c.tp} | ${c.fp} | ${c.fn} | ${fmt(s.p)} | ${fmt(s.r)} | ${fmt(s.f)} |`;
  });
  const columns = [...new Set([...confusion.values()].flatMap((row) => [...row.keys()]))].sort();
  const confusionRows = [...confusion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([g, row]) => `| ${g} | ${columns.map((c) => row.get(c) ?? '').join(' | ')} |`);
  const markdown = [
    `### PLOVER gold-standard dev (${records.length} records)\n`,
    `Event type: P ${fmt(type.p)}, R ${fmt(type.r)}, F1 ${fmt(type.f)}. Actor+recipient countries: P ${fmt(country.p)}, R ${fmt(country.r)}, F1 ${fmt(country.f)}.\n`,
    '| type | tp | fp | fn | P | R | F1 |', '|---|---|---|---|---|---|---|', ...typeRows, '',
    'Confusion (rows gold, columns the decisive produced event):\n',
    `| gold | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`, ...confusionRows, '',
  ].join('\n');
  return { metrics: { gsr_type_f1: type.f, gsr_country_f1: country.f }, markdown };
}
