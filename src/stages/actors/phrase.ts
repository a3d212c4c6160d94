/**
 * Reads one candidate actor phrase starting at a token: determiner, nationality or country
 * modifiers, a title or common noun from the agents dictionary, a name, and a trailing
 * "of <country>". Lookups are Map hits on word n-grams, never scans of the knowledge base.
 */
import { assetPath, readDataLines, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { languagePack } from '../../lang/pack.js';
import type { ActorKb } from './kb.js';
import { regionDemonymCountry } from './region-demonym.js';
import { isGluedHyphen } from './words.js';

/** The document's words as the parser sees them. */
export interface Words {
  readonly texts: readonly string[];
  /** `tokenKey` of each token ('' for punctuation that names skip, such as "-" and "."). */
  readonly keys: readonly string[];
  readonly sents: readonly number[];
  /** Whether each token touches the one before it (no space between: "17-man"). */
  readonly glued?: readonly boolean[];
  /**
   * Per-position results of the matchers, filled on first use: a phrase that fails to resolve is
   * retried one token later, and would otherwise repeat the same lookups.
   */
  readonly memo?: { names: (MatchedName | null | undefined)[]; agents: (MatchedAgent | null | undefined)[] };
}

export type MatchedName = Part & { readonly indices: readonly number[] };
export type MatchedAgent = Part & { readonly key: string; readonly sectors: readonly string[] };

export interface Part {
  readonly first: number;
  /** Exclusive. */
  readonly last: number;
}

export interface Phrase extends Part {
  /** "the", "his", "both", "two"… as read. */
  readonly det?: string;
  /** Number of members a determiner announces ("the two", "both"). */
  readonly count?: number;
  readonly nation?: Part & { readonly code: string; readonly via: 'adjective' | 'country' };
  readonly agent?: Part & { readonly key: string; readonly sectors: readonly string[] };
  /** The first of two coordinated titles of one person ("Crown Prince" in "Crown Prince and Prime Minister …"). */
  readonly coTitle?: Part & { readonly key: string };
  /** A knowledge-base name: indices of the actors it may be. */
  readonly named?: Part & { readonly indices: readonly number[] };
  /** A capitalised word that is the surname of people in the knowledge base. */
  readonly surname?: Part & { readonly key: string };
  /** Capitalised words the knowledge base does not know (a new person or body). */
  readonly unknownName?: Part;
  /** "of Russia", "in Hong Kong", "from Baghdad": a place after the phrase and its preposition. */
  /** The country or body after the phrase's preposition ("of the Bundesbank"), with a body's own sector. */
  readonly ofNation?: Part & { readonly code: string; readonly prep: string; readonly body?: number };
  /** The name is followed by "'s" and the agent noun it owns ("Djindjic's opposition coalition"). */
  readonly possessive?: boolean;
}

const PLACE_KINDS = new Set(['country', 'capital', 'place']);
const PREPOSITIONS = new Set(['of', 'in', 'from']);
let objectionNouns: ReadonlySet<string> | undefined;
/** Agent nouns that name an objection before "from" (data/objection-agents.txt). */
const objectionAgents = (): ReadonlySet<string> => (objectionNouns ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'objection-agents.txt'))));
/** The sector of civilian nouns ("citizens", "residents"), who belong to a place, not to a body. */
const CIVILIAN = 'CVL';

const DETERMINERS = new Map<string, number | undefined>([
  ['the', undefined], ['his', undefined], ['her', undefined], ['its', undefined], ['their', undefined], ['both', 2],
]);
const COUNTS = new Map([['two', 2], ['three', 3], ['four', 4], ['both', 2]]);
/** Capitalised words that start sentences or titles but never names. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'as', 'if', 'when', 'after', 'before', 'his', 'her', 'its', 'their', 'our', 'according', 'apart', 'other', 'both', 'also', 'mr', 'mrs', 'ms', 'dr']);

/** A plural noun ("leaders", "rebels") titles no single name after it ("Leaders Summit"). */
export function isPluralNoun(key: string): boolean {
  return key.endsWith('s') && !key.endsWith('ss') && key !== 'police';
}

export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

function isWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return true;
  return /\p{L}/u.test(text);
}

/**
 * Call `visit(key, last)` for each n-gram key of the tokens starting at `first`, shortest first:
 * the non-empty token keys joined by spaces. Names cross hyphens and dots ("Ki-moon", "U.N.") but
 * never other punctuation, quotes or sentence ends. Built incrementally: O(n) for n words.
 */
function forEachSpanKey(words: Words, first: number, maxWords: number, visit: (key: string, last: number) => void): void {
  let key = '';
  let count = 0;
  for (let i = first; i < words.texts.length && count < maxWords; i++) {
    const text = words.texts[i] ?? '';
    const part = words.keys[i] ?? '';
    if (words.sents[i] !== words.sents[first]) return;
    if (part === '') {
      if (text === '-' || text === '.' || text === '‐') continue;
      return;
    }
    if (!isWord(text) && !/^\d/.test(text)) return;
    // "People's Republic of China": the tokenizer splits "'s" off; the knowledge base spells it joined.
    const clitic = count > 0 && part.startsWith("'");
    key = count === 0 ? part : clitic ? key + part : `${key} ${part}`;
    if (!clitic) count += part.includes(' ') ? part.split(' ').length : 1;
    visit(key, i + 1);
  }
}

function firstWord(words: Words, i: number): string {
  const key = words.keys[i] ?? '';
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** The key of tokens [first, last), or undefined when they cannot form one name. */
function spanKey(words: Words, first: number, last: number): string | undefined {
  let found: string | undefined;
  forEachSpanKey(words, first, last - first, (key, end) => {
    if (end === last) found = key;
  });
  return found;
}

/** Longest knowledge-base name starting at `i` whose first word is capitalised. */
export function matchName(kb: ActorKb, words: Words, i: number): MatchedName | undefined {
  const memo = words.memo?.names;
  const cached = memo?.[i];
  if (cached !== undefined) return cached ?? undefined;
  const found = findName(kb, words, i);
  if (memo) memo[i] = found ?? null;
  return found;
}

function findName(kb: ActorKb, words: Words, i: number): MatchedName | undefined {
  const text = words.texts[i] ?? '';
  if (!isCapitalised(text) || NOT_NAMES.has(words.keys[i] ?? '')) return undefined;
  const span = kb.nameSpan(firstWord(words, i));
  const found = span === 0 ? undefined : longestName(kb, words, i, span);
  // "Labour Ministry", "Labour Minister Almir Pazzianotto": a body's name that only opens a longer agent
  // noun is that noun's word, not the body (the British party would take a Brazilian minister, #12).
  if (found && isBodyName(kb, found) && (matchAgent(kb, words, i)?.last ?? 0) > found.last) return undefined;
  // "Fed up with delays", "the Fed Cup": a one-word name that the next word makes another word (review rv-a, session 58).
  if (found && found.last === i + 1 && isOtherSense(words.keys[i] ?? '', words.keys[i + 1] ?? '')) return undefined;
  return found;
}

/** The longest name of at most `span` words at `i`: apart from `findName`, whose tests mostly fail, for its closure's context (#13). */
function longestName(kb: ActorKb, words: Words, i: number, span: number): MatchedName | undefined {
  let best: (Part & { indices: readonly number[] }) | undefined;
  forEachSpanKey(words, i, span, (key, last) => {
    const indices = kb.named(key);
    // A name may end in a number after its first word ("G-7", "Group of 77"), never be one.
    if (indices && (isWord(words.texts[last - 1] ?? '') || (last - 1 > i && /^\d+$/.test(words.texts[last - 1] ?? '')))) best = { first: i, last, indices };
  });
  return best;
}

function matchAdjective(kb: ActorKb, words: Words, i: number): (Part & { code: string }) | undefined {
  if (!isCapitalised(words.texts[i] ?? '')) return undefined;
  // "Texan", "Albertans": a regional demonym alone, which no nationality starts.
  if (!kb.startsAdjective(firstWord(words, i))) return regionDemonymAt(kb, words, i);
  let best: (Part & { code: string }) | undefined;
  forEachSpanKey(words, i, 3, (key, last) => {
    // "British Columbian": a nationality followed by the rest of a region's demonym is the region's.
    const code = kb.adjective(key) ?? (last > i + 1 && isCapitalised(words.texts[last - 1] ?? '') ? regionDemonymCountry(kb, key) : undefined);
    if (code) best = { first: i, last, code };
  });
  return best;
}

function regionDemonymAt(kb: ActorKb, words: Words, i: number): (Part & { code: string }) | undefined {
  const key = words.keys[i] ?? '';
  if (!/^[a-z]+$/.test(key)) return undefined;
  const code = regionDemonymCountry(kb, key);
  return code ? { first: i, last: i + 1, code } : undefined;
}

/** Whether every actor a name may stand for is an organisation (a party, a union, a ministry). */
function isBodyName(kb: ActorKb, name: MatchedName): boolean {
  return name.indices.every((x) => kb.actor(x)?.kind === 'org');
}

/** Longest agent noun ("foreign minister", "rebels", "side") starting at `i`. */
export function matchAgent(kb: ActorKb, words: Words, i: number): MatchedAgent | undefined {
  const memo = words.memo?.agents;
  const cached = memo?.[i];
  if (cached !== undefined) return cached ?? undefined;
  const found = findAgent(kb, words, i);
  if (memo) memo[i] = found ?? null;
  return found;
}

/** Whether a lookup key is an abbreviated title that always precedes a name ("sen", "rep", "gov"). */
function isTitleAbbreviation(key: string): boolean {
  return languagePack().abbreviations.titles.has(key);
}

/** A time on the clock as written before "a.m."/"p.m.": "5", "10:30", "10.30". */
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?$/;

let properOnly: ReadonlySet<string> | undefined;
/** Agent nouns that name an actor only when capitalised (`data/proper-agents.txt`). */
const isProperOnlyAgent = (key: string): boolean => (properOnly ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'proper-agents.txt')))).has(key);

function findAgent(kb: ActorKb, words: Words, i: number): MatchedAgent | undefined {
  // Most words start no agent noun: they are turned away before `longestAgent`, whose closure would
  // allocate its context on every call (#13).
  const span = kb.agentSpan(firstWord(words, i));
  return span === 0 ? undefined : longestAgent(kb, words, i, span);
}

function longestAgent(kb: ActorKb, words: Words, i: number, span: number): MatchedAgent | undefined {
  // "the 17-man Commission", "a 12-member panel": a count joined by a hyphen makes the noun an adjective,
  // unless the agent goes on past it to its own head ("its 13-bank advisory committee").
  const counted = words.texts[i - 1] === '-' && words.glued?.[i] && words.glued[i - 1] && /^\d/.test(words.texts[i - 2] ?? '');
  // "at 5 P.M.", "10.30 pm": after a clock time the letters are the time of day, not a prime minister.
  if (CLOCK.test(words.texts[i - 1] ?? '') && /^p\.?m\.?$/i.test(words.texts[i] ?? '')) return undefined;
  // "cooperation in artificial intelligence" (113 times in the readouts): a technology, not a spy agency.
  if (words.keys[i - 1] === 'artificial') return undefined;
  let best: (Part & { key: string; sectors: readonly string[] }) | undefined;
  forEachSpanKey(words, i, span, (key, last) => {
    const sectors = kb.agent(key);
    if (sectors && isWord(words.texts[last - 1] ?? '')) best = { first: i, last, key, sectors };
  });
  if (counted && best && best.last === i + 1) return undefined;
  // "the party's treasury was empty": some agent nouns name a state's body only as a proper name ("The Treasury").
  if (best && !isCapitalised(words.texts[i] ?? '') && isProperOnlyAgent(best.key)) return undefined;
  // "Sen. Bob Packwood", "Rep Michele Raynor": a title abbreviation (`titles.txt`) is a title only before a name;
  // "Amartya Sen criticised" ends a name with it.
  if (best?.last === i + 1 && isTitleAbbreviation(words.keys[i] ?? '') && !isCapitalised(words.texts[words.texts[i + 1] === '.' ? i + 2 : i + 1] ?? '')) return undefined;
  // "Amir-Abdollahian": a title word joined by a hyphen to a capitalised word that is no title ("Crown
  // Prince-Prime Minister") begins a name.
  const joined = best ? best.last + 1 : -1;
  if (best && isGluedHyphen(words, joined - 1) && isCapitalised(words.texts[joined] ?? '') && !matchAgent(kb, words, joined)) return undefined;
  return best;
}

/**
 * "Deputy Finance Minister", "Deputy Assistant Defense Secretary": a title written in capitals runs
 * on to its last noun, which says the sector ("Deputy" alone is a police deputy). The key is the
 * whole title, so a deputy is never taken for the holder of the office itself.
 */
function extendTitle(kb: ActorKb, words: Words, agent: MatchedAgent | undefined): MatchedAgent | undefined {
  if (!agent || !isCapitalised(words.texts[agent.first] ?? '')) return agent;
  let best = agent;
  for (let k = agent.last; k < best.last + 3 && k < words.texts.length; ) {
    if (words.sents[k] !== words.sents[agent.first] || !/^\p{Lu}\p{Ll}/u.test(words.texts[k] ?? '')) break;
    const next = matchAgent(kb, words, k);
    if (next) {
      best = { first: agent.first, last: next.last, key: spanKey(words, agent.first, next.last) ?? next.key, sectors: next.sectors };
      k = next.last;
    } else if (matchName(kb, words, k) || kb.surnamed(words.keys[k] ?? '') !== undefined) break;
    else k++;
  }
  return best;
}

/**
 * The second title of "<Title> and <Title> <Name>", one person's two offices ("Crown Prince and Prime Minister
 * Mohammed bin Salman", "President and Chief Executive John Smith"). Both titles are capitalised and singular and
 * a capitalised word follows the second; "the President and Prime Ministers", "Prime Minister and the President" are
 * two parties. Before, the first title was a mention of its own, a party of no country (session 49, ev-titles).
 */
function coordinatedTitle(kb: ActorKb, words: Words, agent: MatchedAgent | undefined): MatchedAgent | undefined {
  if (!agent || words.keys[agent.last] !== 'and' || isPluralNoun(agent.key) || !isCapitalised(words.texts[agent.first] ?? '')) return undefined;
  const second = extendTitle(kb, words, agentInSentence(kb, words, agent.first, agent.last + 1));
  if (!second || isPluralNoun(second.key) || !isCapitalised(words.texts[second.first] ?? '')) return undefined;
  const next = second.last;
  const text = words.texts[next] ?? '';
  if (words.sents[next] !== words.sents[agent.first] || !isCapitalised(text) || !isWord(text) || NOT_NAMES.has(words.keys[next] ?? '')) return undefined;
  // "The King and President Joe Biden", "Pakistan's President and Prime Minister Shehbaz Sharif": titles of two people.
  return isJointOffice(agent.key, second.key) ? second : undefined;
}

let jointOffices: ReadonlySet<string> | undefined;
/** Whether one person commonly holds titles `first` and `second` together (data/joint-titles.tsv; review C). */
function isJointOffice(first: string, second: string): boolean {
  jointOffices ??= readJointOffices();
  return jointOffices.has(`${first}\t${second}`);
}

function readJointOffices(): ReadonlySet<string> {
  const path = assetPath('src', 'stages', 'actors', 'data', 'joint-titles.tsv');
  const rows = readDataText(path).split('\n').map((text, i) => ({ text: text.trim(), line: i + 1 })).filter((r) => r.text && !r.text.startsWith('#'));
  return new Set(rows.map(({ text, line }) => {
    const fields = text.split('\t');
    // A row is two titles; a bad row is a data error to fix, not a pair to skip quietly.
    if (fields.length !== 2 || !fields[0] || !fields[1]) throw new DyadError('E170', { path, line, problem: 'expected two tab-separated titles' });
    return `${fields[0]}\t${fields[1]}`;
  }));
}

/**
 * A name after a title, unless it is a town that starts a person's name: "Finance Minister
 * Lawrence Wong" (a capitalised word follows) and "Defense Secretary Austin" (an office holder's surname) name
 * people, not the towns GeoNames spells the same way.
 */
function titledPlace(kb: ActorKb, words: Words, agent: MatchedAgent | undefined, name: MatchedName | undefined): MatchedName | undefined {
  if (!name || !agent || isPluralNoun(agent.key) || !isCapitalised(words.texts[agent.first] ?? '')) return name;
  if (!name.indices.every((x) => TOWN_KINDS.has(kb.actor(x)?.kind ?? ''))) return name;
  const next = words.texts[name.last] ?? '';
  const continues = words.sents[name.last] === words.sents[name.first] && isCapitalised(next) && isWord(next) && !NOT_NAMES.has(words.keys[name.last] ?? '');
  // Only an office holder on dyad's list is trusted by surname alone (Phoenix holds many a "Mohamed").
  const surname = name.last - name.first === 1 && (kb.surnamed(words.keys[name.first] ?? '') ?? []).some((x) => kb.actor(x)?.roles.some((r) => r.office));
  return continues || surname ? undefined : name;
}

const TOWN_KINDS = new Set(['capital', 'place']);
/** Honorifics written before Arabic names of rulers and officials, no part of the name. */
export const ARABIC_HONORIFICS: ReadonlySet<string> = new Set(['sheikh', 'shaikh', 'sheik']);

/** A body whose one role is a country's: "the DPR", "the Kremlin" (not an IGO, NGO or company). */
function isNationalBody(kb: ActorKb, index: number): boolean {
  const actor = kb.actor(index);
  const code = actor?.roles[0]?.code ?? '';
  return actor?.kind === 'org' && kb.country(code) !== undefined && actor.roles.every((r) => r.code === code);
}

function isCountry(kb: ActorKb, indices: readonly number[]): number | undefined {
  return indices.find((x) => kb.actor(x)?.kind === 'country');
}

function countryCode(kb: ActorKb, index: number): string | undefined {
  return kb.actor(index)?.roles[0]?.code;
}

/**
 * Particles inside European surnames, written lower-case after a given name ("Barend du Plessis",
 * "Gerhard de Kock", "Georg von Wartenberg") and capitalised when the surname stands alone ("De Kock said").
 * Portuguese joins a double surname with "e" ("Ulisses Correia e Silva", Cabo Verde's prime minister):
 * cut there, "Silva" alone was Brazil's Lula da Silva by surname.
 */
/** Articles a name or a mention may open with ("The Ghana National Association", "The Industrial Bank of Japan"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export const NAME_PARTICLES = new Set(['du', 'de', 'da', 'di', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'e']);

let joints: ReadonlySet<string> | undefined;
/** Lower-case words joining the parts of one name, never a preposition ("bin", "ibn"; data/name-joints.txt). */
let otherSenses: ReadonlySet<string> | undefined;
/** Whether a one-word name `key` followed by `next` is another word ("Fed up", "Fed Cup"): data/name-other-senses.txt. */
const isOtherSense = (key: string, next: string): boolean => (otherSenses ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'name-other-senses.txt')))).has(`${key} ${next}`);
export const isNameJoint = (key: string): boolean => (joints ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'name-joints.txt')))).has(key);

/**
 * Whether a known name, or a known surname standing alone (no capitalised word after it), starts at token `k`: a second
 * person, not more of the name before it. A given name that is also a surname somewhere ("Mir-Hossein Mousavi",
 * "Jean-Pierre Dupontel") has the rest of its name after it.
 */
function isKnownNameAt(kb: ActorKb, words: Words, k: number): boolean {
  if (matchName(kb, words, k)) return true;
  return kb.surnamed(words.keys[k] ?? '') !== undefined && !isCapitalised(words.texts[k + 1] ?? '');
}

/** A run of capitalised words that are not known names: a person or body the knowledge base lacks. */
function matchUnknownName(kb: ActorKb, words: Words, i: number): Part | undefined {
  let j = i;
  const isNameWord = (k: number): boolean =>
    isCapitalised(words.texts[k] ?? '') && isWord(words.texts[k] ?? '') && !NOT_NAMES.has(words.keys[k] ?? '') && words.sents[k] === words.sents[i] && !kb.adjective(words.keys[k] ?? '');
  // A lower-case particle between a given name and the surname is part of the name, not its end; before
  // a known name it is a preposition ("Petroleos de Venezuela", "Banco do Brasil").
  // A joint ("bin") is never a preposition, and each one carries the name two words further ("Salman bin Hamad Al Khalifa").
  const isJoint = (k: number): boolean => k > i && isNameJoint(words.texts[k] ?? '') && isNameWord(k + 1);
  const isParticle = (k: number): boolean => isJoint(k) || (k > i && NAME_PARTICLES.has(words.texts[k] ?? '') && isNameWord(k + 1) && !matchName(kb, words, k + 1));
  // "Mir-Hossein Mousavi", "Jean-Pierre": the tokenizer splits a hyphenated given name, and its hyphen, touching
  // both name words, carries the name on (it is no word of its own: it does not count towards the four).
  // Before a known name or surname it joins two people ("Biden-Xi talks"), as a particle before one is a preposition.
  const isHyphen = (k: number): boolean => k > i && isGluedHyphen(words, k) && isNameWord(k + 1) && !isKnownNameAt(kb, words, k + 1);
  let most = 4;
  while (j < words.texts.length && j - i < most && (isNameWord(j) || isParticle(j) || isHyphen(j))) {
    if (isJoint(j)) most += 2;
    else if (isHyphen(j)) most += 1;
    j++;
  }
  return j > i ? { first: i, last: j } : undefined;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii']);

/** Where ", Jr." (or "Jr", "III") starting at token `at` ends, if one starts there. */
function afterSuffix(words: Words, at: number): number | undefined {
  let k = words.texts[at] === ',' ? at + 1 : at;
  if (!SUFFIXES.has(words.keys[k] ?? '') || words.sents[k] !== words.sents[at]) return undefined;
  k++;
  return words.texts[k] === '.' ? k + 1 : k;
}

/** The agent noun after a body's name ending before `at`: past "(EC)" and up to two lower-case words of one sentence. */
function agentAfterBody(kb: ActorKb, words: Words, at: number): MatchedAgent | undefined {
  const { texts, sents } = words;
  const from = texts[at] === '(' && isCapitalised(texts[at + 1] ?? '') ? afterAcronym(words, at + 1) ?? at : at;
  for (let k = from; k <= from + 2 && sents[k] === sents[at]; k++) {
    const agent = matchAgent(kb, words, k);
    if (agent) return agent;
    if (!/^\p{Ll}+$/u.test(texts[k] ?? '') || NOT_NAMES.has(words.keys[k] ?? '')) return undefined;
  }
  return undefined;
}

/**
 * The token after the ")" closing an acronym that starts at `k`: "EC)", or a hyphenated one the tokenizer splits, "G-7)"
 * as "G", "-", "7", ")" (each glued to the one before), up to four tokens.
 */
function afterAcronym(words: Words, k: number): number | undefined {
  for (let end = k + 1; end <= k + 4; end++) {
    if (words.texts[end] === ')') return end + 1;
    if (!words.glued?.[end]) return undefined;
  }
  return undefined;
}

/**
 * Parse the actor phrase starting at token `i`, or return undefined when none starts there.
 * @example parsePhrase(kb, words('the Russian leader'), 0) // { det: 'the', nation: RUS, agent: 'leader' }
 */
export function parsePhrase(kb: ActorKb, words: Words, i: number): Phrase | undefined {
  // Fast path for the common case: a lower-case word that is no determiner and starts no noun. A
  // separate function: `readPhrase`'s closures would allocate their context on every token (#13).
  if (!isCapitalised(words.texts[i] ?? '') && !DETERMINERS.has(words.keys[i] ?? '') && !matchAgent(kb, words, i)) return undefined;
  return readPhrase(kb, words, i);
}

let posts: ReadonlySet<string> | undefined;
/** Nouns of a country's post abroad ("embassy", "consulate"), which belongs to its sender (data/post-words.txt). */
const isPostAbroad = (key: string): boolean => (posts ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'post-words.txt')))).has(key);

/**
 * "The U.S. Embassy in Moscow": Phoenix's "embassy in" titles the town after it, which then named the post; cut
 * the title back to the post's noun so the town is only where it is.
 */
function hostCut(agent: MatchedAgent | undefined): MatchedAgent | undefined {
  if (!agent?.key.endsWith(' in')) return agent;
  const key = agent.key.slice(0, -3);
  return isPostAbroad(key) ? { ...agent, key, last: agent.last - 1 } : agent;
}

/**
 * The agent noun at `k` when it is in the sentence of the phrase's start `i`: "… exports to the U.S.\n\nThe government has
 * denied …" made "U.S. … government" one mention, the next paragraph's Taiwanese government USA GOV. A function, not a
 * closure made per phrase, whose optimised code a worker's full collections dropped (#13).
 */
function agentInSentence(kb: ActorKb, words: Words, i: number, k: number): MatchedAgent | undefined {
  return words.sents[k] === words.sents[i] ? matchAgent(kb, words, k) : undefined;
}

function readPhrase(kb: ActorKb, words: Words, i: number): Phrase | undefined {
  let j = i;
  let det: string | undefined;
  let count: number | undefined;
  const key = words.keys[j] ?? '';
  if (DETERMINERS.has(key)) {
    det = key;
    count = DETERMINERS.get(key);
    j++;
    const n = COUNTS.get(words.keys[j] ?? '');
    if (n !== undefined && det === 'the') {
      count = n;
      j++;
    }
  }
  let nation: Phrase['nation'];
  let named: Phrase['named'];
  // Modifiers: "French", "U.S.", "Israel's", "South Korean".
  const name = matchName(kb, words, j);
  const adjective = matchAdjective(kb, words, j);
  // "German chancellor" is in the dictionaries as a name, but composing the nationality with the
  // office finds who held it on the day: prefer the composition when the name is exactly that.
  // A country's own name never composes: "Soviet Union" is the state, not Soviet unions.
  const composes = adjective && name && isCountry(kb, name.indices) === undefined && matchAgent(kb, words, adjective.last)?.last === name.last;
  if (adjective && (!name || adjective.last >= name.last || composes)) {
    nation = { ...adjective, via: 'adjective' };
    j = adjective.last;
  } else if (name) {
    const country = isCountry(kb, name.indices);
    const possessive = words.keys[name.last] === "'s";
    const code = country !== undefined ? countryCode(kb, country) : undefined;
    // "the New Zealand Labour government": a body's name between the country and the noun (see below).
    const bodyAfter = code && !possessive ? matchName(kb, words, name.last) : undefined;
    const agentAfter = agentInSentence(kb, words, i, name.last + (possessive ? 1 : 0)) ?? (bodyAfter && isBodyName(kb, bodyAfter) ? agentInSentence(kb, words, i, bodyAfter.last) : undefined);
    if (code && (possessive || agentAfter)) {
      nation = { first: name.first, last: name.last, code, via: 'country' };
      j = name.last + (possessive ? 1 : 0);
    } else {
      named = name;
      j = name.last;
    }
  }
  let possessive = false;
  if (named && words.keys[j] === "'s") {
    possessive = true;
    j++;
  }
  let agent = hostCut(extendTitle(kb, words, agentInSentence(kb, words, i, j)));
  // "opposition from the United States": the noun is an objection, and the "from" phrase a mention of its own.
  if (agent && !named && !nation && words.keys[agent.last] === 'from' && objectionAgents().has(agent.key)) agent = undefined;
  // "Crown Prince and Prime Minister Mohammed bin Salman": two titles of one person; the name follows the second.
  const joint = coordinatedTitle(kb, words, agent);
  const coTitle = joint ? agent : undefined;
  if (joint) agent = joint;
  // "Tamil civilian refugees", "civilian police": "civilian" before another agent noun only modifies
  // it; the head says the sector (REF, COP). Not "women leaders", "civil society leaders": there the
  // first noun says who they are.
  const head = agent?.key === 'civilian' && words.sents[agent.last] === words.sents[agent.first] ? matchAgent(kb, words, agent.last) : undefined;
  if (head && head.sectors[0] !== 'CVL') agent = { ...head, first: agent?.first ?? head.first, key: head.key };
  if (!agent && ((nation && !named) || possessive)) {
    // "Liberian riot police", "Nicaragua's Sandinista government": one or two words before the noun. A body's
    // name among them only says whose the noun is ("Canada's Progressive Conservative government", "the Australian
    // Labour government"): the country's government, not the British party (#12).
    for (let skip = 1; skip <= 2 && !agent; skip++) {
      const k = j + skip - 1;
      const name = matchName(kb, words, k);
      if (!isWord(words.texts[k] ?? '') || (name && !isBodyName(kb, name))) break;
      agent = agentInSentence(kb, words, i, j + skip);
    }
  }
  if (!agent && named && !possessive && named.indices.some((x) => kb.actor(x)?.kind === 'org')) {
    // "European Community finance ministers", "the EC (European Community) farm ministers", "OPEC oil
    // ministers": a body's name, its acronym in brackets and one or two lower-case words before the noun.
    agent = agentAfterBody(kb, words, j);
  }
  if (!agent && nation && !named) {
    // "Israeli right-winger Ariel Sharon": a name after a nationality and a descriptive word or two.
    for (let k = j; k < j + 4 && k < words.texts.length && !named; k++) {
      // Only words between: a full stop or comma ends the phrase ("the Russian invasion. Zelenskyy …").
      if (words.sents[k] !== words.sents[i] || !isWord(words.texts[k] ?? '')) break;
      const person = matchName(kb, words, k);
      if (person && person.indices.some((x) => kb.actor(x)?.kind === 'person')) named = person;
      else if (isCapitalised(words.texts[k] ?? '')) break;
    }
    if (named) j = named.last;
  }
  if (agent) j = agent.last;
  else if (possessive) j--;
  let surname: Phrase['surname'];
  let unknownName: Part | undefined;
  if (!named && (agent || nation || det === undefined)) {
    // "President Sheikh Mohamed bin Zayed": an Arabic honorific between the title and a known name
    // ("Sheikh Hasina" is a name of its own, found first).
    const honoured = agent && ARABIC_HONORIFICS.has(words.keys[j] ?? '') && !matchName(kb, words, j) ? matchName(kb, words, j + 1) : undefined;
    const after = titledPlace(kb, words, agent, honoured ?? matchName(kb, words, j));
    // "Salman bin Hamad Al Khalifa": a known name before a joint is only the first part of another name.
    const cut = after !== undefined && isNameJoint(words.texts[after.last] ?? '') && isCapitalised(words.texts[after.last + 1] ?? '');
    if (after && !cut && isCountry(kb, after.indices) === undefined) {
      named = after;
      j = after.last;
    } else if (agent && !isPluralNoun(agent.key) && isCapitalised(words.texts[j] ?? '') && !NOT_NAMES.has(words.keys[j] ?? '')) {
      const k = words.keys[j] ?? '';
      // "Prime Minister Salman bin Hamad", "Minister Jean-Pierre Dupontel": a joint or a hyphen after the word carries the name on; it is no surname alone.
      // A hyphen before a known name or surname joins two people instead ("President Biden-Xi talks").
      const hyphened = isGluedHyphen(words, j + 1) && !isKnownNameAt(kb, words, j + 2);
      const joined = (isNameJoint(words.texts[j + 1] ?? '') || hyphened) && isCapitalised(words.texts[j + 2] ?? '');
      if (kb.surnamed(k) !== undefined && !isCapitalised(words.texts[j + 1] ?? '') && !joined) {
        surname = { first: j, last: j + 1, key: k };
        j++;
      } else {
        unknownName = matchUnknownName(kb, words, j);
        if (unknownName) j = unknownName.last;
      }
    }
  }
  // "Ferdinand Marcos, Jr. of the Philippines": a generational suffix between a name and its country.
  const suffixEnd = named || unknownName ? afterSuffix(words, j) : undefined;
  if (suffixEnd !== undefined && words.keys[suffixEnd] === 'of') j = suffixEnd;
  let ofNation: Phrase['ofNation'];
  const prep = words.keys[j] ?? '';
  // "support for Ukraine from the United States", "Russia in Syria": a place has no place of its own;
  // the one after it is a second mention.
  const isPlace = named !== undefined && !agent && named.indices.every((x) => PLACE_KINDS.has(kb.actor(x)?.kind ?? ''));
  // "the embassy in Moscow": the place a post abroad is in hosts it; it is not the post's country.
  const hosted = prep === 'in' && agent !== undefined && isPostAbroad(agent.key);
  if ((named || surname || unknownName || agent || nation) && !isPlace && !hosted && PREPOSITIONS.has(prep)) {
    let k = words.keys[j + 1] === 'the' ? j + 2 : j + 1;
    // "of southern Serbia", "in central Baghdad"
    if (!isCapitalised(words.texts[k] ?? '') && isCapitalised(words.texts[k + 1] ?? '')) k++;
    const candidate = matchName(kb, words, k);
    const place = candidate && kb.adjective(spanKey(words, candidate.first, candidate.last) ?? '') === undefined ? candidate : undefined;
    // "the leaders of the DPR": after a noun, a body of one country gives that country too.
    // "to protect its citizens from Hezbollah": civilians belong to a place, never to a body; the body after them is
    // another party (session 49, ev-demo2: a relative "which" after it took "Lebanon (CVL)").
    const index = place?.indices.find((x) => PLACE_KINDS.has(kb.actor(x)?.kind ?? '')) ?? (agent && !agent.sectors.includes(CIVILIAN) ? place?.indices.find((x) => isNationalBody(kb, x)) : undefined);
    const code = index !== undefined ? countryCode(kb, index) : undefined;
    if (place && code) {
      // The body itself, whose sector on the story's day the resolver reads (the ANC: a rebel movement, then a party).
      const body = index !== undefined && kb.actor(index)?.kind === 'org' ? index : undefined;
      ofNation = { first: place.first, last: place.last, code, prep, ...(body !== undefined ? { body } : {}) };
      j = place.last;
    }
  }
  if (!named && !nation && !agent && !surname) return undefined;
  return { first: i, last: j, det, count, nation, agent, coTitle, named, surname, unknownName, ofNation, possessive };
}
