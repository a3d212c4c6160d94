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
 * creditor banks", USA BUS). Bare "banks" and "bankers" are creditors only in a state's debt story (`isDebtStory`):
 * elsewhere in the same wire they are a country's own banks ("Bankers criticised the central bank" in Taipei).
 */
import { TRANSNATIONAL_CODES } from './transnational.js';

const CREDITOR_NOUNS: ReadonlySet<string> = new Set([
  'creditor bank', 'creditor banks', 'bank creditors', 'commercial bank creditors', 'foreign bank creditors',
  'foreign creditor banks', 'foreign commercial banks', 'foreign banks',
  'bank advisory committee', 'bank advisory panel', 'bank steering committee', 'bank committee',
]);

/** Whether an agent noun (its key) names a debtor's commercial bank creditors. */
export function isCreditorNoun(key: string): boolean {
  return CREDITOR_NOUNS.has(key);
}

/** Bare nouns for banks ("banks", "bankers", "commercial banks"): the creditors in a state's debt story, a country's own banks elsewhere. */
const LENDER_NOUNS: ReadonlySet<string> = new Set(['banks', 'bankers', 'commercial banks']);

/** Whether an agent noun (its key) is a bare bank noun, a debtor's creditors only in a debt story. */
export function isLenderNoun(key: string): boolean {
  return LENDER_NOUNS.has(key);
}

/**
 * Words right before a bare bank noun that make the banks a country's own, even in a debt story: an owner
 * ("its banks", "Mexico's banks") or a home market ("local banks", "state banks", "the central banks").
 */
const OWN_BANKS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'own', "'s", 'local', 'domestic', 'state', 'state-owned', 'central', 'national', 'savings', 'regional', 'cooperative']);

/** Whether a bare bank noun after the word `before` (its key) may be a debtor's creditors. */
export function mayBeCreditors(before: string | undefined): boolean {
  return !OWN_BANKS.has(before ?? '');
}

/** Single words that only a debt story uses: its rescheduling or a halt to its payments. */
const DEBT_WORDS: ReadonlySet<string> = new Set(['reschedule', 'rescheduled', 'rescheduling', 'moratorium']);
/** Word pairs that name a state's debt, its talks and payments, or its creditors ("foreign debt", "new money"). */
const DEBT_PAIRS: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = [
  [new Set(['foreign', 'external']), new Set(['debt'])],
  [new Set(['debt']), new Set(['talks', 'negotiations', 'payments', 'service', 'rescheduling', 'agreement', 'accord', 'package'])],
  [new Set(['new']), new Set(['money'])],
  [new Set(['creditor']), new Set(['bank', 'banks'])],
  [new Set(['bank']), new Set(['creditors'])],
  [new Set(['advisory', 'steering']), new Set(['committee', 'panel'])],
];
const debtStories = new WeakMap<readonly string[], boolean>();

/**
 * Whether a document's words (`tokenKey`s) tell a debt story: a rescheduling, a moratorium, foreign debt, debt talks
 * or payments, new money, or creditor banks. In the training wire, bare "banks" and "bankers" in such stories were the
 * debtor's foreign creditors (MNC) in about a hundred articles and a country's own banks in seven; outside them,
 * a country's own banks as often as creditors, so they stay unlocated there.
 */
export function isDebtStory(keys: readonly string[]): boolean {
  const known = debtStories.get(keys);
  if (known !== undefined) return known;
  const found = keys.some((k, i) => DEBT_WORDS.has(k) || DEBT_PAIRS.some(([a, b]) => a.has(k) && b.has(keys[i + 1] ?? '')));
  debtStories.set(keys, found);
  return found;
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
