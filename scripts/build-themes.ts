/**
 * `npm run build:themes`: compile `models/themes/phoenix-lexicon.tsv` from the Phoenix issue
 * dictionary (`../shared/data/eventdata/petrarch2/Phoenix.IssueCoding.txt`, MIT) and the hand-kept
 * code → PLOVER context table `src/stages/themes/data/phoenix-to-plover.tsv`. Issues with no
 * PLOVER context are left out; exclusions are kept. Phrases are written expanded (every noun and
 * verb form spelled out) so the stage does not expand three thousand phrases at start-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/core/assets.js';
import { THEMES_LEXICON } from '../src/stages/themes/lexicon.js';
import { expandPhrase } from '../src/stages/themes/phrases.js';
import { SOURCES, writeAsset } from './write-asset.js';

const root = packageRoot();
const source = join(root, '..', 'shared', 'data', 'eventdata', 'petrarch2', 'Phoenix.IssueCoding.txt');
const mapping = new Map(
  readFileSync(join(root, 'src', 'stages', 'themes', 'data', 'phoenix-to-plover.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string]),
);

const rows = new Set<string>();
let category = '';
// Exclusions apply to the context of their category: "~oil" under CRIME must not cancel OIL.
let categoryContext = '-';
const unmapped = new Set<string>();
for (const raw of readFileSync(source, 'utf8').split('\n')) {
  const line = raw.replace(/#.*$/, '').trim();
  const open = /^<ISSUE CATEGORY="([^"]+)"/.exec(line);
  if (open) {
    category = open[1];
    categoryContext = mapping.get(category) ?? '-';
    continue;
  }
  if (!line || line.startsWith('<')) continue;
  if (line.startsWith('~')) {
    if (categoryContext !== '-') for (const form of expandPhrase(line.replace(/^~+/, '').trim().toLowerCase())) rows.add(`~${form}\t${categoryContext}\t${category}`);
    continue;
  }
  const m = /^(.*?)\s*(?:\[([A-Z_-]+)\])?$/.exec(line)!;
  const code = m[2] ?? category;
  const context = mapping.get(code) ?? mapping.get(category);
  if (context === undefined) unmapped.add(code);
  if (!context || context === '-') continue;
  if (categoryContext === '-') categoryContext = context;
  for (const form of expandPhrase(m[1].trim().toLowerCase())) rows.add(`${form}\t${context}\t${code}`);
}
if (unmapped.size > 0) throw new Error(`codes missing from phoenix-to-plover.tsv: ${[...unmapped].join(', ')}`);
const out = join(root, 'models', 'themes', 'phoenix-lexicon.tsv');
writeAsset(out, THEMES_LEXICON, SOURCES.themes, '# phrase\tPLOVER context\tPhoenix code — built by `npm run build:themes`, see SOURCE.md\n' + [...rows].join('\n') + '\n');
console.log(`wrote ${out}: ${rows.size} phrases`);
