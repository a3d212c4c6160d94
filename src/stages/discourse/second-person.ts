/**
 * Who "you" is in an official site's speech or message: whom its title names as addressed ("Speech
 * by President of Ukraine Volodymyr Zelenskyy in the Parliament of Canada", "Congratulations to
 * Aleksandar Vucic"; `data/address-titles.tsv`). The site's own unquoted words are its principal's
 * (`first-person.ts`), spoken to that addressee: "So I ask you: do not stop" asks Canada, "I call on
 * your government" calls on Iceland's, and "You have imposed sanctions against Russia" is Canada's act.
 * Limits: quoted words have their own speaker and are left alone, and so is a transcript turn
 * another person's label opens ("Nursultan Nazarbayev: Thank you, Mr President"); a title naming
 * no known actor ("Address to the student community"), an address to a nation ("Friends, I
 * congratulate you") and an addressee of the site's own country (its "you" is the nation by
 * turns) give no addressee. The other party of a two-party meeting is not read as "you": the
 * events stage already gives a readout's party positions that recipient (`implicit.ts`).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import { rankMatches, type ActorKb } from '../actors/kb.js';
import { nameKey } from '../actors/name-key.js';
import type { ActorMention } from '../actors/types.js';
import type { Voice } from './first-person.js';
import type { Publisher } from './types.js';
import { mentionOver, type ActorOf, type View } from './view.js';

const ADDRESSEE_RULE = 'discourse/second-person-title';
/** Mentions of the addressee for each "you" in the site's own words of a titled address. */
export function secondPersons(view: View, voice: Voice | undefined, addressee: Addressee | undefined): ActorMention[] {
  if (!voice || voice.joint || !addressee) return [];
  const out: ActorMention[] = [];
  view.words.forEach((word, i) => {
    if (!view.pack.secondPerson.has(word) || view.mentionAt[i] || voice.quoted[i] || !ownTurn(voice, i) || !isPronounRole(view, i)) return;
    out.push(mentionOver(view, i, i + 1, addressee.actor, reason(ADDRESSEE_RULE, { text: view.texts[i] ?? word, site: voice.publisher.site, name: addressee.actor.name, title: addressee.title })));
  });
  return out;
}

/** True for a mention this file made: the addressee, who is not where the speech's story happens. */
export function isAddressee(m: ActorMention): boolean {
  return m.reasons[0]?.rule === ADDRESSEE_RULE;
}

/** In the site's own words: outside any transcript turn, or in a turn of a person of the site's country (`turns.ts`). */
function ownTurn(voice: Voice, i: number): boolean {
  const speaker = voice.turns[i];
  return !speaker || speaker.code === voice.publisher.code;
}

/** "your" is a possessive determiner; "you" a subject, object or oblique ("thank you", "with you"). */
function isPronounRole(view: View, i: number): boolean {
  return /^(nsubj|obj|iobj|obl|nmod|conj)/.test(view.deps[i]?.deprel ?? '');
}

/** Whom a titled speech or message is addressed to. */
export interface Addressee {
  readonly actor: ActorOf;
  readonly title: string;
}

/** Title words of an address (`data/address-titles.tsv`). */
export interface AddressWords {
  readonly speech: ReadonlySet<string>;
  readonly opens: ReadonlySet<string>;
  readonly closes: ReadonlySet<string>;
}

let loaded: AddressWords | undefined;

/** The address title words shipped with dyad, read once; `topics` (the language pack's) close a phrase too. */
export function loadAddressWords(topics: ReadonlySet<string>, path?: string): AddressWords {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'address-titles.tsv');
  loaded = parseAddressWords(readDataText(path), path, topics);
  return loaded;
}

/** Rows `speech|opens|closes<TAB>word`; `#` starts a comment line. */
export function parseAddressWords(text: string, path: string, topics: ReadonlySet<string> = new Set()): AddressWords {
  const sets: Record<string, Set<string>> = { speech: new Set(), opens: new Set(), closes: new Set(topics) };
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [role = '', word = ''] = line.split('\t').map((f) => f.trim());
    const set = sets[role];
    if (!set || !word) throw new DyadError('E170', { path, line: i + 1, problem: 'expected a role (speech, opens or closes) and a word, tab-separated' });
    set.add(word.toLowerCase());
  });
  return { speech: sets.speech, opens: sets.opens, closes: sets.closes };
}

/** Longest name tried at one position of the title ("the Parliament of the Republic of Moldova"). */
const LONGEST_NAME = 6;

/**
 * The addressee an official site's title names: the first known actor in the phrase a preposition
 * opens after a speech word ("in the Parliament of Canada"), up to a closing word; not a place, a
 * nationality adjective, nor of the site's own country.
 */
export function addresseeOf(title: string | undefined, words: AddressWords, publisher: Publisher | undefined, kb: ActorKb, day: string | undefined): Addressee | undefined {
  if (!title || !publisher) return undefined;
  const tokens = title.split(/[\s,;:()"“”]+/u).map((t) => t.replace(/['’]s$/u, '')).filter(Boolean);
  const speech = tokens.findIndex((t) => words.speech.has(t.toLowerCase()));
  const open = speech < 0 ? -1 : tokens.findIndex((t, i) => i > speech && words.opens.has(t.toLowerCase()));
  if (open < 0) return undefined;
  const close = tokens.findIndex((t, i) => i > open && (words.closes.has(t.toLowerCase()) || words.opens.has(t.toLowerCase())));
  const phrase = tokens.slice(open + 1, close < 0 ? tokens.length : close);
  for (let i = 0; i < phrase.length; i++) {
    for (let end = Math.min(phrase.length, i + LONGEST_NAME); end > i; end--) {
      if (!/^\p{Lu}/u.test(phrase[i] ?? '') || !/^\p{Lu}/u.test(phrase[end - 1] ?? '')) continue;
      const key = nameKey(phrase.slice(i, end).join(' '));
      // "the Russian War Crimes exhibition": a nationality adjective names what the speech is about.
      if (kb.adjective(key)) return undefined;
      const direct = kb.named(key);
      const m = direct && rankMatches(kb, direct, day).find((x) => x.onDate?.role.code);
      const role = m?.onDate?.role;
      // A lone common word is no body's name ("Youth", "Congress of Agricultural Cooperatives"): one
      // word names a body only as an acronym ("NATO") or the body's own name ("Knesset"); a defunct
      // country names an honour ("National Artist of the USSR"), not whom the message is to.
      if (!m || !role || m.onDate?.status === 'defunct' || (m.actor.kind === 'org' && end - i === 1 && !isOwnName(phrase[i] ?? '', m.actor.name))) continue;
      if (m.actor.kind === 'place' || m.actor.kind === 'capital' || role.code === publisher.code) return undefined;
      return { title, actor: { actorId: m.actor.id, name: m.actor.name, code: role.code, ...(role.sector ? { sector: role.sector } : {}), kind: m.actor.kind } };
    }
  }
  return undefined;
}

function isOwnName(word: string, name: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) || word.toLowerCase() === name.toLowerCase();
}
