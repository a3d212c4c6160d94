#!/usr/bin/env node
/**
 * The `dyad` bin: runs the CLI (`program.ts`) from its bundle (`scripts/build-bundles.ts`) when
 * `npm run build` made one after the last `tsc`, else module by module. Loading ~400 modules one
 * by one cost `dyad code` on one article ~0.2 s of CPU more than the bundle's few files (#13).
 * A `--pipeline` spec's stage modules import dyad's modules themselves, so with one the CLI runs
 * unbundled, sharing those modules (and their classes, such as DyadError) with the stages.
 * An ingest whose main thread annotates beside worker threads first starts its own `node` with a
 * smaller young generation (`relaunch-args.ts`) and only passes on what that child does.
 */
import { availableParallelism } from 'node:os';
import { bundleIsCurrent } from '../core/bundles.js';
import { LAUNCHED_ENV, relaunchArgs } from './relaunch-args.js';

const BUNDLE = new URL('./bundle/program.js', import.meta.url);
const withSpec = process.argv.some((arg) => arg === '--pipeline' || arg.startsWith('--pipeline='));
const relaunch = relaunchArgs(process.argv, process.execArgv, process.env, availableParallelism());

if (relaunch) (await import('./relaunch.js')).runRelaunched(relaunch);
else {
  if (process.env[LAUNCHED_ENV] !== undefined) (await import('./relaunch.js')).followLauncher();
  if (!withSpec && bundleIsCurrent(BUNDLE, new URL('./program.js', import.meta.url))) await import(BUNDLE.href);
  else await import('./program.js');
}
