/**
 * Lookups in the lexicon's word tables (`verbs`, `nouns`: plain objects read from JSON) through a `Map` made once
 * per table (#13). Token words and lemmas are strings cut from the text, not interned: a keyed load on an object
 * of thousands of properties must find each one in V8's string table first, while a `Map` hashes it once (the
 * hash is kept in the string). Only the table's own entries answer: read as an object, a text's "constructor" or
 * "valueOf" found the property every object inherits and was taken for a lexicon verb or event noun.
 */

const TABLES = new WeakMap<object, Map<string, unknown>>();

/**
 * The two tables asked last and their maps: the stage asks of `verbs` and `nouns` in turn, tens of thousands of times
 * a round, and a weak map's lookup by the table was half of each lookup's own time (#13, session 54).
 * Contract: a table is never changed after load (the lexicon is read once from JSON), since its map is a copy made
 * at the first lookup and a later change would not be seen. These strong references keep at most two such tables
 * (and their maps) alive after their lexicon is dropped, until two other tables are asked of.
 */
let lastTable: object | undefined;
let lastMap: Map<string, unknown> | undefined;
let otherTable: object | undefined;
let otherMap: Map<string, unknown> | undefined;

function mapOf<T>(table: Readonly<Record<string, T>>): Map<string, T> {
  if (table === lastTable) return lastMap as Map<string, T>;
  let map: Map<string, unknown> | undefined;
  if (table === otherTable) map = otherMap;
  else {
    map = TABLES.get(table);
    if (!map) TABLES.set(table, (map = new Map(Object.entries(table))));
  }
  otherTable = lastTable;
  otherMap = lastMap;
  lastTable = table;
  lastMap = map;
  return map as Map<string, T>;
}

/** `table[key]`, found in the table's map. */
export function tableGet<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return mapOf(table).get(key);
}

/** `key in table`, found in the table's map. */
export function tableHas(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return mapOf(table).has(key);
}
