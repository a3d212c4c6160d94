/**
 * `npm run train:truecase`: learn `models/truecase/truecase.tsv`, the truecaser's table (#12,
 * `src/stages/tokens/truecase.ts`), from dyad's news text in `../shared/data/news`: Reuters-21578
 * bodies (read as dyad reads them), BBC politics, the Kremlin, Ukrainian-presidency and White House
 * readouts, Wikinews. Texts are split into sentences and tokens by dyad's own stages; every word
 * token that is not the first word of its sentence (nor right after an opening quote, bracket, colon
 * or dash) counts towards its written form. A word is kept when its most frequent form is not
 * lower-case, it was seen at least MIN_COUNT times, and that form is at least two thirds of its uses
 * ("may" is "May" in 54% of Reuters' mid-sentence uses: a month-or-modal word stays lower-case).
 * Pairs of words one space apart are counted the same way, and a pair is kept when its usual form is not
 * what its words give alone ("world bank" is World Bank though "world" and "bank" are lower-case alone).
 * Documents and sentences whose case carries no information (the check the stage itself makes)
 * are skipped, and so are runs of three or more words in capitals inside a sentence (a Reuters
 * headline joined to the first body sentence: "IT SETS", "CANADA CUTS"); a pair whose usual form
 * is written all in capitals is dropped (review a #2). Deterministic: same inputs, same bytes.
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
/** The fewest words in capitals in a row that make a run of capitals (a headline) skipped in training. */
const MIN_CAPS_RUN = 3;

/** A word of two letters or more written entirely in capitals ("SETS", "U.S."). */
const inCapitals = (word: string): boolean => /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);

/** Indexes of `tokens` inside a run of MIN_CAPS_RUN or more words in capitals in one sentence (punctuation between them does not break the run). */
function capitalsRuns(text: string, tokens: readonly { start: number; end: number; sent: number }[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_CAPS_RUN) for (const i of run) out.add(i);
    run = [];
  };
  let sent = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.sent !== sent) {
      close();
      sent = t.sent;
    }
    const written = text.slice(t.start, t.end);
    if (!/\p{L}/u.test(written)) continue;
    if (inCapitals(written)) run.push(i);
    else close();
  }
  close();
  return out;
}

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

/** Lower-case word (or pair of words, space-joined) → written form → count, over mid-sentence words of informative text. */
function countForms(texts: readonly string[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const count = (key: string, form: string) => {
    let forms = counts.get(key);
    if (!forms) counts.set(key, (forms = new Map<string, number>()));
    forms.set(form, (forms.get(form) ?? 0) + 1);
  };
  const pipeline = defaultPipeline({ layers: ['sentences'] });
  for (const text of texts) {
    const doc: Document = pipeline.run(createDocument(text, { origin: { location: 'train', format: 'text' } }));
    const tokens = tokenize(doc.text, doc.layers.sentences ?? [], packOf(doc));
    const where = uninformativeCase(doc.text, tokens);
    if (where === 'all') continue;
    const skip = new Set(where ?? []);
    const headline = capitalsRuns(doc.text, tokens);
    let sent = -1;
    let fresh = true;
    // The previous mid-sentence word when it ends one space before this token, for the pairs.
    let previous: { written: string; end: number } | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.sent !== sent) {
        sent = t.sent;
        fresh = true;
        previous = undefined;
      }
      if (skip.has(t.sent)) continue;
      if (headline.has(i)) {
        // The body's first word follows the headline: it starts afresh.
        fresh = true;
        previous = undefined;
        continue;
      }
      const written = doc.text.slice(t.start, t.end);
      if (OPENERS.has(written)) {
        fresh = true;
        previous = undefined;
        continue;
      }
      if (!/^\p{L}/u.test(written)) {
        previous = undefined;
        continue;
      }
      if (fresh) {
        fresh = false;
        continue;
      }
      count(written.toLowerCase(), written);
      if (previous && previous.end + 1 === t.start) {
        const pair = `${previous.written} ${written}`;
        count(pair.toLowerCase(), pair);
      }
      previous = { written, end: t.end };
    }
  }
  return counts;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The most frequent form of `forms` when it is at least two thirds of `MIN_COUNT` or more uses. */
function usualForm(forms: ReadonlyMap<string, number>): string | undefined {
  let total = 0;
  let best = '';
  let bestCount = 0;
  for (const [form, n] of [...forms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    total += n;
    if (n > bestCount) [best, bestCount] = [form, n];
  }
  return total < MIN_COUNT || bestCount * 3 < total * 2 ? undefined : best;
}

const texts = await newsTexts();
const counts = countForms(texts);
const words = new Map<string, string>();
for (const [key, forms] of counts) {
  const form = !key.includes(' ') && usualForm(forms);
  if (form && form !== key) words.set(key, form);
}
const lines: string[] = [];
let pairs = 0;
for (const key of [...counts.keys()].sort()) {
  const form = usualForm(counts.get(key)!);
  if (form === undefined) continue;
  if (!key.includes(' ')) {
    if (form !== key) lines.push(form === capitalised(key) ? key : `${key}\t${form}`);
    continue;
  }
  // A pair is kept only when its usual form is not what its words give alone ("world bank": World Bank, not world bank).
  const alone = key.split(' ').map((w) => words.get(w) ?? w).join(' ');
  if (form === alone) continue;
  // A pair in capitals is a headline's, not a name's usual form ("IT SETS").
  if (inCapitals(form.replace(/ /g, ''))) continue;
  pairs++;
  lines.push(form === key.split(' ').map(capitalised).join(' ') ? key : `${key}\t${form}`);
}
const payload = `# word or word pair [TAB form when not each word capitalised]: the usual mid-sentence form of ${words.size} words and ${pairs} pairs (npm run train:truecase)\n${lines.join('\n')}\n`;
const bytes = writeAsset(join(root, 'models', 'truecase', 'truecase.tsv'), TRUECASE_MODEL, SOURCES.truecase, payload);
console.log(`${texts.length} texts, ${counts.size} words and pairs seen mid-sentence, ${words.size} words and ${pairs} pairs kept; ${bytes.length} bytes`);
