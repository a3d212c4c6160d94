/**
 * The two ends of `dyad`'s relaunch (`relaunch-args.ts` says when and why, #13): the launcher runs
 * the command in a child `node` and ends as the child ends; the child ends if the launcher is gone.
 */
import { spawn } from 'node:child_process';
import { LAUNCHED_ENV } from './relaunch-args.js';

/** The signals a user or a supervisor sends to stop `dyad`: the child gets them and decides. */
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Run `process.execPath` with `args` as this command, and end this process as it ends: the same
 * exit code, or the same signal. The child shares this process's standard input, output and error,
 * so input from `-` and every line it prints pass straight through; signals sent to this process
 * alone are passed on, and this process waits for the child, so it never exits while the child
 * is still writing. An IPC channel tells the child when this process is gone (`followLauncher`).
 */
export function runRelaunched(args: readonly string[]): void {
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, [LAUNCHED_ENV]: '1' } });
  // A Ctrl-C reaches the whole process group, the child too; passing it on once more does no harm.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  const stopForwarding = () => {
    for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
  };
  child.once('error', (error) => {
    stopForwarding();
    process.stderr.write(`dyad: could not start ${process.execPath}: ${error.message}\n`);
    process.exitCode = 1;
  });
  child.once('exit', (code, signal) => {
    stopForwarding();
    // With no listener left, the signal's default action ends this process as it ended the child.
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
}

/**
 * In a relaunched child: end at once, as if killed, when the launcher is gone without waiting for
 * it (a SIGKILL), so no orphan goes on reading and writing after its caller saw `dyad` end. The
 * open transaction is rolled back, as after any kill. The channel does not keep the child alive.
 */
export function followLauncher(): void {
  if (!process.send || !process.channel) return;
  process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
  process.channel.unref();
}
