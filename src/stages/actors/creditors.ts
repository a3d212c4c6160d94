/**
 * A debtor state's commercial bank creditors: "its creditor banks", "Jamaica's creditor banks", "the
 * Philippines and its bank advisory committee", "Brazil's 700 bank creditors", "foreign banks". In the
 * 1987 wire's debt stories they are the other side of a government's rescheduling talks, and the gold
 * codes them MNC, a business with no one country (eval/events/train-gold/README.md: "Unnamed commercial
 * bank creditors are MNC"). Without this they were no actor (business nouns without a country are left
 * out, see business-party.ts), so the debtor talked, agreed and asked alone.
 *
 * A country before the noun with "'s" is the debtor whose creditors they are, not their nationality
 * ("Jamaica's creditor banks" are not Jamaican); only a nationality adjective is theirs ("U.S.
 * creditor banks", USA BUS). Bare "banks", "creditors" and "lenders" stay out: in the same wire they are as
 * often a company's creditors in a bankruptcy or a country's own banks ("commercial banks' reserves").
 */
import { assetPath, readDataLines } from '../../core/assets.js';
import { TRANSNATIONAL_CODES } from './transnational.js';

let creditorNouns: ReadonlySet<string> | undefined;

/** Whether an agent noun (its key) names a debtor's commercial bank creditors (data/creditor-words.txt, their one list). */
export function isCreditorNoun(key: string): boolean {
  creditorNouns ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'creditor-words.txt')));
  return creditorNouns.has(key);
}

/** What `isStateActor` reads of an actor resolved earlier in the article. */
interface Earlier { readonly code?: string; readonly sector?: string; readonly kind?: string }

/**
 * Whether the story has named a state before the creditors: a country or a government. "It is holding talks
 * with its bank creditors" in a story about a horse farm's notes is a company's bankruptcy, no state's debt.
 */
export function followsState(earlier: readonly Earlier[]): boolean {
  return earlier.some((e) => e.code !== undefined && /^[A-Z]{3}$/.test(e.code) && !TRANSNATIONAL_CODES.has(e.code) && (e.kind === 'country' || e.sector === 'GOV'));
}

/** The creditor banks' code: PLOVER's multinational business, with no country. */
export const CREDITOR_CODE = 'MNC';
