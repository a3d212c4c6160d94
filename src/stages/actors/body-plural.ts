/**
 * "European Community (EC) agriculture ministers agreed …" and later "Ministers discussed the
 * Commission's proposals", "The ministers were meeting": a plural role noun with no country of its own
 * goes on naming the international body whose members the story first called by that noun. The wire's
 * council stories name the body once ("EC farm ministers", "Group of 77 officials") and then say only
 * "ministers"; read alone, the noun took the participants named in between (the German and British
 * ministers) or, with no one named, the dateline's country (the training gold codes every one IGOEUR).
 *
 * Only the last earlier mention headed by the same plural decides, and only when that mention is an
 * international or non-governmental body: after "West German ministers", "ministers" stays as it was.
 */

/** What the rule reads of an actor resolved earlier in the article. */
export interface EarlierMention {
  readonly code?: string;
  /** The agent noun of its phrase, lower case ("agriculture ministers"), if it had one. */
  readonly head?: string;
}

/** Codes of bodies that belong to no one country. */
const BODY_CODES: ReadonlySet<string> = new Set(['IGO', 'NGO']);

/** Whether an earlier head names the same people as `key`: the same noun, or `key`'s one word ending it. */
function sameNoun(head: string | undefined, key: string): boolean {
  if (!head) return false;
  return head === key || (!key.includes(' ') && head.endsWith(` ${key}`));
}

/**
 * The earlier body mention a country-less plural role noun (its key, lower case: "ministers",
 * "officials", "foreign ministers") refers back to, or undefined. `earlier` runs in text order.
 */
export function bodyOfPlural<T extends EarlierMention>(earlier: readonly T[], key: string): T | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (!e || !sameNoun(e.head, key)) continue;
    return BODY_CODES.has(e.code ?? '') ? e : undefined;
  }
  return undefined;
}
