import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Option, type Command } from 'commander';
import { workerAnnotator } from '../api/annotator.js';
import { createApp } from '../api/app.js';
import { assetPath } from '../core/assets.js';
import { DyadError, causeText } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { dbOption, readOnlyOption, wholeNumber } from './options.js';
import { openStore } from './open-store.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';

interface ServeOptions {
  db: string;
  host: string;
  port: string;
  token?: string;
  tokenFile?: string;
  allowHost?: string;
  readOnly?: boolean;
  pipeline?: string;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the store over HTTP: JSON API under /api, OpenAPI at /openapi.json, dashboard at /')
    .addOption(dbOption())
    .addOption(readOnlyOption())
    .option('--host <address>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .option('--port <n>', 'port', '8080')
    .addOption(new Option('--token <secret>', 'allow writes (POST /api/documents) to requests sending "Authorization: Bearer <secret>"; read-only without it (visible in ps: prefer $DYAD_TOKEN or --token-file)').env('DYAD_TOKEN'))
    .addOption(new Option('--token-file <file>', 'read the write token from this file').env('DYAD_TOKEN_FILE'))
    .addOption(new Option('--allow-host <names>', 'comma-separated host names clients may use to reach the server, beyond the address it listens on (against DNS rebinding)'))
    .addOption(pipelineOption())
    .action(async (opts: ServeOptions) => {
      const port = wholeNumber('--port', 0, 65535)(opts.port);
      const token = readToken(opts);
      // Built before listening, so a bad spec fails at once; the worker thread builds its own copy to run.
      const pipeline: Pipeline = await commandPipeline(opts.pipeline, { command: 'dyad serve' });
      const store = openStore(opts.db, { readOnly: opts.readOnly });
      const annotator = workerAnnotator({ specPath: opts.pipeline });
      const web = assetPath('web', 'dist');
      const allowedHosts = allowedHostsFor(opts.host, opts.allowHost?.split(',').map((h) => h.trim()).filter(Boolean) ?? []);
      const app = createApp({
        store,
        ...(token ? { token } : {}),
        pipeline: () => pipeline,
        annotator,
        ...(allowedHosts ? { allowedHosts } : {}),
        ...(existsSync(web) ? { webRoot: web } : {}),
      });
      let server: Server;
      try {
        server = await listen(app.fetch, opts.host, port);
      } catch (error) {
        await store.close();
        throw error;
      }
      const { port: bound } = server.address() as { port: number };
      process.stdout.write(
        `dyad serving ${opts.db} at http://${opts.host}:${bound}/ (${token ? 'writes need the token' : 'read-only'})` +
          `${existsSync(web) ? '' : '; dashboard not built (npm run build:web)'}\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await annotator.close();
      await store.close();
    });
}

/** Start listening; a port in use or an address that cannot be bound is a coded error, not a crash (see #16). */
function listen(fetch: Parameters<typeof serve>[0]['fetch'], host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }) as Server;
    server.once('error', (error) => reject(new DyadError('E029', { host, port, cause: (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'the port is in use' : causeText(error) })));
    server.once('listening', () => resolve(server));
  });
}

/** The write token: from `--token` or `$DYAD_TOKEN`, or from the file `--token-file` or `$DYAD_TOKEN_FILE` names. */
export function readToken(opts: { token?: string; tokenFile?: string }): string | undefined {
  if (opts.token !== undefined && opts.tokenFile !== undefined) throw new DyadError('E030', { field: '--token-file', problem: 'give the token once, by --token ($DYAD_TOKEN) or by --token-file ($DYAD_TOKEN_FILE)' });
  let token = opts.token;
  if (opts.tokenFile !== undefined) {
    try {
      token = readFileSync(opts.tokenFile, 'utf8').trim();
    } catch (error) {
      throw new DyadError('E030', { field: '--token-file', problem: `cannot read ${opts.tokenFile} (${causeText(error)})` });
    }
  }
  if (token !== undefined && !/^\S{8,}$/.test(token)) throw new DyadError('E030', { field: 'the token', problem: 'must be at least 8 characters with no spaces' });
  return token;
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The host names a request may address: the address the server listens on (every loopback name
 * for a loopback address) and those given. A wildcard address with no names given is unchecked:
 * any name may reach it.
 */
export function allowedHostsFor(host: string, extra: readonly string[]): string[] | undefined {
  const named = extra.map((h) => h.toLowerCase());
  if (host === '0.0.0.0' || host === '::') return named.length ? [...LOOPBACK, ...named] : undefined;
  if (LOOPBACK.includes(host) || host === '::1') return [...LOOPBACK, ...named];
  return [host.includes(':') ? `[${host}]` : host.toLowerCase(), ...named];
}
