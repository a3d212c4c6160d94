/**
 * Actors eval: mention-level accuracy of the country code and of code + sector.
 * 1. Seed articles (`../shared/seed/*.gold.json`, `actors`): every occurrence of every gold
 *    mention string must overlap a mention resolved to the gold actor's code and sector (for group
 *    mentions such as "the two leaders", one of its members).
 * 2. PLOVER gold-standard dev records (`../shared/data/eventgold/plover-gsr-dev.json`): each
 *    source/target `actorText` resolved alone as a phrase, scored against `code` and `sector`.
 *    The records all carry the date 2000-01-01, a placeholder, so they are resolved undated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { actors } from '../../src/stages/actors/index.js';
import { loadKb } from '../../src/stages/actors/kb.js';
import { resolvePhraseActor } from '../../src/stages/actors/phrase-actor.js';
import type { ActorMention } from '../../src/stages/actors/types.js';
import type { EvalReport } from '../report.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared');

/** Gold codes from CAMEO days that ISO 3166 spells otherwise. */
const GOLD_CODE: Record<string, string> = { JAP: 'JPN' };
/** PLOVER sector spelled the CAMEO way in some gold records. */
const GOLD_SECTOR: Record<string, string> = { CIV: 'CVL' };

interface Tally { total: number; country: number; full: number; misses: string[] }

function tally(): Tally {
  return { total: 0, country: 0, full: 0, misses: [] };
}

function goldSector(sector: string | undefined): string | undefined {
  const primary = (sector ?? '').slice(0, 3).toUpperCase();
  if (!primary) return undefined;
  return GOLD_SECTOR[primary] ?? primary;
}

/** Is a predicted (code, sector, sectors) right for a gold code and sector? */
function isRight(code: string | undefined, sector: string | undefined, sectors: readonly string[] | undefined, gold: { code: string; sector?: string }): boolean {
  if (code !== gold.code) return false;
  if (gold.sector === '***') return true;
  const want = goldSector(gold.sector);
  // For IGOs and NGOs the sector field holds the organisation; the gold sector is its function.
  if (code === 'IGO' || code === 'NGO') return !want || want === sector || (sectors ?? []).includes(want);
  return want === sector || (!!want && (sectors ?? []).includes(want));
}

async function seedTally(): Promise<Tally> {
  const t = tally();
  const dir = join(shared, 'seed');
  if (!existsSync(dir)) return t;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { actors: { code: string; sector?: string; mentions: string[] }[] };
    const { text, mentions } = await resolveArticle(join(dir, file.replace('.gold.json', '.txt')));
    const byId = new Map(mentions.filter((m) => !m.members).map((m) => [m.actorId, m]));
    for (const actor of gold.actors) {
      for (const mention of new Set(actor.mentions)) {
        const lower = text.toLowerCase();
        for (let at = lower.indexOf(mention.toLowerCase()); at >= 0; at = lower.indexOf(mention.toLowerCase(), at + 1)) {
          const end = at + mention.length;
          const found = mentions.filter((m) => m.start < end && at < m.end);
          const candidates = found.flatMap((m) => (m.members ? m.members.map((id) => byId.get(id)).filter((x): x is ActorMention => !!x) : [m]));
          t.total++;
          if (candidates.some((m) => m.code === actor.code)) t.country++;
          if (candidates.some((m) => isRight(m.code, m.sector, m.sectors, actor))) t.full++;
          else t.misses.push(`${file}: "${mention}" at ${at} → ${found.map((m) => `${m.code ?? '-'} ${m.sector ?? '-'}`).join(', ') || 'nothing'} (gold ${actor.code} ${actor.sector ?? '-'})`);
        }
      }
    }
  }
  return t;
}

/**
 * Run the article through the default pipeline (reader, dateline, sentences, tokens), then the
 * actors stage. The entities layer is left empty here: the NER stage is scored on its own.
 */
async function resolveArticle(path: string): Promise<{ text: string; mentions: ActorMention[] }> {
  for await (const result of readInputs([path])) {
    if (!result.ok) throw result.error;
    const doc = defaultPipeline().run(result.doc);
    const withEntities = { ...doc, layers: { ...doc.layers, entities: doc.layers.entities ?? [] } };
    return { text: doc.text, mentions: actors().run(withEntities, { report: () => undefined }) };
  }
  throw new Error(`no document in ${path}`);
}

interface GsrActor { actorText?: string; code?: string; sector?: string }

function gsrTally(): Tally {
  const t = tally();
  const path = join(shared, 'data', 'eventgold', 'plover-gsr-dev.json');
  if (!existsSync(path)) return t;
  const kb = loadKb();
  const records = JSON.parse(readFileSync(path, 'utf8')) as { source?: unknown; target?: unknown }[];
  for (const record of records) {
    for (const side of [record.source, record.target]) {
      if (!Array.isArray(side)) continue;
      for (const a of side as GsrActor[]) {
        if (!a.actorText || !a.code) continue;
        const gold = { code: GOLD_CODE[a.code] ?? a.code, sector: a.sector };
        const actor = resolvePhraseActor(kb, a.actorText);
        t.total++;
        if (actor?.code === gold.code) t.country++;
        if (actor && isRight(actor.code, actor.sector, actor.sectors, gold)) t.full++;
        else t.misses.push(`"${a.actorText}" → ${actor ? `${actor.code ?? '-'} ${actor.sector ?? '-'}` : 'nothing'} (gold ${gold.code} ${gold.sector ?? '-'})`);
      }
    }
  }
  return t;
}

function pct(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

export async function run(): Promise<EvalReport> {
  const seed = await seedTally();
  const gsr = gsrTally();
  const row = (name: string, t: Tally): string => `| ${name} | ${t.total} | ${(100 * pct(t.country, t.total)).toFixed(1)}% | ${(100 * pct(t.full, t.total)).toFixed(1)}% |`;
  const misses = (t: Tally): string => (t.misses.length ? t.misses.map((m) => `- ${m}`).join('\n') : '- none');
  return {
    title: 'Actors (seed gold mentions; PLOVER GSR dev actor phrases)',
    metrics: {
      seed_country: pct(seed.country, seed.total), seed_code_sector: pct(seed.full, seed.total),
      gsr_country: pct(gsr.country, gsr.total), gsr_code_sector: pct(gsr.full, gsr.total),
    },
    markdown: [
      '| gold | mentions | country | code + sector |', '|---|---|---|---|', row('seed articles', seed), row('PLOVER GSR dev', gsr),
      '', 'Seed articles go through the default pipeline (reader, dateline, sentences, tokens) with an empty entities layer; GSR phrases are resolved alone and undated (their 2000-01-01 date is a placeholder). Gold `JAP` is read as ISO `JPN`; IGO/NGO sectors are compared with the organisation\'s function.',
      '', '### Seed misses', misses(seed), '', '### GSR misses', misses(gsr),
    ].join('\n'),
  };
}
