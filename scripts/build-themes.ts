/**
 * `npm run build:themes`: compile `models/themes/phoenix-lexicon.tsv` from the Phoenix issue
 * dictionary (`../shared/data/eventdata/petrarch2/Phoenix.IssueCoding.txt`, MIT) and the hand-kept
 * code → PLOVER context table `src/stages/themes/data/phoenix-to-plover.tsv`. Phrases keep the
 * PETRARCH syntax (`n:`, `v:`, `+`, `~`); the stage expands them when it loads. Issues with no
 * PLOVER context are left out; exclusions are kept.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/core/assets.js';

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
    if (categoryContext !== '-') rows.add(`~${line.replace(/^~+/, '').trim().toLowerCase()}\t${categoryContext}\t${category}`);
    continue;
  }
  const m = /^(.*?)\s*(?:\[([A-Z_-]+)\])?$/.exec(line)!;
  const code = m[2] ?? category;
  const context = mapping.get(code) ?? mapping.get(category);
  if (context === undefined) unmapped.add(code);
  if (!context || context === '-') continue;
  if (categoryContext === '-') categoryContext = context;
  rows.add(`${m[1].trim().toLowerCase()}\t${context}\t${code}`);
}
if (unmapped.size > 0) throw new Error(`codes missing from phoenix-to-plover.tsv: ${[...unmapped].join(', ')}`);
mkdirSync(join(root, 'models', 'themes'), { recursive: true });
const out = join(root, 'models', 'themes', 'phoenix-lexicon.tsv');
writeFileSync(out, '# phrase\tPLOVER context\tPhoenix code — built by `npm run build:themes`, see SOURCE.md\n' + [...rows].join('\n') + '\n');
console.log(`wrote ${out}: ${rows.size} phrases`);
