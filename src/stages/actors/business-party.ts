/**
 * Business nouns that name the employers' side of a labour dispute: "Employers offered IG Metall a
 * 2.7 pct rise", "Shipowners have offered a 100 per cent raise", "the seafarers' employers are also
 * asking for …". Business is left out of the sectors mentioned without a country because most of its
 * nouns are things ("doing business", "the company's shares"); these are the other side of the
 * unions a wire story names, and the discourse stage gives them the story's country as it does the
 * unions. "companies" and "firms" stay out: without a nationality they were mostly market talk
 * ("Many firms prefer to borrow from banks", training wire). Banks, creditors and lenders too: in debt
 * stories they are the foreign side (PLOVER MNC), and the story's country would make the debtor's
 * talks with them talks with itself.
 */
const BUSINESS_PARTIES: ReadonlySet<string> = new Set(['employers', 'employer', 'shipowners']);

/** Whether an agent noun of this key and sector is a business party the text may leave unlocated. */
export function isBusinessParty(key: string, sector: string | undefined): boolean {
  return sector === 'BUS' && BUSINESS_PARTIES.has(key);
}
