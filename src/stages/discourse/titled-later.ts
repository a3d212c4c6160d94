/**
 * A person the story names bare and then by a title alone: "Michael Howard attacked the plans. The Tory leader said
 * …" makes the knowledge base's unknown Michael Howard the Tory leader (GBR OPP), on every mention of him, as a reader
 * takes it. The title is a definite description the actors stage coded with a country and sector, ending in a title
 * one person holds (`data/single-titles.txt`); the person is the most salient one named before it (`titledPerson`)
 * whom the knowledge base gave no country, written as a name (every word capitalised), and only if no person the story named before already holds that code (then the title is theirs: "Tory leader
 * Michael Howard … Anne Robinson said … the Tory leader").
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { actorOf, headOf, isSubject, mentionOver, type View } from './view.js';

/** Sentences before the title that its person may be named in. */
const REACH = 1;

let loaded: ReadonlySet<string> | undefined;

/** The titles shipped with dyad, read once. */
export function loadSingleTitles(path = assetPath('src', 'stages', 'discourse', 'data', 'single-titles.txt')): ReadonlySet<string> {
  loaded ??= new Set(readDataText(path).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  return loaded;
}

/** Whether `m` is "the <…> <title>": a definite, coded description of one office holder, with no name of a person. */
function isTitleOnly(view: View, m: ActorMention, titles: ReadonlySet<string>): boolean {
  if (!m.code || !m.sector || m.kind === 'person' || m.members?.length) return false;
  return view.words[m.tokens[0]] === 'the' && titles.has(view.words[m.tokens[1] - 1] ?? '');
}

/** Whether every word of the mention is capitalised, as a name is (not a misread "Michael to be as"). */
function isName(view: View, p: ActorMention): boolean {
  for (let t = p.tokens[0]; t < p.tokens[1]; t++) if (!/^\p{Lu}/u.test(view.texts[t] ?? '')) return false;
  return true;
}

/**
 * The person the title at `m` names: of the people the knowledge base gave no country, the subject of the title's own
 * sentence before it, else of the sentence before, else the last one named in the sentence before ("… a call from
 * Charles Kennedy. The Lib Dem leader said …"). A person who holds another code is no candidate: titles agree.
 */
function titledPerson(view: View, people: readonly ActorMention[], m: ActorMention): ActorMention | undefined {
  const sent = view.sents[m.tokens[0]] ?? 0;
  const before = people.filter((p) => p.tokens[1] <= m.tokens[0]);
  // The title is someone else's when a person named before it holds it already ("Tory leader Michael Howard").
  if (before.some((p) => p.code === m.code && p.sector === m.sector)) return undefined;
  const near = before.filter((p) => !p.code && p.actorId.startsWith('local:') && (view.sents[p.tokens[0]] ?? -1) >= sent - REACH && isName(view, p));
  const subjects = near.filter((p) => isSubject(view, headOf(view, p)));
  const inSent = (s: number) => (p: ActorMention) => view.sents[p.tokens[0]] === s;
  return subjects.findLast(inSent(sent)) ?? subjects.findLast(inSent(sent - 1)) ?? near.findLast(inSent(sent - 1));
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
