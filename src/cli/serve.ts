import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Option, type Command } from 'commander';
import { createApp } from '../api/app.js';
import { assetPath } from '../core/assets.js';
import { DyadError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import { dbOption, openStore } from './options.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the store over HTTP: JSON API under /api, OpenAPI at /openapi.json, dashboard at /')
    .addOption(dbOption())
    .option('--host <address>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .option('--port <n>', 'port', '8080')
    .addOption(new Option('--token <secret>', 'allow writes (POST /api/documents) to requests sending "Authorization: Bearer <secret>"; read-only without it').env('DYAD_TOKEN'))
    .addOption(pipelineOption())
    .action(async (opts: { db: string; host: string; port: string; token?: string; pipeline?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DyadError('E030', { field: '--port', problem: 'must be a port number, 0–65535' });
      const store = openStore(opts.db);
      // Built before listening, so a bad spec fails at once; the stages load their models on first use.
      const pipeline: Pipeline = await commandPipeline(opts.pipeline, { command: 'dyad serve' });
      const web = assetPath('web', 'dist');
      const app = createApp({
        store,
        ...(opts.token ? { token: opts.token } : {}),
        pipeline: () => pipeline,
        ...(existsSync(web) ? { webRoot: web } : {}),
      });
      const server = serve({ fetch: app.fetch, hostname: opts.host, port }, (info) => {
        process.stdout.write(
          `dyad serving ${opts.db} at http://${opts.host}:${info.port}/ (${opts.token ? 'writes need the token' : 'read-only'})` +
            `${existsSync(web) ? '' : '; dashboard not built (npm run build:web)'}\n`,
        );
      });
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await store.close();
    });
}
