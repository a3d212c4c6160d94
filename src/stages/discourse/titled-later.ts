/**
 * A person the story names bare and then by a title alone: "Michael Howard attacked the plans. The Tory leader said
 * …" makes the knowledge base's unknown Michael Howard the Tory leader (GBR OPP), on every mention of him, as a reader
 * takes it. The title is a definite description the actors stage read from a party's or body's name ("the Tory
 * leader", not "the Soviet leader": a country's leader is rarely the visitor named before), ending in a title one
 * person holds (`data/single-titles.txt`). Its holder is the one person named just before whom the knowledge base gave
 * no country, written as a name, and only when no other person is named between ("Mahmoud Zahar met Michael Howard.
 * The Tory leader …" is not Zahar's) and no person the story named before is of the title's country (then the title
 * is likelier theirs: "Tony Blair met Michael Howard. The Labour leader said …").
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { actorOf, mentionOver, type View } from './view.js';

/** Sentences before the title that its person may be named in. */
const REACH = 1;

let loaded: ReadonlySet<string> | undefined;

/** One lower-case word a line; `#` starts a comment. */
export function parseSingleTitles(text: string, path: string): ReadonlySet<string> {
  const out = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (!/^\p{Ll}+$/u.test(line)) throw new DyadError('E170', { path, line: i + 1, problem: 'expected one lower-case title word' });
    out.add(line);
  });
  return out;
}

/** The titles shipped with dyad, read once. */
export function loadSingleTitles(path?: string): ReadonlySet<string> {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'single-titles.txt');
  loaded = parseSingleTitles(readDataText(path), path);
  return loaded;
}

/**
 * Whether `m` is "the <…> <title>": a definite description of one office holder, with no name of a person, coded from
 * a party's or body's name (an org), not from a country's ("the Soviet leader", "the Egyptian president").
 */
function isTitleOnly(view: View, m: ActorMention, titles: ReadonlySet<string>): boolean {
  if (!m.code || !m.sector || m.kind !== 'org' || m.members?.length) return false;
  return view.words[m.tokens[0]] === 'the' && titles.has(view.words[m.tokens[1] - 1] ?? '');
}

/** Whether every word of the mention is capitalised, as a name is (not a misread "Michael to be as"). */
function isName(view: View, p: ActorMention): boolean {
  for (let t = p.tokens[0]; t < p.tokens[1]; t++) if (!/^\p{Lu}/u.test(view.texts[t] ?? '')) return false;
  return true;
}

/**
 * The person the title at `m` names: the one person of the title's sentence or the sentence before whom the knowledge
 * base gave no country, written as a name, with no other person named between it and the title ("… a call from
 * Charles Kennedy. The Lib Dem leader said …"). Two such people ("Charles Kennedy was attacked by Michael Howard. The
 * Tory leader …") leave the title unread: which one holds it is the reader's knowledge, not the text's.
 */
function titledPerson(view: View, people: readonly ActorMention[], m: ActorMention): ActorMention | undefined {
  const sent = view.sents[m.tokens[0]] ?? 0;
  const before = people.filter((p) => p.tokens[1] <= m.tokens[0]);
  // A person of the title's country named before may hold it already ("Tory leader Michael Howard", "Tony Blair").
  if (before.some((p) => p.code === m.code)) return undefined;
  const near = before.filter((p) => (view.sents[p.tokens[0]] ?? -1) >= sent - REACH);
  const last = near.at(-1);
  const candidates = new Set(near.filter((p) => !p.code && p.actorId.startsWith('local:') && isName(view, p)).map((p) => p.actorId));
  return last && candidates.size === 1 && candidates.has(last.actorId) ? last : undefined;
}

/**
 * Every mention of a person the story later calls by a coded title alone, with that title's country and sector.
 * @example titledLater(view, mentions) // "Michael Howard …. The Tory leader said" → Michael Howard GBR OPP
 */
export function titledLater(view: View, mentions: readonly ActorMention[], titles: ReadonlySet<string> = loadSingleTitles()): ActorMention[] {
  const people = mentions.filter((m) => m.kind === 'person');
  const titled = new Map<string, ActorMention>();
  for (const m of mentions) {
    if (!isTitleOnly(view, m, titles)) continue;
    const person = titledPerson(view, people, m);
    if (person && !titled.has(person.actorId)) titled.set(person.actorId, m);
  }
  const out: ActorMention[] = [];
  for (const p of people) {
    const title = titled.get(p.actorId);
    if (!title?.code || p.code) continue;
    const text = view.texts.slice(title.tokens[0], title.tokens[1]).join(' ');
    out.push(mentionOver(view, p.tokens[0], p.tokens[1], { ...actorOf(p), code: title.code, ...(title.sector ? { sector: title.sector } : {}) },
      reason('discourse/titled-later', { name: p.name, title: text, code: `${title.code} ${title.sector ?? ''}`.trim() })));
  }
  return out;
}
