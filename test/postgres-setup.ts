/**
 * Vitest global setup: finds the PostgreSQL server the store tests run against, once per run.
 * `DYAD_TEST_PG` names it; otherwise the default local address is tried. Without a server the
 * PostgreSQL half of the store suite is skipped with one visible line, unless `DYAD_REQUIRE_PG=1`
 * (CI), which makes a missing server a failure. Each run's schemas are dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server's URL, or '' when the PostgreSQL tests are skipped. */
    pgUrl: string;
    /** Prefix of this run's schema names, so runs sharing a database never collide. */
    pgRun: string;
  }
}

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DYAD_TEST_PG || DEFAULT_URL;
  const run = `dyad_t${randomBytes(4).toString('hex')}`;
  const problem = await probe(url);
  if (problem) {
    if (process.env.DYAD_REQUIRE_PG === '1') throw new Error(`DYAD_REQUIRE_PG=1 but PostgreSQL at ${url} does not answer: ${problem}`);
    console.log(`PostgreSQL store tests skipped: no server at ${url} (${problem}); set DYAD_TEST_PG=postgres://… to run them.`);
  }
  project.provide('pgUrl', problem ? '' : url);
  project.provide('pgRun', run);
  return async () => {
    if (problem) return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)', [`${run}_`]);
      for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
    } finally {
      await client.end();
    }
  };
}

async function probe(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
