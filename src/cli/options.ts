import { InvalidArgumentError, Option } from 'commander';
import { formatError } from '../core/errors.js';
import { FORMATS } from '../readers/types.js';

/** The store used when `--db` is not given: `$DYAD_DB`, else `dyad.db` in the current folder. */
export const DEFAULT_DB = process.env.DYAD_DB ?? 'dyad.db';

export const dbOption = () => new Option('--db <file|url>', 'SQLite store file, or postgres://user@host/db[?schema=name]').default(DEFAULT_DB);
export const formatOption = () => new Option('-f, --format <format>', 'input format (default: detected)').choices(FORMATS);
export const jsonOption = () => new Option('--json', 'print JSON instead of text');

/** `--read-only`: query a store without writing to its file (a read-only or immutable file, a shared copy). */
export const readOnlyOption = () => new Option('--read-only', 'open the store without writing to it (for read-only files)');

/**
 * An option parser for a whole number in [min, max]: `--limit -5` and `--limit abc` are usage
 * errors naming the option, not "everything" or a stack trace (see #16).
 */
export function wholeNumber(field: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!(n >= min && n <= max)) throw new InvalidArgumentError(formatError('E030', { field, problem: `"${value}" is not a whole number from ${min} to ${max}` }));
    return n;
  };
}
