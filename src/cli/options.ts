import { Option } from 'commander';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { FORMATS } from '../readers/types.js';

/** The store file used when `--db` is not given: `$DYAD_DB`, else `dyad.db` in the current folder. */
export const DEFAULT_DB = process.env.DYAD_DB ?? 'dyad.db';

export const dbOption = () => new Option('--db <file>', 'SQLite store file').default(DEFAULT_DB);
export const formatOption = () => new Option('-f, --format <format>', 'input format (default: detected)').choices(FORMATS);
export const jsonOption = () => new Option('--json', 'print JSON instead of text');

/** `--read-only`: query a store without writing to its file (a read-only or immutable file, a shared copy). */
export const readOnlyOption = () => new Option('--read-only', 'open the store without writing to it (for read-only files)');

export function openStore(path: string, options: { readOnly?: boolean } = {}): Store {
  return openSqliteStore(path, options);
}
