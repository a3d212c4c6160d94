import { setFlagsFromString } from 'node:v8';

/**
 * How far, in percent, a heap's old generation may grow past what its last full collection kept
 * before the next one. V8's own factor goes up to 4×: ingesting Reuters with `--workers 2`, each
 * worker kept ~55 MB but let its heap reach ~130 MB before collecting, and the process peaked at
 * 476–511 MB (#13). A document's garbage is short-lived, so collecting sooner costs little.
 */
const OLD_GENERATION_GROWTH_PERCENT = 25;

/**
 * Keep every thread's heap close to what it holds, for a command whose worker threads annotate
 * document after document. The flag is the process's: the main thread and every worker follow it.
 */
export function boundOldGeneration(): void {
  setFlagsFromString(`--heap-growing-percent=${OLD_GENERATION_GROWTH_PERCENT}`);
}
