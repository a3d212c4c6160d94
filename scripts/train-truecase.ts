/**
 * `npm run train:truecase`: learn `models/truecase/truecase.tsv`, the truecaser's table (#12,
 * `src/stages/tokens/truecase.ts`), from dyad's news text in `../shared/data/news`: Reuters-21578
 * bodies (read as dyad reads them), BBC politics, the Kremlin, Ukrainian-presidency and White House
 * readouts, Wikinews. Texts are split into sentences and tokens by dyad's own stages; every word
 * token that is not the first word of its sentence (nor right after an opening quote, bracket, colon
 * or dash) counts towards its written form. A word is kept when its most frequent form is not
 * lower-case, it was seen at least MIN_COUNT times, and that form is at least two thirds of its uses
 * ("may" is "May" in 54% of Reuters' mid-sentence uses: a month-or-modal word stays lower-case).
 * Documents and sentences whose case carries no information (the check the stage itself makes)
 * are skipped. Deterministic: same inputs, same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { packageRoot } from '../src/core/assets.js';
import { createDocument, type Document } from '../src/core/document.js';
import { defaultPipeline } from '../src/pipeline.js';
import { packOf } from '../src/lang/pack.js';
import { readReuters } from '../src/readers/reuters.js';
import { tokenize } from '../src/stages/tokens/tokenize.js';
import { TRUECASE_MODEL, uninformativeCase } from '../src/stages/tokens/truecase.js';
import { SOURCES, writeAsset } from './write-asset.js';

const MIN_COUNT = 3;

/** Tokens after which a word starts afresh, as at a sentence start. */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '-', '--', '—', '–']);

const root = packageRoot();
const news = join(root, '..', 'shared', 'data', 'news');

async function newsTexts(): Promise<string[]> {
  const texts: string[] = [];
  const reuters = join(news, 'reuters21578');
  for (const file of readdirSync(reuters).filter((f) => f.endsWith('.sgm')).sort()) {
    const path = join(reuters, file);
    const bytes = (): Promise<Buffer> => Promise.resolve(readFileSync(path));
    const source = { location: path, bytes, head: bytes, stream: () => Readable.from([]) };
    for await (const result of readReuters(source)) if (result.ok) texts.push(result.doc.text);
  }
  const bbc = join(news, 'bbc_politics', 'politics');
  for (const file of readdirSync(bbc).sort()) texts.push(readFileSync(join(bbc, file), 'latin1'));
  for (const dir of ['readouts', 'wikinews_gum']) {
    const folder = join(news, dir);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return texts;
}

/** Lower-case word → written form → count, over mid-sentence words of informative text. */
function countForms(texts: readonly string[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const pipeline = defaultPipeline({ layers: ['sentences'] });
  for (const text of texts) {
    const doc: Document = pipeline.run(createDocument(text, { origin: { location: 'train', format: 'text' } }));
    const tokens = tokenize(doc.text, doc.layers.sentences ?? [], packOf(doc));
    const where = uninformativeCase(doc.text, tokens);
    if (where === 'all') continue;
    const skip = new Set(where ?? []);
    let sent = -1;
    let fresh = true;
    for (const t of tokens) {
      if (t.sent !== sent) {
        sent = t.sent;
        fresh = true;
      }
      if (skip.has(t.sent)) continue;
      const written = doc.text.slice(t.start, t.end);
      if (OPENERS.has(written)) {
        fresh = true;
        continue;
      }
      if (!/^\p{L}/u.test(written)) continue;
      if (fresh) {
        fresh = false;
        continue;
      }
      const word = written.toLowerCase();
      let forms = counts.get(word);
      if (!forms) counts.set(word, (forms = new Map<string, number>()));
      forms.set(written, (forms.get(written) ?? 0) + 1);
    }
  }
  return counts;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const texts = await newsTexts();
const counts = countForms(texts);
const lines: string[] = [];
for (const word of [...counts.keys()].sort()) {
  const forms = counts.get(word)!;
  let total = 0;
  let best = '';
  let bestCount = 0;
  for (const [form, n] of [...forms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    total += n;
    if (n > bestCount) [best, bestCount] = [form, n];
  }
  if (best === word || total < MIN_COUNT || bestCount * 3 < total * 2) continue;
  lines.push(best === capitalised(word) ? word : `${word}\t${best}`);
}
const payload = `# word [TAB form when not the word capitalised]: the usual mid-sentence form of ${lines.length} words (npm run train:truecase)\n${lines.join('\n')}\n`;
const bytes = writeAsset(join(root, 'models', 'truecase', 'truecase.tsv'), TRUECASE_MODEL, SOURCES.truecase, payload);
console.log(`${texts.length} texts, ${counts.size} words seen mid-sentence, ${lines.length} kept; ${bytes.length} bytes`);
