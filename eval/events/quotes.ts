/**
 * `npx tsx eval/events/quotes.ts [--list SET]`: the quotes layer against the gold quotes of news-dev (tune and
 * check halves), the training gold (BBC study and check halves by eval/events/bbc-halves/*.ids, readouts,
 * reuters) and the held-out BBC set. A gold quote is found when a produced quote starts with its words; its
 * speaker is right when code and sector agree with the gold actor's (an uncoded gold actor: the speaker is
 * uncoded and named), and named when it is right and its words are one of the gold actor's mentions or inside
 * one (the person, not only the country and sector: "he" given to the wrong minister of one government is
 * right but not named).
 * The layers before quotes are made once and kept in `.dyad/quotes-layer-cache/` (keyed by all code but
 * the quotes, discourse and events stages); a rerun after a quotes change takes seconds. `--list SET` prints
 * the wrong items of a study set (news-dev-tune, train-bbc-study, train-readouts, train-reuters) only; a wrong
 * speaker is marked `/code` (its words are one of the gold actor's mentions: the code differs) or `/person`.
 * `--dump FILE` writes every produced quote of those study sets, one line each, for a diff before and after a change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { publicId, type Document } from '../../src/core/document.js';
import type { Layers } from '../../src/core/layers.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { stagesFromSpec } from '../../src/core/spec.js';
import { DEFAULT_SPEC } from '../../src/pipeline.js';
import type { Quote } from '../../src/stages/quotes/types.js';
import { loadOutsideGold } from './outside-gold.js';
import { codeInputs, scoreNewsDev } from './newsdev.js';
import { normCode } from './reference-score.js';
import { normalise } from './score.js';
import { loadTrainGold } from './train-gold.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, '.dyad', 'quotes-layer-cache');
const OWN = ['quotes', 'discourse', 'events'].map((s) => join('src', 'stages', s) + sep);

interface GoldActor { readonly id: string; readonly code?: string | null; readonly sector?: string | null; readonly mentions?: readonly string[] }
interface QuoteGold { readonly actors?: readonly GoldActor[]; readonly quotes?: readonly { speaker: string; starts: string }[] }
interface Item { readonly set: string; readonly docId: string; readonly gold: QuoteGold; readonly doc: Document }

function codeKey(): string {
  const hash = createHash('sha256');
  const files = ['src', 'models'].flatMap((top) => (readdirSync(join(ROOT, top), { recursive: true }) as string[]).map((f) => join(top, f)));
  files.push('package-lock.json');
  for (const file of files.sort()) {
    if (OWN.some((own) => file.startsWith(own)) || file.endsWith('.test.ts') || !statSync(join(ROOT, file)).isFile()) continue;
    hash.update(`${file}\u0000`).update(readFileSync(join(ROOT, file))).update('\u0000');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Every document through the stages before quotes (cached), then the quotes stage. */
function codeQuotes(docs: readonly Document[]): Document[] {
  const kinds = DEFAULT_SPEC.stages.map((s) => (typeof s === 'string' ? s : s.kind));
  const at = kinds.indexOf('quotes');
  const before = createPipeline(stagesFromSpec({ stages: DEFAULT_SPEC.stages.slice(0, at) }));
  const quotes = createPipeline(stagesFromSpec({ stages: DEFAULT_SPEC.stages.slice(at, at + 1) }), before.produces);
  const inputs = createHash('sha256');
  for (const d of docs) inputs.update(JSON.stringify([d.id, d.text])).update('\u0000');
  const key = codeKey();
  const file = join(CACHE, `${key}-${inputs.digest('hex').slice(0, 16)}.v8`);
  let cached: Partial<Layers>[];
  if (existsSync(file)) cached = deserialize(readFileSync(file)) as Partial<Layers>[];
  else {
    cached = docs.map((d) => before.run(d).layers);
    mkdirSync(CACHE, { recursive: true });
    // Files of older code are stale; those of this code for other documents (another gold set) are kept.
    for (const old of readdirSync(CACHE).filter((f) => f.endsWith('.v8') && !f.startsWith(key))) rmSync(join(CACHE, old));
    writeFileSync(file, serialize(cached));
  }
  return docs.map((d, i) => quotes.run({ ...d, layers: cached[i] }));
}

/**
 * The BBC training stories of one half: `outside.ts bbc` positions 0–149 (study) and 150–299 (check), ids one per
 * line, so that the check half is scored, never studied.
 */
function idsOf(half: string): Set<string> | undefined {
  const path = join(import.meta.dirname, 'bbc-halves', `${half}.ids`);
  return existsSync(path) ? new Set(readFileSync(path, 'utf8').split('\n').filter(Boolean)) : undefined;
}

async function gather(): Promise<Item[]> {
  const docs = new Map<string, Document>();
  const capture = (input: readonly Document[]): Document[] => {
    const done = codeQuotes(input);
    for (const doc of done) docs.set(publicId(doc), doc);
    return done;
  };
  const items: Item[] = [];
  const add = (set: string, docId: string, gold: QuoteGold): void => {
    const doc = docs.get(docId);
    if (doc) items.push({ set, docId, gold, doc });
  };
  for (const a of await scoreNewsDev(capture)) add(`news-dev-${a.half}`, a.docId, a.gold as QuoteGold);
  const study = idsOf('study');
  const check = idsOf('check');
  const train = loadTrainGold();
  const heldOut = loadOutsideGold().filter((a) => a.folder === 'bbc');
  await codeInputs([...train, ...heldOut].map((a) => a.input), capture);
  for (const a of train) {
    const half = a.folder !== 'bbc' ? '' : study?.has(a.docId) ? '-study' : check?.has(a.docId) ? '-check' : '-rest';
    add(`train-${a.folder}${half}`, a.docId, a.gold as QuoteGold);
  }
  for (const a of heldOut) add('held-out-bbc', a.docId, a.gold as QuoteGold);
  return items;
}

type Verdict = 'missing' | 'no speaker' | 'wrong' | 'right' | 'named';

/**
 * What kind of wrong a wrong speaker is, for `--list`: `code` when its words are one of the gold actor's mentions (the
 * quote found its person; the actor's code or sector differs), `person` otherwise (another speaker was taken).
 */
function wrongKind(item: Item, q: { speaker: string }, produced: Quote): 'code' | 'person' {
  const words = produced.speaker ? normalise(item.doc.text.slice(produced.speaker.start, produced.speaker.end)) : '';
  const mentions = (item.gold.actors?.find((a) => a.id === q.speaker)?.mentions ?? []).map(normalise);
  return words && mentions.some((m) => m === words || ` ${m} `.includes(` ${words} `)) ? 'code' : 'person';
}

function judge(item: Item, q: { speaker: string; starts: string }): { verdict: Verdict; produced?: Quote } {
  const { doc } = item;
  const produced = (doc.layers.quotes ?? []).find((pq) => normalise(doc.text.slice(pq.start, pq.end)).startsWith(normalise(q.starts)));
  if (!produced) return { verdict: 'missing' };
  if (!produced.speaker) return { verdict: 'no speaker', produced };
  const actor = item.gold.actors?.find((a) => a.id === q.speaker);
  if (!actor) return { verdict: 'wrong', produced };
  // The code and sector must agree first: a speaker named right but coded otherwise counts wrong.
  const goldCode = actor.code ? normCode(actor.code, actor.sector) : '';
  const code = normCode(produced.speaker.code, produced.speaker.sector);
  const goldSector = (actor.sector ?? '').toUpperCase();
  const sameSector = !goldSector || !produced.speaker.sector || goldSector === produced.speaker.sector.toUpperCase();
  const words = normalise(doc.text.slice(produced.speaker.start, produced.speaker.end));
  const mentions = (actor.mentions ?? []).map(normalise);
  const named = !!words && mentions.some((m) => m === words || ` ${m} `.includes(` ${words} `));
  // An uncoded gold actor is right only by name, and only when the speaker is uncoded too.
  if (goldCode ? code !== goldCode || !sameSector : code || !named) return { verdict: 'wrong', produced };
  return { verdict: named ? 'named' : 'right', produced };
}

const items = await gather();
/** The sets whose items may be printed: news-dev's tune half and the training gold's study sets. */
const STUDY = ['news-dev-tune', 'train-bbc-study', 'train-readouts', 'train-reuters'];
const list = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : undefined;
if (list && !STUDY.includes(list)) throw new Error(`--list reads study sets only, not ${list}`);
// `--dump FILE`: every produced quote of the study sets, one line each, to diff the output of a change.
const dump = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : undefined;
if (dump) {
  const lines = items.filter((i) => STUDY.includes(i.set)).flatMap(({ docId, doc }) => (doc.layers.quotes ?? []).map((pq) => {
    const words = pq.speaker ? doc.text.slice(pq.speaker.start, pq.speaker.end) : '';
    const shown = (a: number, b: number): string => doc.text.slice(a, b).replace(/\s+/g, ' ');
    return `${docId} ${pq.start} ${pq.kind} | "${words}" (${pq.speaker?.code ?? ''}${pq.speaker?.sector ?? ''}) ${pq.why} | ${shown(pq.start, Math.min(pq.end, pq.start + 60))} … ${shown(Math.max(pq.start, pq.end - 30), pq.end)} ‖ ${shown(pq.end, pq.end + 80)}`;
  }));
  writeFileSync(dump, `${lines.join('\n')}\n`);
}
const sets = [...new Set(items.map((i) => i.set))].sort();
for (const set of sets) {
  const counts: Record<Verdict, number> = { missing: 0, 'no speaker': 0, wrong: 0, right: 0, named: 0 };
  for (const item of items.filter((i) => i.set === set)) {
    for (const q of (item.gold.quotes ?? []).filter((x) => typeof x.starts === 'string')) {
      const { verdict, produced } = judge(item, q);
      counts[verdict]++;
      if (list === set && verdict !== 'named') {
        const said = produced?.speaker ? item.doc.text.slice(produced.speaker.start, produced.speaker.end) : '';
        const kind = verdict === 'wrong' && produced ? wrongKind(item, q, produced) : '';
        console.log(`${item.docId} ${(verdict + (kind ? `/${kind}` : '')).padEnd(12)} gold ${q.speaker} | got "${said}" (${produced?.speaker?.code ?? ''}${produced?.speaker?.sector ?? ''}) ${produced?.why ?? ''} | ${q.starts}`);
      }
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const found = total - counts.missing;
  console.log(`${set.padEnd(20)} gold ${String(total).padStart(4)}  found ${String(found).padStart(4)}  right ${String(counts.right + counts.named).padStart(4)} (${((counts.right + counts.named) / Math.max(total, 1)).toFixed(3)})  named ${String(counts.named).padStart(4)}  wrong ${String(counts.wrong).padStart(3)}  no speaker ${counts['no speaker']}`);
}
