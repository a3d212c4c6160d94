import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
// `--import tsx` runs the TypeScript source in this one process (the tsx CLI would fork a child,
// which a kill would not reach).
const CLI = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];

/** A fresh temporary folder. */
export function tempDir(prefix = 'dyad-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Run the `dyad` CLI from source and wait for it. */
export function runCli(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Start the `dyad` CLI from source without waiting. With `stdin`, the test writes its standard
 * input; with `output`, it can read what the CLI prints.
 */
export function startCli(args: string[], options: { stdin?: boolean; output?: boolean } = {}) {
  const out = options.output ? 'pipe' : 'ignore';
  return spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, stdio: [options.stdin ? 'pipe' : 'ignore', out, out] });
}

/**
 * Read a value until it meets a condition: tests wait for conditions, never for a fixed time. A
 * child process that exits first (`exited`) ends the wait, and the caller's assertions then fail.
 */
export async function waitFor<T>(read: () => T | Promise<T>, done: (value: T) => boolean, exited?: Promise<unknown>): Promise<T> {
  let over = false;
  void exited?.then(() => (over = true));
  for (;;) {
    const value = await read();
    if (done(value) || over) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
