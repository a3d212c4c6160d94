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
interface SignalRecord { pid: number; signal: NodeJS.Signals }

function hookLines(hook: string): (ProcessRecord | SignalRecord)[] {
  if (!existsSync(hook)) return [];
  return readFileSync(hook, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as ProcessRecord | SignalRecord);
}

/** The processes started, in order: the launcher, then its child. */
function records(hook: string): ProcessRecord[] {
  return hookLines(hook).filter((line): line is ProcessRecord => !('signal' in line));
}

/** The signals the relaunched child received. */
function signalsReceived(hook: string): SignalRecord[] {
  return hookLines(hook).filter((line): line is SignalRecord => 'signal' in line);
}

function runDyad(args: string[], hook: string, input?: string) {
  const result = spawnSync(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 100_000, env: { ...process.env, PROCESS_HOOK: hook, FORCE_COLOR: '0' } });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function startDyad(args: string[], hook: string) {
  return spawn(process.execPath, [...NODE_ARGS, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, PROCESS_HOOK: hook } });
}

/** Whether `pid` has ended: gone, or a zombie that its new parent has yet to reap. */
function hasEnded(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  // The state follows the command name in parentheses: Z is a zombie.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
}

/** Resolves once every process holding `launcher`'s output pipe (the launcher and its child) has closed it, that is, has ended. */
function outputClosed(launcher: ReturnType<typeof startDyad>): Promise<void> {
  launcher.stdout.resume();
  return new Promise((resolve) => launcher.stdout.once('close', () => resolve()));
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
    expect(hasEnded(child.pid)).toBe(true);
    // Sent to the launcher alone: the child received it, and did not only end as its launcher went.
    expect(signalsReceived(hook)).toEqual([{ pid: child.pid, signal }]);
  }, 120_000);

  it('ends the child when the launcher is killed outright', async () => {
    const dir = tempDir();
    const hook = join(dir, 'hook.jsonl');
    const db = join(dir, 'a.db');
    const launcher = startDyad(['ingest', '-', '--workers', '2', '-q', '--db', db], hook);
    const exited = new Promise((resolve) => launcher.once('exit', resolve));
    const closed = outputClosed(launcher);
    launcher.stdin.write(ARTICLE);
    // The store is opened after the child started to follow its launcher.
    await waitFor(() => existsSync(db), Boolean, exited);
    const [, child] = records(hook);
    launcher.kill('SIGKILL');
    await exited;
    // The child ends, or the pipe it holds never closes; once closed, the child has ended.
    expect(await waitFor(() => hasEnded(child.pid), Boolean, closed)).toBe(true);
    expect(signalsReceived(hook)).toEqual([]);
  }, 120_000);
});
