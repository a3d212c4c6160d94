import { Option, type Command } from 'commander';
import type { Document } from '../core/document.js';
import { readModelsAhead } from '../ml/shared-models.js';
import { FORMATS, type Format } from '../readers/types.js';
import { explainDocument } from '../stages/events/explain.js';
import { ploverRecords } from '../stages/events/plover-records.js';
import { jsonOption } from './options.js';
import { annotateInputs } from './annotate-inputs.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';

const OUTPUTS = ['plover', 'json'] as const;
type Output = (typeof OUTPUTS)[number];

const inputFormatOption = () => new Option('--input-format <format>', 'input format (default: detected)').choices(FORMATS);

/** `dyad code` (events as PLOVER JSON Lines, nothing stored) and `dyad explain` (why each code). */
export function register(program: Command): void {
  program
    .command('code')
    .description('code articles into PLOVER events without storing them: one JSON record per event per line')
    .argument('<inputs...>', 'files, folders, globs, http(s) URLs, or - for stdin')
    .addOption(new Option('--format <format>', 'plover: one PLOVER record per event; json: the whole annotated document per line').choices(OUTPUTS).default('plover'))
    .addOption(inputFormatOption())
    .addOption(pipelineOption())
    .addHelpText('after', '\nExit codes: 0 all records coded, 3 some records rejected, 1 failure, 2 bad usage.')
    .action(async (inputs: string[], opts: { format: Output; inputFormat?: Format; pipeline?: string }) => {
      await eachDocument(inputs, opts, 'dyad code', (doc) => {
        const lines = opts.format === 'json' ? [JSON.stringify(doc)] : ploverRecords(doc).map((r) => JSON.stringify(r));
        if (lines.length) process.stdout.write(lines.join('\n') + '\n');
      });
    });

  program
    .command('explain')
    .description('show, sentence by sentence, the events found in an article and why, and the triggers turned down and why')
    .argument('<article...>', 'the article: a file, URL, or - for stdin (several are explained one after another)')
    .addOption(inputFormatOption())
    .addOption(jsonOption())
    .addOption(pipelineOption())
    .action(async (inputs: string[], opts: { inputFormat?: Format; json?: boolean; pipeline?: string }) => {
      await eachDocument(inputs, opts, 'dyad explain', (doc) => {
        if (opts.json) {
          process.stdout.write(JSON.stringify({ id: doc.meta.sourceId ?? doc.id, events: doc.layers.events, quotes: doc.layers.quotes ?? [] }) + '\n');
        } else {
          process.stdout.write(`# ${doc.meta.title ?? doc.meta.origin.location}\n${explainDocument(doc)}\n\n`);
        }
      });
    });
}

/** Read, annotate and hand on each document; rejected records go to stderr and set exit code 3. */
async function eachDocument(inputs: readonly string[], opts: { inputFormat?: Format; pipeline?: string }, command: string, use: (doc: Document) => void): Promise<void> {
  // The default spec loads every model on the first document: read them while its modules load (#13).
  const ahead = opts.pipeline === undefined ? readModelsAhead() : undefined;
  // The whole spec, not only what events need: `--format json` prints every layer.
  const pipeline = await commandPipeline(opts.pipeline, { command, select: (stages) => stages, layers: ['events'] });
  await ahead;
  for await (const doc of annotateInputs(inputs, pipeline, opts.inputFormat)) use(doc);
}
