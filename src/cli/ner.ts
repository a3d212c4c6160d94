import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { publicId, type Document } from '../core/document.js';
import { causeText, DyadError } from '../core/errors.js';
import { sentenceTokenRange } from '../core/tokens-of.js';
import type { Format } from '../readers/types.js';
import { appendColumn, iob2Tags, parseConll } from '../stages/entities/conll.js';
import { conllType } from '../stages/entities/labels.js';
import { loadModel } from '../stages/entities/model.js';
import { recogniseSentences } from '../stages/entities/recognise.js';
import { annotateInputs } from './annotate-inputs.js';
import { formatOption, jsonOption } from './options.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';

export function register(program: Command): void {
  program
    .command('ner')
    .description('find the people, organisations, places and groups in articles (no store)')
    .argument('[inputs...]', 'files, folders, globs, http(s) URLs, or - for stdin')
    .option('--conll <file>', 'tag a CoNLL-2003 token file (- for stdin): each token line gets the predicted IOB2 tag (PER/ORG/LOC/MISC) appended')
    .addOption(formatOption())
    .addOption(jsonOption())
    .addOption(pipelineOption())
    .action(async (inputs: string[], opts: { conll?: string; format?: Format; json?: boolean; pipeline?: string }) => {
      if (opts.conll !== undefined) return void process.stdout.write(tagConllFile(opts.conll));
      if (inputs.length === 0) throw new DyadError('E030', { field: 'inputs', problem: 'give an article (file, URL or -) or --conll <file>' });
      // Only the stages entities need: the later ones load their own models for nothing here.
      const pipeline = await commandPipeline(opts.pipeline, { command: 'dyad ner', layers: ['entities'] });
      for await (const doc of annotateInputs(inputs, pipeline, opts.format)) {
        process.stdout.write(opts.json ? JSON.stringify(entitiesJson(doc)) + '\n' : formatEntities(doc));
      }
    });
}

/** Tag a CoNLL file: the input with one IOB2 column appended (CoNLL's four types). */
export function tagConllFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new DyadError('E010', { origin: path, cause: causeText(error) });
  }
  const model = loadModel();
  const tags: string[] = [];
  for (const doc of parseConll(text)) {
    const found = recogniseSentences(model, doc.sentences.map((s) => s.words));
    doc.sentences.forEach((sent, i) => {
      tags.push(...iob2Tags(found[i].map((e) => ({ start: e.start, end: e.end, type: conllType(e.type) })), sent.words.length));
    });
  }
  return appendColumn(text, tags);
}

/** One JSON record per document: its id and entities with their text. */
export function entitiesJson(doc: Document): object {
  return {
    id: publicId(doc),
    entities: (doc.layers.entities ?? []).map((e) => ({ text: doc.text.slice(e.start, e.end), type: e.type, start: e.start, end: e.end, tokens: e.tokens, confidence: e.confidence })),
  };
}

/** Each sentence with its entities bracketed and typed, then a list of distinct names per type. */
export function formatEntities(doc: Document): string {
  const { sentences = [], tokens = [], entities: ents = [] } = doc.layers;
  const lines = [`document ${publicId(doc)}: ${ents.length} entities`];
  let e = 0;
  sentences.forEach((sent, s) => {
    const [first, last] = sentenceTokenRange(tokens, s);
    const end = first < last ? tokens[last - 1].end : sent.end;
    let text = '';
    let at = sent.start;
    while (e < ents.length && ents[e].start < end) {
      const ent = ents[e++];
      text += doc.text.slice(at, ent.start) + `[${doc.text.slice(ent.start, ent.end)}]${ent.type}`;
      at = ent.end;
    }
    text += doc.text.slice(at, sent.end);
    lines.push(`[${s + 1}] ${text.replace(/\s+/g, ' ')}`);
  });
  const byType = new Map<string, Set<string>>();
  for (const ent of ents) {
    const set = byType.get(ent.type) ?? new Set<string>();
    set.add(doc.text.slice(ent.start, ent.end));
    byType.set(ent.type, set);
  }
  lines.push('');
  for (const [type, names] of [...byType].sort()) lines.push(`${type.padEnd(7)} ${[...names].join(', ')}`);
  return lines.join('\n') + '\n';
}
