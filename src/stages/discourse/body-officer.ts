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
import { parseSingleTitles } from './titled-later.js';
import type { View } from './view.js';

let titles: ReadonlySet<string> | undefined;

/** The officer titles shipped with dyad (`data/officer-titles.txt`, the format of single-titles.txt), read once. */
function officerTitles(): ReadonlySet<string> {
  const path = assetPath('src', 'stages', 'discourse', 'data', 'officer-titles.txt');
  titles ??= parseSingleTitles(readDataText(path), path);
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
 * `fromApposition` found no partner for it.
 */
export function fromTitleSetOff(view: View, m: ActorMention, byToken: readonly (ActorMention | undefined)[]): Found | undefined {
  if (m.kind !== 'person' || view.texts[m.tokens[0] - 1] !== ',' || view.texts[m.tokens[1]] !== ',') return undefined;
  const sent = view.sents[m.tokens[0]];
  for (let t = m.tokens[0] - 2; t >= Math.max(0, m.tokens[0] - 2 - TITLE_TAIL) && view.sents[t] === sent; t--) {
    const title = byToken[t];
    if (title) {
      if (!title.code || title.kind === 'person' || title.members?.length || !isTitle(view, title)) return undefined;
      return { code: title.code, ...(title.sector ? { sector: title.sector } : {}), why: reason('discourse/from-title-set-off', { name: view.texts.slice(title.tokens[0], title.tokens[1]).join(' ') }) };
    }
    // A title's tail is a prepositional phrase of names; a comma, verb or lower-case word ends it.
    if (!/^(?:\p{Lu}|on|for|of|and)/u.test(view.texts[t] ?? '')) return undefined;
  }
  return undefined;
}

/** Whether a mention holds an officer's title, or follows "<officer's title> of" ("the chairman of"). */
function isTitle(view: View, m: ActorMention): boolean {
  const officer = officerTitles();
  for (let t = m.tokens[0]; t < m.tokens[1]; t++) if (officer.has(view.words[t] ?? '')) return true;
  return view.words[m.tokens[0] - 1] === 'of' && officer.has(view.words[m.tokens[0] - 2] ?? '');
}
