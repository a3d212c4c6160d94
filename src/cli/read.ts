import type { Command } from 'commander';
import { articleDate } from '../core/days.js';
import type { Format } from '../readers/types.js';
import { formatOption } from './options.js';
import { annotateInputs } from './annotate-inputs.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';

export function register(program: Command): void {
  program
    .command('read')
    .description('print what the readers make of inputs, one JSON line per article (no store): to check or convert inputs')
    .argument('<inputs...>', 'files, folders, globs, http(s) URLs, or - for stdin')
    .addOption(formatOption())
    .addOption(pipelineOption())
    .action(async (inputs: string[], opts: { format?: Format; pipeline?: string }) => {
      // Only the stages that read the top of the article: datelines are part of what a reader "finds".
      const pipeline = await commandPipeline(opts.pipeline, { command: 'dyad read', layers: ['dateline'] });
      for await (const doc of annotateInputs(inputs, pipeline, opts.format)) {
        const top = doc.layers.dateline;
        const line = {
          id: doc.meta.sourceId ?? doc.id,
          source: doc.meta.source ?? top?.agency ?? null,
          title: doc.meta.title ?? (top?.headline ? doc.text.slice(top.headline.start, top.headline.end) : null),
          date: articleDate(doc) ?? null,
          byline: doc.meta.byline ?? null,
          dateline: top?.placeName ?? null,
          url: doc.meta.url ?? null,
          origin: doc.meta.origin,
          text: doc.text,
        };
        process.stdout.write(JSON.stringify(line) + '\n');
      }
    });
}
