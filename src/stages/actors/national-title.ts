/**
 * "Shadow chancellor Oliver Letwin", "Lord Falconer", "Liberal Democrat home affairs spokesman Mark Oaten",
 * "Lib Dem constitutional affairs committee chairman Alan Beith": a person the knowledge base lacks is of one
 * country when a title word only that country's politics uses stands right before the name or its office
 * (`data/national-titles.tsv`), or when the mention right before the name is one country's party or body
 * (`data/national-bodies.tsv`, Phoenix's institutions) with at most a few lower-case words between, the last a
 * title, or when a phrase set off by commas right after the name says the body it speaks for ("Vincent Cable, for
 * the Liberal Democrats,", "Carl Emmerson, from the Institute for Fiscal Studies,"). BBC politics stories introduce
 * almost every speaker so, and an event needs its actor's country (#12).
 * Every mention of the same document-local person ("Mr Oaten", "the chancellor") follows the first that says.
 * Not read: a body in another sentence, or words between that are not lower case ("Labour. John Smith").
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import type { LanguagePack } from '../../lang/pack.js';
import { reason, renderReasons, type Reason } from '../../lang/reason.js';
import type { ActorKb } from './kb.js';
import { parseMetonyms, type DataProblem } from './kb-data.js';
import { officeWords, opensOffice } from './office-words.js';
import { matchAgent, type Words } from './phrase.js';
import { officeAbroad } from './story-country.js';
import type { ActorMention } from './types.js';

interface NationalTitle { readonly code: string; readonly sector: string }

/** The most words read between a body's mention or an office's title word and the name ("constitutional affairs committee chairman"). */
const MAX_GAP = 4;
/** Titles of a body's officer that the agents dictionary lacks (it holds "spokesman", "leader", "secretary"); igo-title.ts reads the same. */
const BODY_OFFICES = new Set(['chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'chief', 'head']);

let titles: ReadonlyMap<string, NationalTitle> | undefined;

/** The title words of `data/national-titles.tsv` (metonyms' columns: code, sector, first word, other words). */
function nationalTitles(): ReadonlyMap<string, NationalTitle> {
  if (titles) return titles;
  const path = assetPath('src', 'stages', 'actors', 'data', 'national-titles.tsv');
  const problems: DataProblem[] = [];
  const parsed = parseMetonyms(readDataText(path), problems);
  if (problems[0]) throw new DyadError('E170', { path, line: problems[0].line, problem: problems[0].reason });
  titles = new Map(parsed.flatMap((row) => [row.name, ...row.aliases].map((word) => [word, { code: row.code, sector: row.sector }] as const)));
  return titles;
}

const isLocalPerson = (m: ActorMention): boolean => m.kind === 'person' && m.actorId.startsWith('local:') && !m.members?.length;

/**
 * The country and sector a title word right before the mention or opening it gives ("Shadow chancellor …", "Lord
 * Woolf"). A word that opens no office titles only with a capital ("Lord Woolf", not "drug lord Juan Perez").
 */
export function titleWordOf(kb: ActorKb, words: Words, mentions: readonly ActorMention[], m: ActorMention): { code: string; sector: string; title: string } | undefined {
  for (const k of [m.tokens[0] - 1, m.tokens[0]]) {
    const title = nationalTitles().get(words.keys[k] ?? '');
    if (!title || words.sents[k] !== words.sents[m.tokens[0]]) continue;
    if (!opensOffice(words.keys[k] ?? '') && !/^\p{Lu}/u.test(words.texts[k] ?? '')) continue;
    // The word opens an office ("shadow chancellor"): the office is that side's; else the person's own title wins.
    const office = matchAgent(kb, words, k + 1) !== undefined;
    return { code: title.code, sector: office || !m.sector ? title.sector : m.sector, title: words.texts[k] ?? '' };
  }
  // "Shadow home secretary David Davis", "Tory shadow international development secretary Alan Duncan": the word
  // opens an office of a few words the agents dictionary does not hold whole; the office is that side's, unless its
  // phrase or a story that names no Britain says another country ("Australian shadow foreign affairs minister").
  // The mention may hold the office's last words ("shadow rural affairs minister Tom Green": "minister Tom Green").
  let name = m.tokens[0];
  while (name < m.tokens[1] - 1 && /^\p{Ll}+$/u.test(words.texts[name] ?? '')) name++;
  for (let k = name - 2; k >= Math.max(0, name - 1 - MAX_GAP); k--) {
    const title = nationalTitles().get(words.keys[k] ?? '');
    if (!title || !opensOffice(words.keys[k] ?? '') || words.sents[k] !== words.sents[name]) continue;
    if (officeWords(kb, words, k + 1, name) && !officeAbroad(kb, words, mentions, k)) {
      return { code: title.code, sector: title.sector, title: words.texts[k] ?? '' };
    }
  }
  return undefined;
}

/** Whether tokens [from, to) are at most MAX_GAP lower-case words of one sentence, the last a title (or none at all). */
function titleGap(kb: ActorKb, words: Words, from: number, to: number): boolean {
  if (from === to) return true;
  if (to - from > MAX_GAP) return false;
  for (let k = from; k < to; k++) if (!/^\p{Ll}+$/u.test(words.texts[k] ?? '') || words.sents[k] !== words.sents[to]) return false;
  return BODY_OFFICES.has(words.keys[to - 1] ?? '') || matchAgent(kb, words, to - 1)?.last === to;
}

/**
 * Whether a mention is one country's body, whose country a person speaking for it takes: not an international body
 * (igo-title.ts reads those titles) nor a transnational NGO (Amnesty's people are of no one country), nor a group.
 */
const isCountryBody = (body: ActorMention): boolean =>
  body.kind === 'org' && !!body.code && body.code !== 'IGO' && body.code !== 'NGO' && !body.members?.length;

/** The country's party or body mentioned right before the person ("Liberal Democrat … spokesman Mark Oaten"). */
function bodyBefore(kb: ActorKb, words: Words, mentions: readonly ActorMention[], at: number): ActorMention | undefined {
  const body = mentions[at - 1];
  const person = mentions[at];
  if (!body || !person || !isCountryBody(body)) return undefined;
  if (words.sents[body.tokens[0]] !== words.sents[person.tokens[0]]) return undefined;
  return titleGap(kb, words, body.tokens[1], person.tokens[0]) ? body : undefined;
}

/** Prepositions that set off the body a person speaks for: "Vincent Cable, for the Liberal Democrats, called …". */
const FOR_BODY = new Set(['for', 'from']);

/** The country's body a person speaks for, in a phrase set off by commas right after the name ("Carl Emmerson, from the IFS,"). */
function bodyAfter(words: Words, mentions: readonly ActorMention[], at: number): ActorMention | undefined {
  const person = mentions[at];
  const body = mentions[at + 1];
  if (!person || !body || !isCountryBody(body)) return undefined;
  const comma = person.tokens[1];
  const sent = words.sents[comma];
  if (words.texts[comma] !== ',' || !FOR_BODY.has(words.keys[comma + 1] ?? '') || body.tokens[0] !== comma + 2) return undefined;
  const close = body.tokens[1];
  return words.sents[body.tokens[0]] === sent && words.texts[close] === ',' && words.sents[close] === sent ? body : undefined;
}

function withCode(m: ActorMention, code: string, sector: string | undefined, why: Reason, pack: LanguagePack): ActorMention {
  const reasons = [why];
  return { ...m, code, ...(sector ? { sector } : {}), reasons, why: renderReasons(pack, reasons) };
}

/**
 * Give document-local people their country from a national title word or the party or body named right before them.
 * @example nationallyTitledPeople(kb, words, mentions, pack) // "Shadow chancellor Oliver Letwin": no code → GBR OPP
 */
export function nationallyTitledPeople(kb: ActorKb, words: Words, mentions: readonly ActorMention[], pack: LanguagePack): ActorMention[] {
  const out = mentions.slice();
  const found = new Map<string, { code: string; sector?: string; from: string }>();
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (!m || !isLocalPerson(m) || m.code || found.has(m.actorId)) continue;
    const base = m.reasons.length === 1 && m.reasons[0] ? m.reasons[0] : m.reasons;
    const title = titleWordOf(kb, words, mentions, m);
    const body = title ? undefined : bodyBefore(kb, words, out, i) ?? bodyAfter(words, out, i);
    if (!title && !body) continue;
    const code = title?.code ?? body?.code ?? '';
    const sector = title ? title.sector : body?.sector ?? m.sector;
    const from = title ? title.title : body?.name ?? '';
    const why = reason('actors/national-title', { base, from, code: `${code}${sector ? ` ${sector}` : ''}` });
    out[i] = withCode(m, code, sector, why, pack);
    found.set(m.actorId, { code, ...(sector ? { sector } : {}), from });
  }
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    const known = m && !m.code ? found.get(m.actorId) : undefined;
    if (!m || !known) continue;
    const base = m.reasons.length === 1 && m.reasons[0] ? m.reasons[0] : m.reasons;
    out[i] = withCode(m, known.code, known.sector ?? m.sector, reason('actors/national-title-again', { base, from: known.from, code: known.code }), pack);
  }
  return out;
}
