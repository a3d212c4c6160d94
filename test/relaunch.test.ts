/**
 * `dyad ingest` with ≥ 2 workers runs in a child `node` with a smaller main-thread young generation
 * (src/cli/relaunch-args.ts, #13). These tests run the real CLI with a preload that records each
 * process (`support/process-hook.cjs`) and check what passes between the launcher and its child.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { YOUNG_GENERATION_FLAG } from '../src/cli/relaunch-args.js';
import { ROOT, tempDir, waitFor } from './helpers.js';

const HOOK = join(ROOT, 'test', 'support', 'process-hook.cjs');
const NODE_ARGS = ['--require', HOOK, '--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
const MIXED = join(ROOT, 'test', 'fixtures', 'inputs', 'mixed');
const ARTICLE = ' date 2020-06-26 LONDON (AP) — Ministers met.\n';

interface ProcessRecord { pid: number; ppid: number; execArgv: string[]; launched: string | null; heapSizeLimit: number }

function records(hook: string): ProcessRecord[] {
  if (!existsSync(hook)) return [];
  return readFileSync(hook, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ProcessRecord);
}

function runDyad(args: string[], hook: string, input?: string) {
  const result = spawnSync(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, PROCESS_HOOK: hook, FORCE_COLOR: '0' } });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function startDyad(args: string[], hook: string) {
  return spawn(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, stdio: ['pipe', 'ignore', 'ignore'], env: { ...process.env, PROCESS_HOOK: hook } });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('dyad ingest relaunched with a smaller young generation (#13)', () => {
  it('runs a --workers 2 ingest of stdin in a child node with the flag, and passes on its output and exit code 0', () => {
    const dir = tempDir();
    const hook = join(dir, 'hook.jsonl');
    const result = runDyad(['ingest', '-', '--workers', '2', '--db', join(dir, 'a.db')], hook, ARTICLE);
    expect(result.stdout).toContain('stored 1, duplicate 0, rejected 0');
    expect(result.code).toBe(0);
    const [launcher, child] = records(hook);
    expect(launcher.execArgv).not.toContain(YOUNG_GENERATION_FLAG);
    expect(child).toMatchObject({ ppid: launcher.pid, launched: '1' });
    expect(child.execArgv).toEqual([...launcher.execArgv, YOUNG_GENERATION_FLAG]);
    // V8 took the flag: 8 MB semi-spaces lower the heap's limit by 3 × (16 − 8) MB.
    expect(launcher.heapSizeLimit - child.heapSizeLimit).toBe(24 * 1024 * 1024);
  }, 120_000);

  it('passes on exit code 3 and the rejected record named on stderr', () => {
    const dir = tempDir();
    const hook = join(dir, 'hook.jsonl');
    const result = runDyad(['ingest', MIXED, '--workers', '2', '--db', join(dir, 'a.db')], hook);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('stored 3, duplicate 0, rejected 1');
    expect(result.stderr).toMatch(/readouts\.jsonl: line 2: not valid JSON/);
    expect(records(hook)).toHaveLength(2);
  }, 120_000);

  it.each([['--workers', '1'], ['--workers', '0']])('runs ingest %s %s in the one process, without the flag', (option, value) => {
    const dir = tempDir();
    const hook = join(dir, 'hook.jsonl');
    const result = runDyad(['ingest', '-', option, value, '--db', join(dir, 'a.db')], hook, ARTICLE);
    expect(result.code).toBe(0);
    expect(records(hook)).toEqual([expect.objectContaining({ launched: null, execArgv: expect.not.arrayContaining([YOUNG_GENERATION_FLAG]) as unknown })]);
  }, 120_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('passes %s on to the child and ends with it once the child has ended', async (signal) => {
    const dir = tempDir();
    const hook = join(dir, 'hook.jsonl');
    // Stdin stays open: the child waits for more input until the signal comes.
    const launcher = startDyad(['ingest', '-', '--workers', '2', '-q', '--db', join(dir, 'a.db')], hook);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => launcher.once('exit', (_, s) => resolve(s)));
    launcher.stdin.write(ARTICLE);
    const [, child] = await waitFor(() => records(hook), (seen) => seen.length === 2, exited);
    launcher.kill(signal);
    expect(await exited).toBe(signal);
    expect(isAlive(child.pid)).toBe(false);
  }, 120_000);

  it('ends the child when the launcher is killed outright', async () => {
    const dir = tempDir();
    const hook = join(dir, 'hook.jsonl');
    const db = join(dir, 'a.db');
    const launcher = startDyad(['ingest', '-', '--workers', '2', '-q', '--db', db], hook);
    const exited = new Promise((resolve) => launcher.once('exit', resolve));
    launcher.stdin.write(ARTICLE);
    // The store is opened after the child started to follow its launcher.
    await waitFor(() => existsSync(db), Boolean, exited);
    const [, child] = records(hook);
    launcher.kill('SIGKILL');
    await exited;
    expect(await waitFor(() => isAlive(child.pid), (alive) => !alive)).toBe(false);
  }, 120_000);
});
