/**
 * "British Columbian unionized workers", "Texan farmers", "Albertans": the demonym of a region
 * gives the country the region belongs to. Without it the first word of "British Columbian" read as
 * the nationality "British" (GBR), and a one-word regional demonym named no country at all.
 */
import type { ActorKb } from './kb.js';
import { memoByKey, type KbMemo } from './kb-memo.js';

/**
 * Demonym endings and the endings of the region's name they stand for, tried in order: "Albertan"
 * → Alberta, "Texan" → Texas, "Ontarian" → Ontario, "Hawaiian" → Hawaii, "Québécois" → Quebec.
 */
const ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ian', ['ia', 'io', 'i', 'y']],
  ['an', ['a', 'as', 'o', '']],
  ['ois', ['']],
];

/**
 * The country whose region a demonym names (a lookup key: "british columbian", "texans"), or
 * undefined. Only a name the knowledge base files under a country (regions are aliases of their
 * country there) counts: a town's name ("Columbia", "Republica" from "Republican") is no evidence.
 */
export function regionDemonymCountry(kb: ActorKb, key: string): string | undefined {
  // Every ending, and a plural of one, ends in "n" or "s": the other words need neither the memo nor a lookup.
  const last = key.charCodeAt(key.length - 1);
  return last === 110 || last === 115 ? memoByKey(COUNTRIES, kb, key, findRegionCountry) : undefined;
}

/** Asked at every capitalised word ending like a demonym ("Japan", "Reagan" too): remembered per key (#13). */
const COUNTRIES: KbMemo<string | undefined> = new WeakMap();

function findRegionCountry(kb: ActorKb, key: string): string | undefined {
  const singular = key.endsWith('s') && !key.endsWith('ois') ? key.slice(0, -1) : key;
  for (const [ending, stems] of ENDINGS) {
    if (!singular.endsWith(ending) || singular.length < ending.length + 3) continue;
    const stem = singular.slice(0, -ending.length);
    for (const tail of stems) {
      const country = (kb.named(stem + tail) ?? []).map((x) => kb.actor(x)).find((actor) => actor?.kind === 'country');
      const code = country?.roles[0]?.code;
      if (code) return code;
    }
  }
  return undefined;
}
