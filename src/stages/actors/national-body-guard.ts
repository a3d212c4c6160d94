/**
 * The UK parties and bodies of `data/national-bodies.tsv` share their names with common words ("Labour costs",
 * "Conservative estimates"), with other countries' parties ("Norway's ruling Labour Party", "Hawke said Labour would
 * win") and with other countries' bodies ("Federal Labour Office", "Tokyo Metropolitan Police", "Mulroney told the
 * Commons"). A mention read from such a name keeps the body's country only when the name stands as the body:
 * - not in an all-caps headline, where every word is capitalised and an acronym's case says nothing;
 * - in an acronym's exact case ("its PCs" is no union);
 * - not continued by a capitalised word other than an abbreviated title ("Tory MP") or a person's name, or by "of"
 *   and a capitalised word ("Labour Day", "Unison Industries Inc", "The Law Society of Upper Canada"), nor opened
 *   by one ("Tokyo Metropolitan Police");
 * - at a sentence's start, when the name is also an ordinary English word (`data/national-body-words.tsv`: "Labour",
 *   "Conservative"), not a modifier of a common noun that heads the subject (the part-of-speech layer's NOUN, no
 *   agent noun, then a verb: "Labour costs rose"); mid-sentence the capital says it is the party, and other names
 *   are the body anywhere ("Unison members voted", "Tory plans were attacked").
 * Which country a standing name is of, its own words' or Britain's in a British story, national-body-country.ts says;
 * bare party names are left uncoded where it says none.
 * A party name before a government noun is the country's government ("The Conservative government" GBR GOV).
 * A failing org mention is dropped; a person read through the name ("Labour MP Yossi Beilin") loses the code.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import { unlocatedParty } from './business-party.js';
import type { ActorKb } from './kb.js';
import { parseMetonyms, type DataProblem } from './kb-data.js';
import { nameKey } from './name-key.js';
import { countryOfBody, isBritishStory, type BodyContext, type BodyName } from './national-body-country.js';
import { bodyWordReading } from './national-body-words.js';
import { isCapitalised, matchAgent, matchName, type Words } from './phrase.js';
import type { ActorMention } from './types.js';

/** The nouns that make a party's name before them its country's government ("the Labour government"). */
const GOVERNMENT_NOUNS = new Set(['government', 'administration', 'cabinet']);

let forms: ReadonlyMap<number, readonly string[]> | undefined;

/** Each national body's knowledge-base index with its written forms (name and aliases, as in the data file). */
function nationalBodies(kb: ActorKb): ReadonlyMap<number, readonly string[]> {
  if (forms) return forms;
  const path = assetPath('src', 'stages', 'actors', 'data', 'national-bodies.tsv');
  const problems: DataProblem[] = [];
  const rows = parseMetonyms(readDataText(path), problems);
  if (problems[0]) throw new DyadError('E170', { path, line: problems[0].line, problem: problems[0].reason });
  const out = new Map<number, string[]>();
  for (const row of rows) {
    const index = (kb.named(nameKey(row.name)) ?? []).find((x) => kb.actor(x)?.kind === 'org' && kb.actor(x)?.roles.some((r) => r.code === row.code));
    if (index !== undefined) out.set(index, [row.name, ...row.aliases]);
  }
  forms = out;
  return out;
}

/** The national body's name inside a mention, if the mention was read from one. */
function bodyNameIn(kb: ActorKb, words: Words, m: ActorMention): BodyName | undefined {
  const bodies = nationalBodies(kb);
  for (let k = m.tokens[0]; k < m.tokens[1]; k++) {
    const name = matchName(kb, words, k);
    const index = name?.indices.find((x) => bodies.has(x));
    const body = index === undefined ? undefined : bodies.get(index);
    if (!name || index === undefined || !body) continue;
    // "House of Lords" is the British Parliament by its own longer name, not a body read from "Lords".
    return m.kind === 'org' && kb.actor(index)?.id !== m.actorId ? undefined : { first: name.first, last: name.last, forms: body };
  }
  return undefined;
}

const sameSentence = (words: Words, a: number, b: number): boolean => words.sents[a] !== undefined && words.sents[a] === words.sents[b];
const isWord = (text: string): boolean => /^\p{L}[\p{L}'-]*$/u.test(text);

/** Whether the sentence of token `k` has no lower-case letter (a headline: "OECD WARNS SWEDEN ON LABOUR COSTS"). */
function inAllCapsLine(words: Words, k: number): boolean {
  // A sentence's tokens are contiguous: walk out from `k` rather than over the whole document for each mention.
  let first = k;
  while (sameSentence(words, first - 1, k)) first--;
  for (let j = first; sameSentence(words, j, k); j++) if (/\p{Ll}/u.test(words.texts[j] ?? '')) return false;
  return true;
}

/** Whether the name stands as the body's name, not as a common word or part of a longer name. */
function standsAsBody(kb: ActorKb, words: Words, name: BodyName, upos: readonly string[] | undefined, personAt: (k: number) => boolean): boolean {
  if (inAllCapsLine(words, name.first)) return false;
  const surface = words.texts.slice(name.first, name.last).join(' ');
  const acronym = name.forms.find((f) => f === f.toUpperCase() && f.toLowerCase() === surface.toLowerCase());
  if (acronym !== undefined && acronym !== surface) return false;
  const next = name.last;
  const nextText = words.texts[next] ?? '';
  if (sameSentence(words, next, name.first) && isWord(nextText)) {
    const agent = matchAgent(kb, words, next);
    // Only an abbreviated title continues the body's name into a title ("Tory MP", "Labour MEPs"); a capitalised
    // word, agent noun or not, makes a longer name ("Labour Court", "Unison Industries").
    if (isCapitalised(nextText) && !/^\p{Lu}+s?$/u.test(nextText) && !personAt(next)) return false;
    if (words.keys[next] === 'of' && isCapitalised(words.texts[next + 1] ?? '')) return false;
    // Only where the capital says nothing, at a sentence's start, and only a noun that heads the subject
    // ("Labour costs rose"): mid-sentence "Tory plans" and titles ("Tory shadow home secretary") are the party's.
    const opens = !sameSentence(words, name.first - 1, name.first);
    const headsSubject = upos?.[next] === 'NOUN' && (upos[next + 1] === 'VERB' || upos[next + 1] === 'AUX');
    if (opens && !isCapitalised(nextText) && !agent && headsSubject && bodyWordReading(surface) === 'common') return false;
    // "Labour groups urged the government", "Conservative groups": a name that is also a common word takes no group
    // noun of unlocated-parties.tsv as its agent anywhere; the words name groups of a kind, not the party's.
    if (agent && unlocatedParty(agent.key) === 'subject' && bodyWordReading(surface) === 'common') return false;
  }
  const before = name.first - 1;
  const beforeText = words.texts[before] ?? '';
  // "Tokyo Metropolitan Police": a capitalised word before it, not the sentence's first, opens another name.
  const opensSentence = !sameSentence(words, before - 1, before);
  if (sameSentence(words, before, name.first) && isWord(beforeText) && isCapitalised(beforeText) && !opensSentence && kb.adjective(words.keys[before] ?? '') !== 'GBR') return false;
  return true;
}

/**
 * Keep, recode or drop the mentions read from a national body's name (see the head of this file).
 * @example guardNationalBodies(kb, words, mentions, pack, upos) // "Labour costs rose" → no mention
 */
export function guardNationalBodies(kb: ActorKb, words: Words, mentions: readonly ActorMention[], pack: LanguagePack, upos?: readonly string[]): ActorMention[] {
  const names = mentions.map((m) => (m.code === 'GBR' ? bodyNameIn(kb, words, m) : undefined));
  if (!names.some((n) => n)) return mentions.slice();
  // "Liberal Democrat Alan Beith": a person's name after the body's is no longer name.
  const personAt = (k: number) => mentions.some((o) => o.kind === 'person' && o.tokens[0] <= k && k < o.tokens[1]);
  const stands = (name: BodyName) => standsAsBody(kb, words, name, upos, personAt);
  const ctx: BodyContext = { kb, words, mentions, names };
  const british = isBritishStory(ctx, stands);
  const out: ActorMention[] = [];
  mentions.forEach((m, i) => {
    const name = names[i];
    // A known person keeps the knowledge base's country ("Labour leader Tony Blair").
    if (!name || (m.kind === 'person' && !m.actorId.startsWith('local:'))) return out.push(m);
    const code = stands(name) ? countryOfBody(ctx, name, british) : undefined;
    if (!code) {
      if (m.kind === 'person') out.push(uncoded(m));
      return;
    }
    const governs = GOVERNMENT_NOUNS.has(matchAgent(kb, words, name.last)?.key ?? '');
    const sector = governs ? 'GOV' : m.sector;
    if (code === m.code && sector === m.sector) return out.push(m);
    const reasons = [reason('actors/country-from-text', { base: m.reasons.length === 1 && m.reasons[0] ? m.reasons[0] : m.reasons, code: `${code}${sector ? ` ${sector}` : ''}` })];
    out.push({ ...m, code, ...(sector ? { sector } : {}), reasons, why: renderReasons(pack, reasons) });
  });
  return out;
}

/** The mention without the code and sector the body's name gave it. */
function uncoded(m: ActorMention): ActorMention {
  const { code: _code, sector: _sector, ...rest } = m;
  return rest;
}

/**
 * The mention of a phrase that is a UK body's whole name and nothing else ("Labour Party", "the Tories"), coded
 * British with a reason that says Britain was assumed: a phrase resolved alone (`resolvePhraseActor`) has no story
 * to tell whose it is, and Britain's is the body the data file lists. (`dyad actors lookup` asks the phrase resolver
 * only when the knowledge base finds no actor of the whole name, so "Labour Party" there shows the data file's row.) A name inside a longer phrase ("Labour costs",
 * "Homeland Union (Conservatives)") is not such a phrase.
 * @example britishBodyAlone(kb, words, mentions, pack) // "Labour Party" → GBR PTY, Britain assumed
 */
export function britishBodyAlone(kb: ActorKb, words: Words, mentions: readonly ActorMention[], pack: LanguagePack): ActorMention | undefined {
  const [m, ...others] = mentions;
  const name = m?.code === 'GBR' && m.kind === 'org' ? bodyNameIn(kb, words, m) : undefined;
  if (!m || !name || others.length || name.last !== words.texts.length) return undefined;
  if (name.first !== 0 && !(name.first === 1 && words.keys[0] === 'the')) return undefined;
  const reasons = [reason('actors/assumed-britain', { base: m.reasons.length === 1 && m.reasons[0] ? m.reasons[0] : m.reasons, code: `GBR${m.sector ? ` ${m.sector}` : ''}` })];
  return { ...m, reasons, why: renderReasons(pack, reasons) };
}
