/**
 * "Jennifer Klein, White House Gender Policy Council Director", "Björn Seibert, Head of Cabinet of
 * the European Commission", "Kęstutis Budrys, Chief Security Advisor to the Lithuanian President",
 * "Haitham bin Tariq Al Said, the Sultan of Oman": a person the knowledge base lacks, followed by a
 * comma and a title that names a body, a country or an office holder, works for that body or
 * country. Readouts introduce officials so, then name them bare ("Dr. Gordon emphasized …"), so
 * every mention of the person takes the code. So does a long title right before the name, which the
 * phrase grammar cannot read as one ("Ambassador Extraordinary and Plenipotentiary of the United
 * Kingdom to Ukraine Melinda Simmons", "Deputy National Security Advisor for Cyber and Emerging
 * Technology Anne Neuberger"). The parse rarely makes such a title a mention of its own, which is why
 * the discourse stage's apposition rule does not see these (see #12).
 */
import { assetPath, readDataLines } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import type { ActorKb } from './kb.js';
import { nameKey } from './name-key.js';
import { isCapitalised, isNameJoint, matchAgent, type Words } from './phrase.js';
import type { ActorMention } from './types.js';
import { isGluedHyphen } from './words.js';

/**
 * Title words of officials the agents dictionary lacks or reads as something else ("head", "chief"),
 * which may head an apposition. A title is needed: "Matthew Desmond, one of the country's leading
 * researchers" or "Gilbert Winn, CEO of WinnCompanies" name no office.
 */
const TITLE_WORDS = new Set([
  'advisor', 'adviser', 'assistant', 'director', 'head', 'chief', 'secretary', 'coordinator', 'counselor', 'counsellor',
  'administrator', 'ambassador', 'commissioner', 'chairman', 'chairwoman', 'chair', 'envoy', 'minister', 'deputy',
  'sultan', 'king', 'queen', 'emir', 'amir', 'prince', 'president', 'premier', 'chancellor', 'governor', 'mayor', 'spokesman',
  'spokeswoman', 'spokesperson', 'representative', 'undersecretary', 'attorney', 'general', 'commander',
]);
/**
 * Lower-case words of a wire title after a name ("Robert Binney, senior vice-president of Chase Manhattan
 * Bank", "Fritz Leutwiler, the former head of the Swiss National Bank"): the wire writes titles in lower
 * case, so these and the title words may open or fill an apposition; a body or country named in it must
 * still give the code, so "Walter Smith, chairman of the company" stays uncoded (#12).
 */
const TITLE_MODIFIERS = new Set(['former', 'senior', 'executive', 'managing', 'vice', 'acting', 'board', 'management']);
/** A Reuters ticker after a company's name ("Commerzbank AG <CBKG.F> chairman …"), which a title before a name may hold. */
const TICKER = /^<[^<>\s]+>$/;
/** Sectors of agent nouns that are offices of a state ("official", "spokesman", "general"). */
const OFFICE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);
/** Lower-case words a title holds ("Head of Cabinet of the European Commission"); any other ends the reading. */
const TITLE_JOINERS = new Set(['of', 'to', 'for', 'the', 'and', 'on', 'at', 'in', '&', 'a', 'an']);
/** Words the title may take before the office holder it serves: "Assistant to the President". */
const SERVES = new Set(['to', 'of', 'for']);
/** Words after which a title names what its holder is in charge of: "minister of financial institutions", "minister for trade". */
const PORTFOLIO_OF = new Set(['of', 'for']);
/** Lower-case words a portfolio may run to before the name ("of financial institutions Monte Kwinter"). */
const PORTFOLIO_WORDS = 3;
/** Words before an office named inside a title, whose holder works there: "Vice Minister of the … Ministry", "… at the Finance Ministry". */
const OFFICE_IN = new Set(['of', 'for', 'at']);
/** Tokens that end an apposition: the next item of a list, a bracket, a dash. */
const ENDS = new Set(['.', ',', ';', ':', '(', ')', '–', '—', '"', '“', '”']);
const MAX_WORDS = 20;

interface AppositionWords { readonly unit: Set<string> }
let appositionLists: AppositionWords | undefined;

/** `data/apposition-words.tsv`: lower-case parts of bodies a wire title may hold ("head of the Gulf desk at …"). */
function appositionWords(): AppositionWords {
  if (appositionLists) return appositionLists;
  const path = assetPath('src', 'stages', 'actors', 'data', 'apposition-words.tsv');
  const read: AppositionWords = { unit: new Set() };
  readDataLines(path).forEach((line, i) => {
    const [cls, word] = line.split('\t');
    const set = cls === 'unit' ? read[cls] : undefined;
    if (!set || !word) throw new DyadError('E170', { path, line: i + 1, problem: `expected "unit<TAB>word<TAB>why", got "${line}"` });
    set.add(word);
  });
  appositionLists = read;
  return read;
}

/** Whether a key is a title word, also as the last part of a hyphenated one ("vice-president", keyed "vice president"). */
function isTitleWord(key: string): boolean {
  return TITLE_WORDS.has(key) || TITLE_WORDS.has(key.split(' ').at(-1) ?? '');
}

/** A lower-case word a wire title may hold: "senior vice-president of". */
function isLowerTitleWord(key: string): boolean {
  return isTitleWord(key) || TITLE_MODIFIERS.has(key);
}

/** Where the apposition after token `at` (a comma) ends, or undefined when none starts there. */
function appositionEnd(words: Words, at: number): number | undefined {
  if (words.texts[at] !== ',') return undefined;
  const first = at + 1;
  const opener = words.keys[first] ?? '';
  if (!isCapitalised(words.texts[first] ?? '') && opener !== 'the' && !isLowerTitleWord(opener)) return undefined;
  // "Alexander Ivanov, head of the Gulf desk at the Soviet Foreign Ministry": a part of the body (data/apposition-words.tsv).
  const { unit } = appositionWords();
  let last = first;
  while (last < first + MAX_WORDS && last < words.texts.length && words.sents[last] === words.sents[first]) {
    const text = words.texts[last] ?? '';
    // A dash between spaces ends the item ("Greg Adams, Chair … - Dr. Wayne Frederick"); a hyphen inside a word does not.
    if (ENDS.has(text) || (text === '-' && !isGluedHyphen(words, last))) break;
    // "Prime Minster Johnson, President Biden and Prime Minister Morrison met …": a verb is no title.
    if (/^\p{Ll}/u.test(text) && !TITLE_JOINERS.has(words.keys[last] ?? '') && !isLowerTitleWord(words.keys[last] ?? '') && !unit.has(words.keys[last] ?? '')) return undefined;
    last++;
  }
  return last > first ? last : undefined;
}

/**
 * Where the title before the name starting at token `at` begins ("Deputy National Security Advisor for
 * Cyber and Emerging Technology Anne Neuberger", "Ambassador … of the United Kingdom to Ukraine Melinda
 * Simmons"): capitalised words and the joiners of a title, back to a comma or a lower-case word.
 */
function titleStart(words: Words, at: number): number | undefined {
  let first = at;
  while (first > 0 && at - first < MAX_WORDS && words.sents[first - 1] === words.sents[at]) {
    const text = words.texts[first - 1] ?? '';
    // The wire writes the title in lower case after its body: "Commerzbank … management board chairman Walter Seipp".
    if (!(isCapitalised(text) && /\p{L}/u.test(text)) && !TITLE_JOINERS.has(words.keys[first - 1] ?? '') && !isLowerTitleWord(words.keys[first - 1] ?? '') && !TICKER.test(text) && text !== "'s" && text !== '’s'
      // A hyphen inside a title word: "director-general of finance".
      && !isGluedHyphen(words, first - 1)) {
      const of = portfolioStart(words, first - 1);
      if (of === undefined) break;
      first = of;
      continue;
    }
    first--;
  }
  // A title opens with a capitalised word: "met with the Chairman of …" starts at "Chairman".
  while (first < at && !isCapitalised(words.texts[first] ?? '')) first++;
  return first < at ? first : undefined;
}

/**
 * "South Africa's director-general of finance Chris Stals", "Ontario's minister of financial institutions Monte
 * Kwinter": the wire writes a portfolio in lower case between the title and the name. From the lower-case word at
 * `k`, the "of"/"for" that opens its portfolio when a title word stands right before it, else undefined (#12).
 */
function portfolioStart(words: Words, k: number): number | undefined {
  for (let j = k; j > 0 && k - j < PORTFOLIO_WORDS && words.sents[j] === words.sents[k]; j--) {
    const key = words.keys[j] ?? '';
    if (PORTFOLIO_OF.has(key)) return isTitleWord(words.keys[j - 1] ?? '') ? j : undefined;
    if (!/^\p{Ll}+$/u.test(words.texts[j] ?? '')) return undefined;
  }
  return undefined;
}

function hasTitle(kb: ActorKb, words: Words, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    if (isTitleWord(words.keys[k] ?? '')) return true;
    const agent = matchAgent(kb, words, k);
    if (agent && agent.last <= last && OFFICE_SECTORS.has(agent.sectors[0] ?? '')) return true;
  }
  return false;
}

/** Whether a person's mention ends in their name ("President Joseph R. Biden"), not in a title ("President of the UAE"). */
function namesPerson(words: Words, x: ActorMention): boolean {
  const surname = nameKey(x.name).split(' ').at(-1);
  return surname !== undefined && words.keys.slice(x.tokens[0], x.tokens[1]).includes(surname);
}

/**
 * Whether a mention's words besides the name are none or all words of the title (`title`, keys): "Sultan Haitham"
 * after "the Sultan of Oman" agrees, "rebel commander Haitham" is someone else with a title of their own.
 */
function titleAgrees(words: Words, x: ActorMention, title: ReadonlySet<string>): boolean {
  const name = new Set(nameKey(x.name).split(' '));
  return words.keys.slice(x.tokens[0], x.tokens[1]).every((k) => !k || name.has(k) || TITLE_JOINERS.has(k) || title.has(k));
}

/** "Haitham | bin | Tariq Al Said": the local person read as the name's first part, if any. */
function arabicNameStart(words: Words, mentions: readonly ActorMention[], m: ActorMention, title: ReadonlySet<string>): string[] {
  const joint = m.tokens[0] - 1;
  // Joints inside Arabic names, where the NER stage often splits one person in two.
  if (!isNameJoint(words.keys[joint] ?? '')) return [];
  const before = mentions.find((x) => x.tokens[1] === joint && x.kind === 'person' && !x.code && x.actorId.startsWith('local:'));
  if (before) return [before.actorId];
  // "His Majesty Haitham bin Tariq Al Said", the NER reading "Majesty Haitham" as no person: a local person named
  // later by that first part alone ("thanked Sultan Haitham") is the same one (#12, session 49). Only a name
  // ("Haitham", not "Majesty"), only a mention with no title of its own or the same title ("rebel commander Haitham"
  // is another man), and only one such person: two are no reading (review b, session 49).
  const given = words.keys[joint - 1] ?? '';
  if (!isCapitalised(words.texts[joint - 1] ?? '') || isTitleWord(given)) return [];
  const later = mentions.filter((x) => x.kind === 'person' && !x.code && x.actorId.startsWith('local:') && x.actorId !== m.actorId && x.tokens[0] > m.tokens[0] && nameKey(x.name) === given);
  const ids = [...new Set(later.map((x) => x.actorId))];
  return ids.length === 1 && later.every((x) => titleAgrees(words, x, title)) ? ids : [];
}

/**
 * Give each document-local person without a country the body or country of the title in apposition
 * after one of its mentions, and every mention of that person the same code.
 * @example titleByApposition(kb, words, mentions, pack) // "Björn Seibert, Head of Cabinet of the European Commission" → IGO EU
 */
export function titleByApposition(kb: ActorKb, words: Words, mentions: readonly ActorMention[], pack: LanguagePack): ActorMention[] {
  const found = new Map<string, { code?: string; sector?: string; sectors?: readonly string[]; title: string; rule: string }>();
  for (const m of mentions) {
    if (m.code || m.kind !== 'person' || m.members?.length || !m.actorId.startsWith('local:') || found.has(m.actorId)) continue;
    const after = appositionEnd(words, m.tokens[1]);
    const before = after === undefined ? titleStart(words, m.tokens[0]) : undefined;
    const [first, last] = after !== undefined ? [m.tokens[1] + 1, after] : before !== undefined ? [before, m.tokens[0]] : [0, 0];
    if (first >= last || !hasTitle(kb, words, first, last)) continue;
    const rule = after !== undefined ? 'actors/apposition' : 'actors/title-before';
    // A person named there by name is someone else ("His Holiness Pope Francis, President Joseph R.
    // Biden, Jr. met …"): only an office named by its title counts.
    const inside = mentions.filter((x) => x.tokens[0] >= first && x.tokens[1] <= last && x.code && !x.members?.length && !(x.kind === 'person' && namesPerson(words, x)));
    // An office holder named there is the one the person serves ("Advisor to the Prime Minister of the
    // Netherlands") or whose office the person holds ("…, President of the United Arab Emirates").
    const [body] = inside;
    const title = words.texts.slice(first, last).join(' ').replace(/ ([.'’-]) ?/g, '$1');
    const ids = [m.actorId, ...arabicNameStart(words, mentions, m, new Set(words.keys.slice(first, last)))];
    if (!body?.code) {
      // "Assistant to the President": an official of the office named, whose country the discourse
      // stage reads from the story (the site's, the dateline's) as for any titled official.
      // So is a title that is itself an office ("Deputy National Security Advisor for Cyber …").
      // So is one whose title names an office it works in ("Vice Minister of the International Trade and Industry
      // Ministry" in a Tokyo story: training gold reuters-16187).
      const served = mentions.find((x) => x.tokens[0] >= first && x.tokens[1] <= last && !x.code && !x.members?.length && x.kind !== 'person' && OFFICE_SECTORS.has(x.sector ?? '')
        && (x.tokens[0] === first || SERVES.has(words.keys[x.tokens[0] - 1] ?? '') || words.keys.slice(first, x.tokens[0]).some((k) => OFFICE_IN.has(k))));
      if (served && !m.sector) for (const id of ids) found.set(id, { sector: served.sector ?? 'GOV', title, rule });
      continue;
    }
    // The title's office says the sector; a sector the name's own words gave ("Citizen Protection Rosa
    // Icela Rodriguez" → CVL, an NER span) gives way to it.
    const named = m.sector && m.sector !== 'CVL' ? m.sector : undefined;
    const own = body.kind === 'person' || !body.sector ? { sector: named ?? (body.kind === 'person' ? body.sector : undefined) ?? 'GOV' } : { sector: body.sector, ...(body.sectors ? { sectors: body.sectors } : {}) };
    for (const id of ids) found.set(id, { code: body.code, ...own, title, rule });
  }
  if (!found.size) return [...mentions];
  return mentions.map((m) => {
    const f = m.code ? undefined : found.get(m.actorId);
    if (!f) return m;
    const sector = (m.sector && m.sector !== 'CVL' ? m.sector : undefined) ?? f.sector ?? m.sector;
    const why = reason(f.rule, { base: m.reasons.length === 1 && m.reasons[0] ? m.reasons[0] : m.reasons, title: f.title, codes: [f.code, sector].filter(Boolean).join(' ') });
    return { ...m, ...(f.code ? { code: f.code } : {}), ...(sector ? { sector } : {}), ...(f.sectors && sector === f.sector ? { sectors: f.sectors } : {}), reasons: [why], why: renderReasons(pack, [why]) };
  });
}
