/**
 * Per-thread CPU of a running process read off Linux's /proc, shared by the thread benches (thread-cpu.ts,
 * thread-gc.ts). Reads /proc only; never part of `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports utime and stime in clock ticks of 1/100 s (USER_HZ) on every common platform. */
export const TICKS_PER_SECOND = 100;

/** utime + stime of each live thread of `pid`, in ticks. */
export function readThreads(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start at "state"; utime, stime are its 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}
