/**
 * "Secretary of State for Defence of the United Kingdom Ben Wallace", "the Chancellery of the President of
 * Poland", "the Federal Chancellery of Austria": the knowledge base files some offices and bodies under one
 * country (Phoenix's "Secretary of State" is the American one, dyad's "Chancellery" the German one), but a
 * title that goes on to name another country with "of" is that country's own office. Without this, a
 * Ukrainian readout's meeting with the British defence secretary had the United States among its parties
 * (see #12). The phrase grammar stops at the office's name, so the "of" phrase after it (over a "for"
 * portfolio) is a mention of its own, read here.
 */
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { isCapitalised, type Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** Codes that name an organisation, not a country. */
const NOT_COUNTRIES = new Set(['IGO', 'NGO']);
/** Words a portfolio may hold between the office and its "of" ("for Foreign, Commonwealth and Development Affairs"). */
const PORTFOLIO_JOINERS = new Set(['and', ',', '&']);
/** The longest portfolio read ("for European Union Affairs"): beyond it the "of" phrase belongs to something else. */
const MAX_PORTFOLIO_WORDS = 6;

const isCountry = (code: string | undefined): code is string => code !== undefined && /^[A-Z]{3}$/.test(code) && !NOT_COUNTRIES.has(code);

/** Where the "of" after a mention ending at token `end` is, over a capitalised "for" portfolio, if any. */
function ofAfter(words: Words, end: number): number | undefined {
  let j = end;
  if (words.keys[j] === 'for') {
    j++;
    const first = j;
    while (j < first + MAX_PORTFOLIO_WORDS && words.sents[j] === words.sents[end] && words.keys[j] !== 'of'
      && (isCapitalised(words.texts[j] ?? '') || PORTFOLIO_JOINERS.has(words.texts[j] ?? ''))) j++;
    if (j === first) return undefined;
  }
  return words.keys[j] === 'of' && words.sents[j] === words.sents[end] ? j : undefined;
}

/**
 * Give an office or body of one country in the knowledge base the country its own title names after it.
 * @example bodyOfNamedCountry(words, mentions, pack) // "Secretary of State for Defence of the United Kingdom": USA GOV → GBR GOV
 */
export function bodyOfNamedCountry(words: Words, mentions: readonly ActorMention[], pack: LanguagePack): ActorMention[] {
  return mentions.map((m) => {
    if (m.kind !== 'org' || m.members?.length || !isCountry(m.code)) return m;
    const of = ofAfter(words, m.tokens[1]);
    if (of === undefined) return m;
    const next = mentions.find((x) => x.tokens[0] === of + 1);
    if (!next || next.members?.length || !isCountry(next.code) || next.code === m.code) return m;
    const why = reason('actors/body-of-country', {
      base: m.reasons.length === 1 && m.reasons[0] ? m.reasons[0] : m.reasons,
      country: words.texts.slice(next.tokens[0], next.tokens[1]).join(' '),
      code: next.code,
    });
    return { ...m, code: next.code, reasons: [why], why: renderReasons(pack, [why]) };
  });
}
