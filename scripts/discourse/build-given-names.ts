/**
 * `npx tsx scripts/discourse/build-given-names.ts`: learn which given names are a man's or a
 * woman's from the news in ../shared (BBC politics, the readouts, Wikinews, Reuters 1987) and write
 * `src/lang/en/given-names.tsv` (`given-names.ts` says how). Rerun when the corpus changes; never part of
 * `npm test`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatGivenNames, learnGivenNames } from '../../src/stages/discourse/given-names.js';

const NEWS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'news');

function* articles(): Generator<string> {
  const bbc = join(NEWS, 'bbc_politics', 'politics');
  for (const f of readdirSync(bbc).sort()) yield readFileSync(join(bbc, f), 'utf8');
  for (const dir of ['readouts', 'wikinews_gum']) {
    for (const f of readdirSync(join(NEWS, dir)).filter((x) => x.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(NEWS, dir, f), 'utf8').split('\n')) if (line.trim()) yield (JSON.parse(line) as { text: string }).text;
    }
  }
  const reuters = join(NEWS, 'reuters21578');
  for (const f of readdirSync(reuters).filter((x) => x.endsWith('.sgm')).sort()) {
    for (const story of readFileSync(join(reuters, f), 'latin1').split('</REUTERS>')) yield story.replace(/<[^>]+>/g, ' ');
  }
}

const names = learnGivenNames(articles());
const out = join(import.meta.dirname, '..', '..', 'src', 'lang', 'en', 'given-names.tsv');
writeFileSync(out, formatGivenNames(names, [
  'Given names and the gender news text gives their bearers (m or f): learned by build-given-names.ts from the',
  'articles in ../shared/data/news that call a person "Mr/Ms/Mrs/Miss <surname>" after naming them in full',
  '(given-names.ts). Kept: names seen so in 3 or more articles, 95% with one gender, rarely written in lower case,',
  'rarely before of/to/for (a title: "Minister of"), and no word of gender-words.tsv ("lord").',
]));
console.log(`${names.size} given names (${[...names.values()].filter((g) => g === 'f').length} f) written to ${out}`);
