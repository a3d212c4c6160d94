import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 considers optimising it (V8's default: 67,584).
 * Optimising compiles run on background threads, and in an ingest they were a quarter of all CPU:
 * 4.7 of 15 CPU-s on 1,000 Reuters stories with `--workers 0`, compiled again in every worker
 * isolate, and a few large functions went back and forth between optimised and not (one was
 * compiled 15 times). Six times the budget leaves only the hot code to optimise (#13).
 */
const INTERRUPT_BUDGET = 400_000;

/**
 * Optimise only the code a long run keeps executing, for a command that annotates document after
 * document. The flag is the process's: worker threads started later follow it too.
 */
export function optimiseHotCodeOnly(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
