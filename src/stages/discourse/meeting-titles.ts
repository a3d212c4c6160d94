/**
 * "The heads of state exchanged greetings", "The national security advisors discussed …": a plural
 * title that names no country, counts no one and has no "of" phrase, as a clause's subject after the
 * meeting sentence, names the meeting's participants, as "the leaders" and "the interlocutors" do
 * (`refer.ts`). The titles are listed in `data/meeting-titles.tsv`. Without a meeting the mention stays
 * unresolved, as before; with a count ("the three advisors") the count decides.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import type { ActorMention } from '../actors/types.js';
import { parsePluralNouns } from './plural-nouns.js';
import { headOf, isSubject, type View } from './view.js';

let loaded: ReadonlySet<string> | undefined;

/** The plural title heads shipped with dyad, read once. */
export function loadMeetingTitles(path?: string): ReadonlySet<string> {
  // Asked for on every document or token: the path is made once, with the list (#13).
  if (loaded) return loaded;
  path ??= assetPath('src', 'stages', 'discourse', 'data', 'meeting-titles.tsv');
  loaded = parsePluralNouns(readDataText(path), path);
  return loaded;
}

/** The words of "heads of state" and "heads of government" after their head. */
const HEADS_OF = new Set(['state', 'government']);
/** Words that count or pick some of the titled ("the two officials", "the other ministers"): not all the participants. */
const SOME = new Set(['two', 'three', 'four', 'five', 'six', 'both', 'other', 'several', 'some', 'many', 'few', 'all', 'former']);

/**
 * Whether a mention of no country is a plural title of the meeting's participants: "the" and
 * lower-case title words ending in a listed plural ("The national security advisors", "The Vice
 * Presidents", "The heads of state"), the subject of its clause, with no "of"/"from" after it.
 */
export function isMeetingTitle(view: View, m: ActorMention, titles: ReadonlySet<string> = loadMeetingTitles()): boolean {
  if (m.code || m.members?.length) return false;
  const [first, last] = m.tokens;
  const words = view.words.slice(first, last);
  if (words[0] !== 'the' || words.length < 2 || !words.slice(1).every((w) => /^[a-z-]+$/.test(w) && !SOME.has(w))) return false;
  // "heads of state": the head noun stands before its "of" phrase.
  const head = words.length >= 4 && words.at(-2) === 'of' && HEADS_OF.has(words.at(-1) ?? '') ? words.at(-3) : words.at(-1);
  const next = view.words[last] ?? '';
  return !!head && titles.has(head) && next !== 'of' && next !== 'from' && isSubject(view, headOf(view, m));
}
