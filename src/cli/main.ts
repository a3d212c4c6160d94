#!/usr/bin/env node
/**
 * The `dyad` command. Each command lives in its own file and registers itself here; this file
 * only maps failures to exit codes: 1 failure, 2 bad usage, 3 finished with rejected records.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { assetPath } from '../core/assets.js';
import { DyadError } from '../core/errors.js';
import { register as registerActors } from './actors.js';
import { register as registerCode } from './code.js';
import { register as registerDemo } from './demo.js';
import { register as registerEnqueue } from './enqueue.js';
import { register as registerDiff } from './diff.js';
import { register as registerEvents } from './events.js';
import { register as registerExport } from './export.js';
import { register as registerIngest } from './ingest.js';
import { register as registerLock } from './lock.js';
import { register as registerNer } from './ner.js';
import { register as registerPanel } from './panel.js';
import { register as registerParse } from './parse.js';
import { register as registerPlaces } from './places.js';
import { register as registerRead } from './read.js';
import { register as registerSearch } from './search.js';
import { register as registerServe } from './serve.js';
import { register as registerShow } from './show.js';
import { register as registerStatus } from './status.js';
import { register as registerStories } from './stories.js';
import { register as registerStory } from './story.js';
import { register as registerWorker } from './worker.js';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

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

const commands = [registerIngest, registerShow, registerSearch, registerRead, registerEvents, registerCode, registerParse, registerNer, registerActors, registerPlaces, registerServe, registerExport, registerPanel, registerLock, registerDiff, registerDemo, registerEnqueue, registerWorker, registerStatus, registerStories, registerStory];
for (const register of commands) register(program);

try {
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
