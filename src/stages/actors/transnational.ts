/**
 * PLOVER codes that stand in the country slot for bodies of no one country: international and non-governmental
 * organisations, multinational businesses, international militant and religious groups. A mention so coded names no
 * state, so no rule that looks for a country (a body's owner, a creditor state, a story's country) may take it as one.
 * (body-of-country.ts keeps its own narrower set, IGO and NGO only.)
 */
export const TRANSNATIONAL_CODES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'MNC', 'IMG', 'ISM']);
