/**
 * `dyad diff A B` (see #17): the events added, removed and changed between two stores or two
 * exports, as CSV. Events are matched by a key anchored in the immutable text — the document and
 * the trigger's character offsets (`tass-1:4-9`) — not by dyad's running number, which shifts when
 * an earlier event of the same article appears or disappears. Each side is read twice: once for a
 * hash per key (memory stays small on large stores), once for the records that differ.
 */
import { createHash } from 'node:crypto';
import { csvLine } from './csv.js';

/** An event as compared: a flat record with its dyad id and its text-anchored key. */
export interface DiffRecord {
  readonly key: string;
  readonly id: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** A side of the diff that can be read more than once. */
export type DiffSource = () => AsyncIterable<DiffRecord>;

export const DIFF_COLUMNS = ['change', 'key', 'id_a', 'id_b', 'fields', 'before', 'after'] as const;

/**
 * The key of an event: `<doc>:<start>-<end>` of its trigger (or, without one, of its evidence and
 * event text); the k-th event on the same span within a side gets `#k` (k ≥ 2).
 */
export function keyer(): (doc: string, anchor: string) => string {
  const seen = new Map<string, number>();
  return (doc, anchor) => {
    const base = `${doc}:${anchor}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
}

/** CSV lines of the differences, header first; rows sorted by change, then key. */
export async function* diffLines(a: DiffSource, b: DiffSource): AsyncIterable<string> {
  const hashesA = await hashes(a);
  const hashesB = await hashes(b);
  const wanted = new Set<string>();
  for (const [key, hash] of hashesA) if (hashesB.get(key) !== hash) wanted.add(key);
  for (const key of hashesB.keys()) if (!hashesA.has(key)) wanted.add(key);
  const recordsA = await records(a, wanted);
  const recordsB = await records(b, wanted);
  yield csvLine(DIFF_COLUMNS);
  const order = { removed: 0, changed: 1, added: 2 } as const;
  const rows = [...wanted].map((key) => {
    const before = recordsA.get(key);
    const after = recordsB.get(key);
    const change: keyof typeof order = !before ? 'added' : !after ? 'removed' : 'changed';
    return { key, change, before, after };
  }).sort((x, y) => order[x.change] - order[y.change] || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (const { key, change, before, after } of rows) {
    if (change !== 'changed') {
      yield csvLine([change, key, before?.id ?? null, after?.id ?? null, null, before ? JSON.stringify(before.fields) : null, after ? JSON.stringify(after.fields) : null]);
      continue;
    }
    const names = [...new Set([...Object.keys(before!.fields), ...Object.keys(after!.fields)])]
      .filter((name) => canonical(before!.fields[name]) !== canonical(after!.fields[name])).sort();
    const pick = (r: DiffRecord) => JSON.stringify(Object.fromEntries(names.map((n) => [n, r.fields[n] ?? null])));
    yield csvLine([change, key, before!.id, after!.id, names.join(';'), pick(before!), pick(after!)]);
  }
}

async function hashes(source: DiffSource): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const r of source()) out.set(r.key, createHash('sha1').update(canonical(r.fields)).digest('base64'));
  return out;
}

async function records(source: DiffSource, keys: ReadonlySet<string>): Promise<Map<string, DiffRecord>> {
  const out = new Map<string, DiffRecord>();
  for await (const r of source()) if (keys.has(r.key)) out.set(r.key, r);
  return out;
}

/** JSON with object keys sorted, so that field order never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
  ) ?? 'null';
}
