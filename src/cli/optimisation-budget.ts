import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 considers optimising it (V8's default: 67,584).
 * Optimising compiles run on background threads, and in an ingest they were a quarter of all CPU:
 * 4.7 of 15 CPU-s on 1,000 Reuters stories with `--workers 0`, compiled again in every worker
 * isolate, and a few large functions went back and forth between optimised and not (one was
 * compiled 15 times). A larger budget leaves only the hot code to optimise (#13): 400,000 against the
 * default cut the compile threads from 8.9 to 3.5–4.0 CPU-s; 1,600,000 against 400,000 cut a one-core
 * ingest of 1,000 Reuters stories by ~6% (9 of 11 alternated pairs) and a `--workers 2` one in 3 of 3
 * pairs, while 200,000 cost +13% (3 of 3): docs/scaling.md, session 44.
 */
const INTERRUPT_BUDGET = 1_600_000;

/**
 * Optimise only the code a long run keeps executing, for a command that annotates document after
 * document. The flag is the process's: worker threads started later follow it too.
 */
export function optimiseHotCodeOnly(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
