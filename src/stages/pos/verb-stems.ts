/**
 * The stems an inflected English verb form may come from by the regular spelling rules, most likely
 * first: "poured" → pour, poure; "ruled" → rule, rul; "stopped" → stopp, stoppe, stop; "denied" →
 * deny, deni, denie. The lemmatizer keeps the first stem that is a known verb, so an unlikely stem
 * costs nothing when it is no verb.
 */

/** Penn tags of inflected verb forms: past, participles, third person singular. */
export const VERB_FORM_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBN', 'VBG', 'VBZ']);

/**
 * Prefixes that make a verb of a verb ("reconvene", "overstep", "mistime"): a stem counts as known
 * when it is one of these on a known verb of four letters or more, so the lists need not hold every
 * derived verb.
 */
export const VERB_PREFIXES: readonly string[] = ['re', 'un', 'co', 'pre', 'mis', 'out', 'over', 'under'];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

/**
 * Whether a stem ends consonant-vowel-consonant ("rul", "hop", "resum"). Such a stem's own past
 * would double its last letter ("hopped", "stopped"), so a single letter before -ed or -ing points
 * to a dropped -e: "hoped" is hope rather than hop, "ruling" rule. Final w, x and y never double.
 */
function endsShortSyllable(stem: string): boolean {
  const n = stem.length;
  if (n < 3) return false;
  const last = stem[n - 1];
  return !isVowel(last) && !'wxy'.includes(last) && isVowel(stem[n - 2]) && !isVowel(stem[n - 3]);
}

/** The stem and the stem with -e restored, the likelier first. */
function withOrWithoutE(stem: string): string[] {
  return endsShortSyllable(stem) ? [stem + 'e', stem] : [stem, stem + 'e'];
}

/** The stem without a doubled last consonant ("stopp" → stop), when it has one. */
function undoubled(stem: string): string[] {
  const n = stem.length;
  return n >= 3 && stem[n - 1] === stem[n - 2] && !isVowel(stem[n - 1]) ? [stem.slice(0, -1)] : [];
}

/** Regular stems of a past or past participle in -ed. */
function pastStems(lower: string): string[] {
  if (lower.length < 4 || !lower.endsWith('ed')) return [];
  const stem = lower.slice(0, -2);
  const y = lower.endsWith('ied') ? [lower.slice(0, -3) + 'y'] : [];
  return [...y, ...withOrWithoutE(stem), ...undoubled(stem)];
}

/** Regular stems of a present participle or gerund in -ing ("dying" → die). */
function participleStems(lower: string): string[] {
  if (lower.length < 5 || !lower.endsWith('ing')) return [];
  const stem = lower.slice(0, -3);
  const ie = stem.endsWith('y') ? [stem.slice(0, -1) + 'ie'] : [];
  return [...withOrWithoutE(stem), ...undoubled(stem), ...ie];
}

/** Regular stems of a third person singular in -s ("denies" → deny, "watches" → watch). */
function presentStems(lower: string): string[] {
  if (lower.length < 3 || !lower.endsWith('s') || lower.endsWith('ss')) return [];
  const y = lower.endsWith('ies') ? [lower.slice(0, -3) + 'y'] : [];
  const es = lower.endsWith('es') ? [lower.slice(0, -2)] : [];
  return [...y, lower.slice(0, -1), ...es];
}

/** The regular stems of a lowercase verb form with its Penn tag, the likeliest first. */
export function verbStems(lower: string, xpos: string): string[] {
  switch (xpos) {
    case 'VBD':
    case 'VBN':
      return pastStems(lower);
    case 'VBG':
      return participleStems(lower);
    case 'VBZ':
      return presentStems(lower);
    default:
      return [];
  }
}
