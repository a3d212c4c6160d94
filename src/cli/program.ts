/**
 * The `dyad` command, which `main.ts` starts (from its bundle when built). Each command lives in
 * its own file and registers itself here; this file only maps failures to exit codes: 1 failure,
 * 2 bad usage, 3 finished with rejected records.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError } from 'commander';
import { assetPath } from '../core/assets.js';
import { DyadError } from '../core/errors.js';
import { EXIT_FAILURE, EXIT_USAGE } from './exit-codes.js';

type CommandModule = { register(program: Command): void };

/**
 * Every command module with the command names it registers, in the order `dyad --help` lists
 * them. Only the module of the command being run is imported: importing all of them (the store,
 * the server, the exporters and every stage) cost 0.8 s of CPU before `dyad code` read a byte (#13).
 */
const COMMANDS: readonly (readonly [names: readonly string[], load: () => Promise<CommandModule>])[] = [
  [['ingest'], () => import('./ingest.js')],
  [['show'], () => import('./show.js')],
  [['search'], () => import('./search.js')],
  [['read'], () => import('./read.js')],
  [['events'], () => import('./events.js')],
  [['code', 'explain'], () => import('./code.js')],
  [['parse'], () => import('./parse.js')],
  [['ner'], () => import('./ner.js')],
  [['actors'], () => import('./actors.js')],
  [['places', 'dates'], () => import('./places.js')],
  [['serve'], () => import('./serve.js')],
  [['export'], () => import('./export.js')],
  [['panel'], () => import('./panel.js')],
  [['lock'], () => import('./lock.js')],
  [['diff'], () => import('./diff.js')],
  [['demo'], () => import('./demo.js')],
  [['enqueue'], () => import('./enqueue.js')],
  [['worker'], () => import('./worker.js')],
  [['status'], () => import('./status.js')],
  [['stories'], () => import('./stories.js')],
  [['story'], () => import('./story.js')],
];

/**
 * The modules to register for these arguments: the named command's alone, or all of them when
 * no known command is named (help, a typo that deserves "did you mean", the version).
 */
function modulesFor(args: readonly string[]): (() => Promise<CommandModule>)[] {
  // The program itself takes no option with a value, so the first operand names the command.
  const name = args.find((arg) => !arg.startsWith('-'));
  const named = COMMANDS.find(([names]) => name !== undefined && names.includes(name));
  return named ? [named[1]] : COMMANDS.map(([, load]) => load);
}

// The young generation stays at its first size instead of growing to 16 MB semi-spaces: start-up
// builds long-lived tables, not short-lived garbage, and every fresh page costs a fault. `dyad code`
// on one article: peak RSS 160 -> 139 MB, CPU 1.60 -> 1.48 s (best of 6, busy machine; #13).
// Commands that annotate document after document undo this (young-generation.ts).
setFlagsFromString('--semi-space-growth-factor=1');

// `dyad … | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { version } = JSON.parse(readFileSync(assetPath('package.json'), 'utf8')) as { version: string };
const program = new Command('dyad')
  .description('dyad turns news articles into political event data: who did what to whom, when and where.')
  .version(version)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

try {
  for (const module of await Promise.all(modulesFor(process.argv.slice(2)).map((load) => load()))) module.register(program);
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (error instanceof DyadError) {
    process.stderr.write(`dyad: ${error.message}\n`);
    process.exitCode = EXIT_FAILURE;
  } else {
    process.stderr.write(`dyad: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}
