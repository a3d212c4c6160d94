/**
 * Lookups in the lexicon's word tables (`verbs`, `nouns`: plain objects read from JSON) through a `Map` made once
 * per table (#13). Token words and lemmas are strings cut from the text, not interned: a keyed load on an object
 * of thousands of properties must find each one in V8's string table first, while a `Map` hashes it once (the
 * hash is kept in the string). The answers are the object's own: a word that names a property every object
 * inherits ("constructor", "toString") is still read from the table itself.
 */

/** Names every plain object inherits, which `key in table` and `table[key]` find though no entry has them. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

const TABLES = new WeakMap<object, Map<string, unknown>>();

function mapOf<T>(table: Readonly<Record<string, T>>): Map<string, T> {
  let map = TABLES.get(table) as Map<string, T> | undefined;
  if (!map) TABLES.set(table, (map = new Map(Object.entries(table))));
  return map;
}

/** `table[key]`, found in the table's map. */
export function tableGet<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  const value = mapOf(table).get(key);
  return value !== undefined || !INHERITED.has(key) ? value : table[key];
}

/** `key in table`, found in the table's map. */
export function tableHas(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return mapOf(table).has(key) || (INHERITED.has(key) && key in table);
}
