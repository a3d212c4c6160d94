/**
 * `npx tsx eval/events/outside.ts <kremlin|ukraine|whitehouse|wikinews|reuters|bbc> [--n 20] [--skip 0] [--text] [--inputs]`:
 * code articles of one source that news-dev does NOT annotate and list every event with its
 * sentence and `why`, for error analysis on text nobody tuned on (news-dev's tune half has been
 * studied to the point of fitting its own classes). The sample is stable: articles are ordered by
 * a hash of their id, so `--n`/`--skip` name the same articles on every machine and branch.
 * Reuters stories are kept only when they speak of politics or conflict (a few cue words), as
 * news-dev's wire stories do. `bbc` is the BBC politics section of 2004–2005 (undated: the corpus keeps
 * no dates), one file per story whose first line is the headline. `--text` prints each article's text first, to read for misses.
 * `--inputs` prints the picked articles as JSON Lines (`{id, date, title, source, dateline, text}`)
 * without coding them, so that an annotator can code a sample blind, before seeing dyad's events.
 * Articles of the held-out `outside-gold/` set are never coded here.
 * Reads ../shared; never part of `npm test`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRecord } from '../../src/cli/read.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { publicId, type Document } from '../../src/core/document.js';
import { defaultPipeline } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { dateline } from '../../src/stages/dateline/index.js';
import { ploverRecords } from '../../src/stages/events/plover-records.js';
import { paragraphs } from '../../src/stages/paragraphs/index.js';
import { heldOutIds } from './held-out-overlap.js';
import { SHARED } from './newsdev.js';

const NEWS = join(SHARED, 'data', 'news');
const GOLD = join(SHARED, 'data', 'eventgold', 'news-dev');
const SOURCES: Record<string, string> = {
  kremlin: join(NEWS, 'readouts', 'kremlin.jsonl'),
  ukraine: join(NEWS, 'readouts', 'ukraine_president.jsonl'),
  whitehouse: join(NEWS, 'readouts', 'whitehouse.jsonl'),
  wikinews: join(NEWS, 'wikinews_gum', 'wikinews_gum_news.jsonl'),
};
/** Words that mark a wire story as political or conflict news, the kind news-dev's Reuters folders hold. */
const POLITICAL = /\b(government|minister|president|talks|troops|war|attack|sanctions|embassy|rebels|guerrillas|diplomat|parliament|treaty|protest)/i;

interface Input { id: string; date: string | null; title: string | null; source: string | null; dateline: string | null; text: string }

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const source = args[0];
if (!source || (!SOURCES[source] && source !== 'reuters' && source !== 'bbc')) {
  console.error('usage: outside.ts <kremlin|ukraine|whitehouse|wikinews|reuters|bbc> [--n 20] [--skip 0] [--text] [--inputs]');
  process.exit(2);
}
const n = option('--n', 20);
const skip = option('--skip', 0);

const goldIds = new Set(readdirSync(GOLD, { withFileTypes: true }).filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(GOLD, d.name)).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, ''))));
const notGold = (id: string): boolean => !goldIds.has(id) && !goldIds.has(id.replace(/^reuters-/, ''));
/** The blind-annotated held-out set (outside-gold/): coding and listing its articles would let it be studied. */
const heldOut = heldOutIds(join(import.meta.dirname, 'outside-gold'));
const order = (id: string): string => createHash('sha256').update(id).digest('hex');

/** The BBC politics stories: `NNN.txt` is the headline, a blank line, then the body. */
function bbcStories(): Input[] {
  const dir = join(NEWS, 'bbc_politics', 'politics');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const [title = '', ...body] = readFileSync(join(dir, f), 'utf8').split('\n');
    return { id: `bbc-politics-${f.replace(/\.txt$/, '')}`, date: null, title: title.trim(), source: 'BBC News', dateline: null, text: body.join('\n').trim() };
  }).filter((r) => r.text.length >= 400 && r.text.length <= 8000);
}

async function candidates(): Promise<Input[]> {
  if (source === 'bbc') return bbcStories();
  if (source !== 'reuters') {
    return readFileSync(SOURCES[source], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Input & { dateCreated?: string })
      .filter((r) => r.id && r.text.length >= 400 && r.text.length <= 8000)
      .map((r) => ({ id: r.id, date: r.date || (r.dateCreated ?? '').slice(0, 10) || null, title: r.title ?? null, source: r.source ?? null, dateline: r.dateline ?? null, text: r.text }));
  }
  const dir = join(NEWS, 'reuters21578');
  const files = readdirSync(dir).filter((f) => f.endsWith('.sgm')).sort().map((f) => join(dir, f));
  const top = createPipeline([paragraphs(), dateline()]);
  const out: Input[] = [];
  for await (const result of readInputs(files)) {
    if (!result.ok) continue;
    const r = readRecord(top.run(result.doc)) as unknown as Input;
    if (r.text.length >= 400 && POLITICAL.test(r.text)) out.push(r);
  }
  return out;
}

const picked = (await candidates()).filter((r) => notGold(r.id)).sort((a, b) => order(a.id).localeCompare(order(b.id))).slice(skip, skip + n);

/** Codes the picked articles and lists every event with its sentence and `why`. */
async function listEvents(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-outside-'));
  const docs: Document[] = [];
  try {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, picked.filter((r) => !heldOut.has(r.id)).map((r) => JSON.stringify(r)).join('\n') + '\n');
    for await (const result of readInputs([file])) if (result.ok) docs.push(result.doc);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pipeline = defaultPipeline();
  let events = 0;
  for (const doc of docs) {
    const done = pipeline.run(doc);
    const records = ploverRecords(done);
    console.log(`\n=== ${publicId(done)} ${doc.meta.date ?? ''} ${doc.meta.title ?? ''}`);
    if (args.includes('--text')) console.log(done.text);
    for (const r of records) {
      const flags = [r.negated && 'negated', r.hypothetical && 'hypothetical', r.historical && 'historical', r.future && 'future'].filter(Boolean).join(',');
      const who = (xs: readonly { code: string | null; sector: string | null; entity_text: string }[]): string => xs.map((x) => `${x.code ?? '?'}${x.sector ?? ''}(${x.entity_text})`).join('+');
      console.log(`EVENT ${r.event}${r.mode ? '/' + r.mode : ''} ${who(r.actor)} -> ${who(r.recipient)}${flags ? ` [${flags}]` : ''} | ${r.event_text}\n  sent: ${r.evidence}\n  why: ${r.why}`);
      if (!flags.includes('negated') && !flags.includes('hypothetical') && !flags.includes('historical')) events += 1;
    }
  }
  console.log(`\n${docs.length} articles, ${events} scored events (not negated, hypothetical or historical)`);
}

// Written in one piece: process.exit would cut a piped listing short.
if (args.includes('--inputs')) process.stdout.write(picked.map((r) => JSON.stringify(r) + '\n').join(''));
else await listEvents();
