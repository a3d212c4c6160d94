/**
 * `npm run build:samples`: rebuilds the bundled sample articles in `samples/` from `../shared`:
 * the seed article, the Wikinews articles (CC BY 2.5), and readouts of calls, meetings and talks
 * from kremlin.ru (CC BY 4.0) and the White House (public domain). Deterministic: the same input
 * always gives the same files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const out = join(import.meta.dirname, '..', 'samples');
mkdirSync(out, { recursive: true });

interface Row { id: string; date: string; source?: string; title: string; url?: string; text: string }
const readJsonl = (path: string): Row[] =>
  readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Row);
const writeJsonl = (name: string, rows: object[]) =>
  writeFileSync(join(out, name), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

writeFileSync(join(out, 'tass-2020-06-26-putin-macron.txt'), readFileSync(join(shared, 'seed', 'tass-2020-06-26-putin-macron.txt')));

const wikinews = readJsonl(join(shared, 'data', 'news', 'wikinews_gum', 'wikinews_gum_news.jsonl')) as unknown as Record<string, string>[];
writeJsonl('wikinews.jsonl', wikinews.map((r) => ({ id: r.id, date: r.dateCreated, source: 'Wikinews', title: r.title, url: r.sourceURL, text: r.text })));

// Foreign-policy items only: the Kremlin feed also carries greetings and domestic meetings.
const KREMLIN_TITLES = /Telephone conversation|[Tt]alks with|Russian-\w+ talks|videoconference with|Meeting with (?:President|Prime Minister|Chancellor|King|Emir|Crown Prince|UN Secretary|Secretary-General)/;
const kremlin = readJsonl(join(shared, 'data', 'news', 'readouts', 'kremlin.jsonl')).filter((r) => KREMLIN_TITLES.test(r.title));
writeJsonl('kremlin-readouts.jsonl', kremlin.map((r) => ({ ...r, source: 'kremlin.ru' })));

// Calls and meetings with foreign leaders, spread evenly over the years the file covers.
const WH_TITLES = /^Readout of .*(?:Call|Meeting) with .*(?:President|Prime Minister|Chancellor|King|Emir|Crown Prince|Secretary-General|Minister)/;
const whitehouse = readJsonl(join(shared, 'data', 'news', 'readouts', 'whitehouse.jsonl'))
  .filter((r) => WH_TITLES.test(r.title))
  .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
const every = Math.max(1, Math.floor(whitehouse.length / 160));
writeJsonl('whitehouse-readouts.jsonl', whitehouse.filter((_, i) => i % every === 0).map((r) => ({ ...r, source: 'whitehouse.gov' })));

console.log(`samples: seed, ${wikinews.length} Wikinews, ${kremlin.length} Kremlin, ${Math.ceil(whitehouse.length / every)} White House`);
