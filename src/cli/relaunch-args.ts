/**
 * Whether `dyad` should start its own `node` for this command line, and with which arguments (#13).
 * Pure: it reads only what it is given, so `main.ts` can decide before it loads anything else.
 *
 * Why: in `dyad ingest --workers N` with N ≥ 2 the main thread annotates beside N − 1 worker threads
 * and writes the store. Its young generation grows to V8's maximum, two 16 MB semi-spaces, while a
 * worker's is capped at 16 MB (`WORKER_LIMITS`); at 8 MB semi-spaces the all-Reuters `--workers 2`
 * ingest peaked 19 MiB lower at the same CPU (docs/scaling.md, session 56, sp-rss). V8 reads
 * `--max-semi-space-size` only when an isolate starts, so the main thread can have it only from the
 * command line that started the process (session 57, sp-heap): hence a second `node`.
 */

/** The main thread's semi-spaces at 8 MB, a young generation of 16 MB like a worker's. */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=8';

/** Set in the relaunched process's environment, so that it never relaunches again. */
export const LAUNCHED_ENV = 'DYAD_LAUNCHED';

const SEMI_SPACE_OPTION = '--max-semi-space-size';

/** Node options that open an inspector's port (`--inspect`, `--inspect-brk`, `--inspect-port`, …): a child given them too would fail, the port taken. */
const INSPECT_OPTION = /^--inspect/;

/** `ingest`'s short options that take no value: commander reads `-qw2` as `-q -w2`, `-qh` as `-q -h`. */
const SHORT_FLAGS = new Set(['q', 'h']);

/**
 * The arguments for `process.execPath` that rerun this command with `YOUNG_GENERATION_FLAG` (the
 * original node options first, then the flag, the script and its arguments), or `undefined` when this
 * process should run the command itself: any command but `ingest`, an ingest whose main thread does not
 * annotate beside workers (`--workers` 0 or 1, or the default on one core), help, a `--workers` value
 * commander will refuse, a process the launcher started, one whose node already has a semi-space size,
 * or one that listens for an inspector.
 * @param argv `process.argv`: node, the script, then the command's arguments.
 * @param cores the `--workers` default (`availableParallelism()`, as in `ingest.ts`).
 */
export function relaunchArgs(argv: readonly string[], execArgv: readonly string[], env: Readonly<Record<string, string | undefined>>, cores: number): string[] | undefined {
  if (env[LAUNCHED_ENV] !== undefined) return undefined;
  const nodeOptions = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].map(optionName);
  if (nodeOptions.some((name) => name === SEMI_SPACE_OPTION || INSPECT_OPTION.test(name))) return undefined;
  const args = argv.slice(2);
  // As in program.ts: the program takes no option with a value, so the first operand names the command.
  if (args.find((arg) => !arg.startsWith('-')) !== 'ingest') return undefined;
  const workers = workersOf(args, cores);
  if (workers === undefined || workers < 2) return undefined;
  return [...execArgv, YOUNG_GENERATION_FLAG, ...argv.slice(1)];
}

/** A node option's name as node reads it: before any `=`, with `_` as `-` (`--max_semi_space_size=32` is `--max-semi-space-size`). */
function optionName(option: string): string {
  const name = option.split('=', 1)[0];
  return name.startsWith('--') ? name.replaceAll('_', '-') : name;
}

/**
 * `ingest`'s `--workers` (`--workers n`, `--workers=n`, `-w n`, `-wn`, and `-w` last in a group of
 * short flags, `-qw2`, `-qw n`; the last one given wins, as in commander), or `undefined` when it is not
 * a whole number or help is asked for (`--help`, `-h`, `-qh`).
 */
function workersOf(args: readonly string[], cores: number): number | undefined {
  let value: string | undefined = String(cores);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help') return undefined;
    if (arg === '--workers') value = args[++i];
    else if (arg.startsWith('--workers=')) value = arg.slice('--workers='.length);
    else if (/^-[^-]/.test(arg)) {
      // As commander reads a group: each flag with no value, then the first option that takes one,
      // whose value is the rest of the group, or the next argument when nothing is left.
      let at = 1;
      while (at < arg.length && SHORT_FLAGS.has(arg[at])) {
        if (arg[at] === 'h') return undefined;
        at++;
      }
      if (arg[at] === 'w') value = at + 1 < arg.length ? arg.slice(at + 1) : args[++i];
      else if (at < arg.length) i += at + 1 < arg.length ? 0 : 1; // -f and its value
    }
  }
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
