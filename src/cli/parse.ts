/**
 * `dyad parse`: part-of-speech tags, lemmas and dependencies. `--conllu <file>` fills the predicted
 * columns of gold-tokenized CoNLL-U (the exchange format of UD tools); otherwise each article is
 * read, split into sentences and tokens, and its parse printed readably (or as JSON).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Document } from '../core/document.js';
import { DyadError, causeText } from '../core/errors.js';
import { sentenceTokenRange } from '../core/tokens-of.js';
import { readInputs } from '../readers/inputs.js';
import type { Format } from '../readers/types.js';
import { annotateSentence } from '../stages/deps/annotate-conllu.js';
import { formatConllu, parseConllu } from '../stages/deps/conllu.js';
import { loadParser } from '../stages/deps/deps-model.js';
import { loadPosModel } from '../stages/pos/pos-model.js';
import { EXIT_REJECTED } from './exit-codes.js';
import { formatOption, jsonOption } from './options.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';

export function register(program: Command): void {
  program
    .command('parse')
    .description('tag and parse: CoNLL-U in and out with --conllu, else print the parse of each article')
    .argument('[inputs...]', 'article files, folders, globs, URLs, or - for stdin')
    .option('--conllu <file>', 'gold-tokenized CoNLL-U file (- for stdin): write it back with predicted UPOS, XPOS, LEMMA, HEAD, DEPREL')
    .addOption(formatOption())
    .addOption(jsonOption())
    .addOption(pipelineOption())
    .action(async (inputs: string[], opts: { conllu?: string; format?: Format; json?: boolean; pipeline?: string }) => {
      if (opts.conllu !== undefined) return parseConlluFile(opts.conllu);
      if (inputs.length === 0) throw new DyadError('E017', { pattern: '(no input given)' });
      const pipeline = await commandPipeline(opts.pipeline, { command: 'dyad parse', layers: ['pos', 'deps'] });
      for await (const result of readInputs(inputs, { format: opts.format })) {
        if (!result.ok) {
          process.stderr.write(`rejected: ${result.error.message}\n`);
          process.exitCode = EXIT_REJECTED;
          continue;
        }
        const doc = pipeline.run(result.doc);
        process.stdout.write(opts.json ? JSON.stringify(parseJson(doc)) + '\n' : formatParse(doc));
      }
    });
}

function parseConlluFile(file: string): void {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new DyadError('E010', { origin: file, cause: causeText(error) });
  }
  const pos = loadPosModel();
  const parser = loadParser();
  process.stdout.write(formatConllu(parseConllu(text).map((sent) => annotateSentence(sent, pos, parser))));
}

/** One sentence's words with their tags and dependencies, sentence-relative (1-based heads, 0 root). */
function sentenceRows(doc: Document, sent: number) {
  const { tokens: toks = [], pos: tags = [], deps: arcs = [] } = doc.layers;
  const [first, last] = sentenceTokenRange(toks, sent);
  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push({
      id: i - first + 1,
      form: doc.text.slice(toks[i].start, toks[i].end),
      lemma: tags[i].lemma,
      upos: tags[i].upos,
      xpos: tags[i].xpos,
      head: arcs[i].head < 0 ? 0 : arcs[i].head - first + 1,
      deprel: arcs[i].deprel,
    });
  }
  return rows;
}

function parseJson(doc: Document) {
  return { id: doc.meta.sourceId ?? doc.id, sentences: (doc.layers.sentences ?? []).map((_, s) => sentenceRows(doc, s)) };
}

/** A readable parse: each sentence, then one line per word, `id form lemma UPOS/XPOS ← head deprel`. */
export function formatParse(doc: Document): string {
  const lines = [`document ${doc.meta.sourceId ?? doc.id}`];
  (doc.layers.sentences ?? []).forEach((span, s) => {
    lines.push('', `[${s + 1}] ${doc.text.slice(span.start, span.end)}`);
    const rows = sentenceRows(doc, s);
    const width = Math.max(4, ...rows.map((r) => r.form.length));
    for (const r of rows) {
      const head = r.head === 0 ? 'ROOT' : `${r.head} ${rows[r.head - 1].form}`;
      lines.push(`  ${String(r.id).padStart(3)}  ${r.form.padEnd(width)}  ${r.lemma.padEnd(width)}  ${`${r.upos}/${r.xpos}`.padEnd(11)}  ${r.deprel.padEnd(12)} → ${head}`);
    }
  });
  return lines.join('\n') + '\n';
}
