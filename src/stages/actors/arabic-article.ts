/**
 * "Sheikh Ali al-Khalifa al-Sabah said", "Prime Minister al-Sabah": a name joined to the Arabic article "al-"
 * is a family name (or a paper's, "Al-Riyadh"), not the place that shares it: "Sabah" alone is the
 * Malaysian state, which made Kuwait's oil minister and prime minister Malaysian (see #12). Such a place
 * mention is dropped; the person's own mention, or the title before it, stays.
 */
import type { ActorMention } from './types.js';

/** The Arabic article glued to the next word ("al-", "Al-", "el-"). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:al|el)[-‐‑]$/iu;
/** Kinds of mention a family name may be mistaken for. */
const PLACE_KINDS = new Set(['country', 'place', 'capital']);

/**
 * Drop the place mentions that follow the Arabic article.
 * @example withoutArticlePlaces('Prime Minister al-Sabah', mentions) // no mention of Sabah, Malaysia
 */
export function withoutArticlePlaces(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  return mentions.filter((m) => !(PLACE_KINDS.has(m.kind ?? '') && ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))));
}
