/**
 * Synthetic event data for the API benchmark: documents of ten coded events each, with actors
 * drawn Zipf-like from 60 countries (a few dominate, as in news), dates over ten years and
 * locations from a fixed set of cities. Deterministic (seeded), stored through `put()`.
 * Usage: tsx bench/api/generate.ts <store file> [events]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocument, type Document } from '../../src/core/document.js';
import { PLOVER_EVENTS, ploverScore, QUAD_OF, quadCode, type PloverEvent } from '../../src/stages/events/plover.js';
import type { CodedEvent, EventParticipant } from '../../src/stages/events/types.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { seededRandom } from '../../scripts/seeded-random.js';

export const COUNTRIES = [
  'USA', 'RUS', 'CHN', 'UKR', 'ISR', 'PSE', 'IRN', 'FRA', 'GBR', 'DEU', 'TUR', 'SYR', 'IND', 'PAK', 'JPN', 'KOR', 'PRK', 'SAU', 'EGY', 'IRQ',
  'AFG', 'BRA', 'MEX', 'CAN', 'ITA', 'ESP', 'POL', 'BLR', 'KAZ', 'GEO', 'ARM', 'AZE', 'LBN', 'JOR', 'QAT', 'ARE', 'YEM', 'LBY', 'SDN', 'ETH',
  'NGA', 'ZAF', 'KEN', 'VEN', 'COL', 'ARG', 'CUB', 'IDN', 'PHL', 'VNM', 'THA', 'MMR', 'AUS', 'NZL', 'SWE', 'FIN', 'NOR', 'GRC', 'SRB', 'IGO',
];
const SECTORS = ['GOV', 'MIL', 'REB', 'OPP', 'BUS', 'CVL', 'MED'];
const VERBS: Readonly<Record<PloverEvent, string>> = {
  AGREE: 'agreed with', CONSULT: 'held talks with', SUPPORT: 'backed', CONCEDE: 'conceded to', COOPERATE: 'cooperated with', AID: 'sent aid to',
  RETREAT: 'withdrew from', REQUEST: 'asked', ACCUSE: 'accused', REJECT: 'rejected', THREATEN: 'threatened', PROTEST: 'protested against',
  SANCTION: 'sanctioned', MOBILIZE: 'mobilised against', COERCE: 'detained people from', ASSAULT: 'attacked',
};
const TOPICS = ['trade', 'energy', 'border', 'ceasefire', 'elections', 'nuclear', 'refugees', 'grain', 'oil', 'security', 'tariffs', 'water'];
const CITIES: readonly [string, string, number, number][] = Array.from({ length: 200 }, (_, i) => {
  const country = COUNTRIES[i % COUNTRIES.length];
  return [`City${i}`, country, ((i * 37) % 140) - 60, ((i * 73) % 340) - 170];
});


const EVENTS_PER_DOC = 10;

/** Generate `events` synthetic events into the store at `path`; returns how many were written. */
export async function generate(path: string, events: number, onProgress?: (done: number) => void): Promise<number> {
  const rand = seededRandom(42);
  const zipf = (n: number) => Math.min(n - 1, Math.floor(n * Math.pow(rand(), 2.2)));
  const store = openSqliteStore(path);
  const start = Date.UTC(2015, 0, 1);
  let written = 0;
  let batch: Document[] = [];
  for (let d = 0; written < events; d++) {
    let text = '';
    const coded: CodedEvent[] = [];
    for (let i = 0; i < EVENTS_PER_DOC; i++) {
      const a = COUNTRIES[zipf(COUNTRIES.length)];
      let b = COUNTRIES[zipf(COUNTRIES.length)];
      if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length];
      const event = PLOVER_EVENTS[Math.floor(rand() * PLOVER_EVENTS.length)];
      const date = new Date(start + Math.floor(rand() * 3652) * 86_400_000).toISOString().slice(0, 10);
      const city = rand() < 0.6 ? CITIES[Math.floor(rand() * CITIES.length)] : undefined;
      const actor = participant(a, SECTORS[Math.floor(rand() * SECTORS.length)], Math.floor(rand() * 30));
      const recipient = participant(b, SECTORS[Math.floor(rand() * SECTORS.length)], Math.floor(rand() * 30));
      const sentStart = text.length;
      const actorAt = text.length;
      text += `${actor.name} `;
      const triggerAt = text.length;
      text += `${VERBS[event]} `;
      const recipientAt = text.length;
      text += `${recipient.name} over ${TOPICS[Math.floor(rand() * TOPICS.length)]}`;
      const cityAt = text.length + 4;
      if (city) text += ` in ${city[0]}`;
      text += ` on ${date}. `;
      coded.push({
        event, context: [rand() < 0.5 ? 'diplomatic' : 'military'], score: ploverScore(event), quad: QUAD_OF[event], quadCode: quadCode(event),
        actors: [{ ...actor, start: actorAt, end: actorAt + actor.name.length }],
        recipients: [{ ...recipient, start: recipientAt, end: recipientAt + recipient.name.length }],
        date, dateSource: 'sentence',
        ...(city ? { location: { start: cityAt, end: cityAt + city[0].length, name: city[0], country: city[1], lat: city[2], lon: city[3] } } : {}),
        negated: rand() < 0.05, hypothetical: false, future: false, historical: rand() < 0.05, confidence: 0.8, sent: i,
        trigger: { start: triggerAt, end: triggerAt + VERBS[event].length, tokens: [0, 1] },
        evidence: { start: sentStart, end: text.length - 1 },
        reasons: [], why: `synthetic ${event}`,
      });
    }
    const doc = createDocument(text, { origin: { location: 'synthetic', format: 'text' }, sourceId: `syn-${d}`, date: coded[0].date });
    batch.push({ ...doc, layers: { events: { events: coded, rejected: [] } } });
    written += EVENTS_PER_DOC;
    if (batch.length === 500) {
      await store.put(batch);
      batch = [];
      onProgress?.(written);
    }
  }
  if (batch.length) await store.put(batch);
  await store.close();
  return written;
}

function participant(code: string, sector: string, n: number): Omit<EventParticipant, 'start' | 'end'> {
  return { tokens: [0, 1], actorId: `${code}-${sector}-${n}`, name: `${code} ${sector} ${n}`, code, sector };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const n = await generate(resolve(process.argv[2] ?? 'bench-api.db'), Number(process.argv[3] ?? 1_000_000), (done) => {
    if (done % 50_000 === 0) process.stderr.write(`${done} events, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  });
  process.stderr.write(`${n} events in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
