import type { Command } from 'commander';
import { articleDate } from '../core/days.js';
import type { Document } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { sentenceTokenRange } from '../core/tokens-of.js';
import '../stages/tokens/types.js';
import '../stages/sentences/types.js';
import '../stages/dateline/types.js';
import { layerLines } from './layer-lines.js';
import { dbOption, jsonOption, readOnlyOption } from './options.js';
import { openStore } from './open-store.js';

export function register(program: Command): void {
  program
    .command('show')
    .description('show a stored document with its metadata and layers')
    .argument('<id>', 'content id, a unique prefix of it (6+ characters), or the input’s own id')
    .addOption(dbOption())
    .addOption(jsonOption())
    .addOption(readOnlyOption())
    .option('--tokens', 'list every token with its offsets', false)
    .action(async (id: string, opts: { db: string; json?: boolean; tokens: boolean; readOnly?: boolean }) => {
      const store = openStore(opts.db, { readOnly: opts.readOnly });
      try {
        const doc = await store.get(id);
        if (!doc) throw new DyadError('E021', { id });
        process.stdout.write(opts.json ? JSON.stringify({ id: doc.id, meta: doc.meta, layers: doc.layers, diagnostics: doc.diagnostics }, null, 2) + '\n' : formatDocument(doc, opts.tokens));
      } finally {
        await store.close();
      }
    });
}

/** A readable view of a document: metadata, then each sentence with its offsets and tokens. */
export function formatDocument(doc: Document, withTokens: boolean): string {
  const { dateline, sentences = [], tokens = [] } = doc.layers;
  const at = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
  const lines = [
    `document ${doc.id}${doc.meta.sourceId ? ` (${doc.meta.sourceId})` : ''}`,
    `  from       ${doc.meta.origin.location}${doc.meta.origin.line ? `:${doc.meta.origin.line}` : ''} [${doc.meta.origin.format}]`,
    `  date       ${articleDate(doc) ?? '—'}`,
    `  dateline   ${dateline?.placeName ?? '—'}${dateline?.span ? `  “${at(dateline.span)}”` : ''}`,
    `  source     ${doc.meta.source ?? dateline?.agency ?? '—'}`,
    `  title      ${doc.meta.title ?? (dateline?.headline ? at(dateline.headline) : '—')}`,
  ];
  if (doc.meta.url) lines.push(`  url        ${doc.meta.url}`);
  if (doc.meta.byline) lines.push(`  byline     ${doc.meta.byline}`);
  if (dateline?.sections.length) lines.push(`  sections   ${dateline.sections.map(at).join(' | ')}`);
  lines.push(`  layers     ${Object.keys(doc.layers).join(', ')}`);
  lines.push(`  ${sentences.length} sentences, ${tokens.length} tokens, ${doc.text.length} characters`);
  for (const d of doc.diagnostics) lines.push(`  ${d.severity}: ${d.ruleId}: ${d.reason}${d.span ? ` [${d.span.start},${d.span.end})` : ''}`);
  lines.push(...layerLines(doc), '', 'sentences');
  sentences.forEach((sent, i) => {
    lines.push(`[${i + 1}] ${sent.start}–${sent.end}  ${at(sent)}`);
    if (!withTokens) return;
    const [first, last] = sentenceTokenRange(tokens, i);
    lines.push('    ' + tokens.slice(first, last).map((t) => `${at(t)}[${t.start},${t.end})`).join(' '));
  });
  return lines.join('\n') + '\n';
}
