/**
 * Who signs a joint statement: the parties its title names ("Joint Statement by President Joseph R.
 * Biden Jr. of the United States and President Iván Duque Márquez of the Republic of Colombia",
 * "U.S.-Canada Joint Statement on …"), whose "we" the statement speaks in. The lead often names
 * no signatory at all ("We met today to commemorate …") or names the topic's countries first, so
 * the title is read before the meeting's participants (`participants.ts`); a title naming fewer
 * than two parties ("Joint Statement on Israel") leaves the participants, and only when the
 * publisher's own country is one of them (its site publishes what its side signed).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { lookupName, rankMatches, type ActorKb, type KbMatch } from '../actors/kb.js';
import { nameKey } from '../actors/name-key.js';
import { reason, type Reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { partyKey } from './participants.js';
import type { Participants, Publisher } from './types.js';

/** The words that name a joint statement in a title. */
const JOINT = /^joint$/i;
const STATEMENT = /^(?:statement|declaration|communiqu[eé])$/i;
/** Longest name tried at one position of the title ("the Republic of the Congo"). */
const LONGEST_NAME = 6;

/** True when the title calls the article a joint statement (not a report that mentions one). */
export function isJointTitle(title: string | undefined): boolean {
  const words = (title ?? '').split(/\s+/);
  return words.some((w, i) => JOINT.test(w) && STATEMENT.test(words[i + 1]?.replace(/[^\p{L}]+$/u, '') ?? ''));
}

/** A signatory: what a group mention of the signatories needs of each member. */
export type Signatory = Pick<ActorMention, 'actorId' | 'name' | 'code' | 'sector'>;

export interface Signatories {
  readonly members: readonly Signatory[];
  readonly reason: Reason;
}

/**
 * The signatories of a joint statement: the parties named in its title's signatory phrases, else
 * the meeting's participants when the publisher's country is among them; undefined when neither
 * gives two.
 */
export function signatoriesOf(title: string | undefined, words: TitleWords, participants: Participants | undefined, publisher: Publisher | undefined, kb: ActorKb, day: string | undefined): Signatories | undefined {
  const named = title ? titleParties(title, words, kb, day) : [];
  if (named.length >= 2 && title) {
    // A party the lead names too is kept as the lead names it (a person stands for the country).
    const members = named.map((n) => participants?.members.find((m) => partyKey(m) === partyKey(n)) ?? n);
    return { members, reason: reason('discourse/title-signatories', { title, names: members.map((m) => m.name).join(', ') }) };
  }
  if (!participants || !publisher || !participants.members.some((m) => partyKey(m) === publisher.code)) return undefined;
  return { members: participants.members, reason: participants.reason };
}

/** Words that open and close the phrases of a title that name its signatories (`data/joint-titles.tsv`). */
export interface TitleWords {
  /** "by", "from", "between": a signatory phrase follows. */
  readonly opens: ReadonlySet<string>;
  /** "on", "following", "announcing", …: what the statement is about follows. */
  readonly closes: ReadonlySet<string>;
  /** Office words before a bare surname ("President Biden"). */
  readonly titles: ReadonlySet<string>;
}

let loaded: TitleWords | undefined;

/** The title words shipped with dyad, read once; `topics` (the language pack's) close a phrase too. */
export function loadTitleWords(topics: ReadonlySet<string>, path?: string): TitleWords {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'joint-titles.tsv');
  loaded = parseTitleWords(readDataText(path), path, topics);
  return loaded;
}

/** Rows `opens|closes|title<TAB>word`; `#` starts a comment line. */
export function parseTitleWords(text: string, path: string, topics: ReadonlySet<string> = new Set()): TitleWords {
  const sets: Record<string, Set<string>> = { opens: new Set(), closes: new Set(topics), title: new Set() };
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [role = '', word = ''] = line.split('\t').map((f) => f.trim());
    const set = sets[role];
    if (!set || !word) throw new DyadError('E170', { path, line: i + 1, problem: 'expected a role (opens, closes or title) and a word, tab-separated' });
    set.add(word.toLowerCase());
  });
  return { opens: sets.opens, closes: sets.closes, titles: sets.title };
}

/**
 * The parties a title names where it names signatories: before "Joint Statement" and in the
 * phrases after it that an opening word starts, up to a closing word.
 */
export function titleParties(title: string, words: TitleWords, kb: ActorKb, day: string | undefined): Signatory[] {
  // "U.S.-Colombia", "United States–European Commission": a dash between names separates them.
  const tokens = title.split(/[\s,;:()"“”]+|(?<=\p{L}\.?)[-–—](?=\p{Lu})/u).map((t) => t.replace(/['’]s$/u, '')).filter(Boolean);
  const at = tokens.findIndex((t, i) => JOINT.test(t) && STATEMENT.test(tokens[i + 1] ?? ''));
  if (at < 0) return [];
  const inPhrase = tokens.map(() => false);
  for (let i = 0; i < at; i++) inPhrase[i] = true;
  let open = false;
  for (let i = at + 2; i < tokens.length; i++) {
    const w = tokens[i].toLowerCase();
    if (words.closes.has(w)) open = false;
    else if (words.opens.has(w) || (i === at + 2 && w === 'of')) open = true;
    inPhrase[i] = open;
  }
  const found = new Map<string, Signatory>();
  for (let i = 0; i < tokens.length; i++) {
    if (!inPhrase[i] || !/^\p{Lu}/u.test(tokens[i])) continue;
    const hit = nameAt(tokens, inPhrase, i, words, kb, day);
    if (!hit) continue;
    if (hit.party && !found.has(partyKey(hit.party))) found.set(partyKey(hit.party), hit.party);
    i = hit.end - 1;
  }
  return [...found.values()];
}

/**
 * The longest known name starting at `i`: a country, body or person (with the country they serve);
 * a place's name ("Northern Ireland", "Jeddah") is consumed with no party, so that no shorter name
 * inside it ("Ireland") is read.
 */
function nameAt(tokens: readonly string[], inPhrase: readonly boolean[], i: number, words: TitleWords, kb: ActorKb, day: string | undefined): { party?: Signatory; end: number } | undefined {
  for (let end = Math.min(tokens.length, i + LONGEST_NAME); end > i; end--) {
    if (!inPhrase[end - 1] || !/^\p{Lu}/u.test(tokens[end - 1])) continue;
    const text = tokens.slice(i, end).join(' ');
    const key = nameKey(text);
    const direct = kb.named(key);
    // A bare surname only after a title word and ending the name ("President Biden and"; not the
    // given name in "President Klaus Iohannis"), where it is an office holder's.
    const surname = end - i === 1 && words.titles.has(tokens[i - 1]?.toLowerCase() ?? '') && !(inPhrase[end] && /^\p{Lu}/u.test(tokens[end] ?? ''));
    const matches: readonly KbMatch[] = direct ? rankMatches(kb, direct, day) : surname ? lookupName(kb, text, day).filter((m) => m.onDate?.status === 'current') : [];
    const adjective = direct || matches.length ? undefined : kb.adjective(key);
    const country = adjective ? kb.actor(kb.country(adjective) ?? -1) : undefined;
    const m = matches.find((x) => x.onDate?.role.code);
    const role = m?.onDate?.role;
    // Places ("North" is a region of Cameroon, "Jeddah" a city) sign nothing.
    if (m && (m.actor.kind === 'place' || m.actor.kind === 'capital')) return { end };
    if (m && role) return { party: { actorId: m.actor.id, name: m.actor.name, code: role.code, ...(role.sector ? { sector: role.sector } : {}) }, end };
    if (country && adjective) return { party: { actorId: country.id, name: country.name, code: adjective }, end };
  }
  return undefined;
}
