/**
 * "central bank general manager Hector Neyra", "APEA chairman Dennis Benbow": a person the knowledge base lacks, named
 * right after a body's mention and an officer's title there (`data/officer-titles.txt`, with lower-case words
 * before it: "general manager"), speaks for that body and takes its code (#12: such speakers left the statements they
 * made, and the "he said" after them, with no coded speaker; session 55).
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import { loadSingleTitles, parseSingleTitles } from './titled-later.js';
import type { View } from './view.js';

const lists = new Map<string, ReadonlySet<string>>();

/** A word list shipped with dyad in `data/` (the format of single-titles.txt), read once. */
function wordList(file: string): ReadonlySet<string> {
  let words = lists.get(file);
  if (!words) {
    const path = assetPath('src', 'stages', 'discourse', 'data', file);
    words = parseSingleTitles(readDataText(path), path);
    lists.set(file, words);
  }
  return words;
}

let titles: ReadonlySet<string> | undefined;

/** The officer titles: the titles one person holds (single-titles.txt) and an officer's besides (officer-titles.txt). */
function officerTitles(): ReadonlySet<string> {
  titles ??= new Set([...loadSingleTitles(), ...wordList('officer-titles.txt')]);
  return titles;
}

/** Lower-case words a title may take before its noun ("general manager", "deputy chief executive"). */
const TITLE_WORDS = 3;

/**
 * The body whose officer `m` is: the coded mention (no person, no group) ending right before the title that ends right
 * before `m`; `place` gives an uncoded body the country the story gives it. Undefined when there is none.
 */
export function fromBodyOfficer(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[], place: (body: ActorMention) => ActorMention | undefined): Found | undefined {
  if (m.kind !== 'person') return undefined;
  const sent = view.sents[m.tokens[0]];
  const title = m.tokens[0] - 1;
  if (!officerTitles().has(view.words[title] ?? '') || !/^\p{Ll}/u.test(view.texts[title] ?? '')) return undefined;
  for (let t = title - 1; t >= Math.max(0, title - TITLE_WORDS) && view.sents[t] === sent; t--) {
    const body = byToken[t];
    if (body) {
      if (body.tokens[1] !== t + 1 || body.kind === 'person' || body.members?.length) return undefined;
      const coded = body.code ? body : place(body);
      return coded?.code ? { code: coded.code, ...(coded.sector ? { sector: coded.sector } : {}), why: reason('discourse/from-body-officer', { name: view.texts.slice(body.tokens[0], body.tokens[1]).join(' ') }) } : undefined;
    }
    if (!/^\p{Ll}/u.test(view.texts[t] ?? '')) return undefined;
  }
  return undefined;
}

/** Words a title may run on by after its mention, before the comma ("for Finance"). */
const TITLE_TAIL = 3;

/**
 * "Canada's Minister of State for Finance, Tom Hockin, said": a person the knowledge base lacks, set off by commas
 * right after a title, holds it and takes its code. The title is a coded mention with an officer's title in it
 * ("Canada's Minister of State"), or one right after "<officer's title> of" ("The chairman of the Kenya Farmers
 * Union"). The parser hangs such a name on the title's last word ("Finance"), outside the title's mention, so
 * `fromApposition` found no partner for it. The title may be a person's mention with no name of its own (the actors
 * stage types a full title as a person: "Kenya's Minister for Foreign Affairs, John Mwangi"), and the name may end
 * the sentence ("met the head of the Arab League, Ahmed Saleh.").
 */
export function fromTitleSetOff(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  if (m.kind !== 'person' || view.texts[m.tokens[0] - 1] !== ',' || !isSetOffEnd(view, m.tokens[1])) return undefined;
  // "John Mwangi, a farmer, and Peter Otieno": a name with its own description is a list item, not the title's holder.
  if (view.texts[m.tokens[1]] === ',' && wordList('apposition-openers.txt').has(view.words[m.tokens[1] + 1] ?? '')) return undefined;
  const sent = view.sents[m.tokens[0]];
  const tail = wordList('title-tail-words.txt');
  for (let t = m.tokens[0] - 2; t >= Math.max(0, m.tokens[0] - 2 - TITLE_TAIL) && view.sents[t] === sent; t--) {
    const title = byToken[t];
    if (title) {
      if (!title.code || title.members?.length || !isTitle(view, title) || (title.kind === 'person' && hasOwnName(view, title))) return undefined;
      return { code: title.code, ...(title.sector ? { sector: title.sector } : {}), why: reason('discourse/from-title-set-off', { name: view.texts.slice(title.tokens[0], title.tokens[1]).join(' ') }) };
    }
    // A title's tail is a prepositional phrase of names; a comma, verb or other lower-case word ends it.
    if (!/^\p{Lu}/u.test(view.texts[t] ?? '') && !tail.has(view.words[t] ?? '')) return undefined;
  }
  return undefined;
}

/** Whether a set-off name ends at `end`: a closing comma, or the sentence's end ("met the head of the Arab League, Ahmed Saleh."). */
function isSetOffEnd(view: View, end: number): boolean {
  if (view.texts[end] === ',') return true;
  const sent = view.sents[end - 1];
  return view.sents[end] !== sent || (/^[.!?]$/.test(view.texts[end] ?? '') && view.sents[end + 1] !== sent);
}

/**
 * Whether a person's mention that holds a title names someone too ("Minister Joseph Kamau") rather than only the
 * office ("Kenya's Minister for Foreign Affairs", which the actors stage types as a person by its title).
 */
function hasOwnName(view: View, m: ActorMention): boolean {
  const officer = officerTitles();
  let t = m.tokens[0];
  while (t < m.tokens[1] && !officer.has(view.words[t] ?? '')) t++;
  return t + 1 < m.tokens[1] && !wordList('title-tail-words.txt').has(view.words[t + 1] ?? '');
}

/** Whether a mention holds an officer's title, or follows "<officer's title> of" ("the chairman of"). */
function isTitle(view: View, m: ActorMention): boolean {
  const officer = officerTitles();
  for (let t = m.tokens[0]; t < m.tokens[1]; t++) if (officer.has(view.words[t] ?? '')) return true;
  return view.words[m.tokens[0] - 1] === 'of' && officer.has(view.words[m.tokens[0] - 2] ?? '');
}
