import type { PloverEvent } from './plover.js';
import type { RuntimeLexicon } from './lexicon.js';

const cache = new WeakMap<RuntimeLexicon, Map<string, ReadonlySet<PloverEvent>>>();

/**
 * The PLOVER types a trigger word can have in the lexicon: its verb entries' codes, the codes of the patterns of their
 * blocks, its hand-kept senses and its noun entry. The learned type step chooses among these only (#12: a sense ranker
 * re-types "signed" between the senses of "sign", never to a type no entry of the word gives).
 */
export function triggerSenses(lexicon: RuntimeLexicon, lemma: string): ReadonlySet<PloverEvent> {
  let byLemma = cache.get(lexicon);
  if (!byLemma) cache.set(lexicon, (byLemma = new Map<string, ReadonlySet<PloverEvent>>()));
  let senses = byLemma.get(lemma);
  if (senses) return senses;
  const types = new Set<PloverEvent>();
  const add = (code?: string): void => { const event = code ? lexicon.cameo[code]?.event : undefined; if (event) types.add(event); };
  for (const entry of lexicon.verbs[lemma] ?? []) {
    add(entry.code);
    for (const name of entry.blocks) {
      const block = lexicon.block(name);
      if (!block) continue;
      for (const pattern of block.unanchored) add(pattern.code);
      for (const patterns of block.byWord.values()) for (const pattern of patterns) add(pattern.code);
    }
  }
  for (const sense of lexicon.senses?.[lemma] ?? []) add(sense.code);
  add(lexicon.nouns[lemma]?.code);
  byLemma.set(lemma, (senses = types));
  return senses;
}
