/**
 * Lookups straight in a table parsed from a model file's JSON metadata. Copying such a record into
 * a Map (`new Map(Object.entries(…))`) cost ~25 ms of CPU at every start for the tagger's and
 * lemmatizer's 12,600 entries on a loaded machine (#13); the parsed object answers as fast.
 */

/** What the stages ask of a word table: a Map, or a record wrapped by `recordLookup`. */
export interface Lookup<V> {
  get(key: string): V | undefined;
}

/** A `Lookup` over a plain record; inherited properties (`constructor`, `toString`) are not entries. */
export function recordLookup<V>(record: Readonly<Record<string, V>>): Lookup<V> {
  return {
    get(key: string): V | undefined {
      const value = record[key];
      // Only a hit needs the own-property check: every inherited property is defined.
      return value !== undefined && Object.hasOwn(record, key) ? value : undefined;
    },
  };
}
