#!/usr/bin/env node
/**
 * The `dyad` bin: runs the CLI (`program.ts`) from its bundle (`scripts/build-bundles.ts`) when
 * `npm run build` made one after the last `tsc`, else module by module. Loading ~400 modules one
 * by one cost `dyad code` on one article ~0.2 s of CPU more than the bundle's few files (#13).
 * A `--pipeline` spec's stage modules import dyad's modules themselves, so with one the CLI runs
 * unbundled, sharing those modules (and their classes, such as DyadError) with the stages.
 */
import { bundleIsCurrent } from '../core/bundles.js';

const BUNDLE = new URL('./bundle/program.js', import.meta.url);
const withSpec = process.argv.some((arg) => arg === '--pipeline' || arg.startsWith('--pipeline='));

if (!withSpec && bundleIsCurrent(BUNDLE, new URL('./program.js', import.meta.url))) await import(BUNDLE.href);
else await import('./program.js');
