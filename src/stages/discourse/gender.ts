/**
 * The gender of the people an article names, so that "she" and "her" skip a man and "he" and
 * "his" a woman: a title or noun in or right before a mention ("Mr. Tedeschi", "Queen Elizabeth",
 * "spokeswoman …"), a noun in apposition ("Ahmed Mohamed, a 14-year-old boy"), else the given
 * name, by the table learned from news (`given-names.ts`); both tables are `src/lang/gender.ts`'s.
 * What one mention of a person says holds for all of them; a person the article says both of stays unknown, and so does anyone else.
 */
import { genderWords, givenNames, type Gender } from '../../lang/gender.js';
import type { ActorMention } from '../actors/types.js';
import { headOf, type View } from './view.js';

/** Titles, ranks and nouns: the words in, before or in apposition to a mention that say its person's gender. */
function mentionWords(): ReadonlyMap<string, Gender> {
  const { title, rank, noun } = genderWords();
  return new Map([...title, ...rank, ...noun]);
}

/** What one mention says of its person's gender. */
function genderOfMention(view: View, m: ActorMention, table: ReadonlyMap<string, Gender>, names: ReadonlyMap<string, Gender>): Gender | undefined {
  const word = (t: number) => (view.words[t] ?? '').replace(/\.$/, '');
  const said = new Set<Gender>();
  const note = (t: number): void => { const g = table.get(word(t)); if (g) said.add(g); };
  for (let t = m.tokens[0]; t < m.tokens[1]; t++) note(t);
  const before = m.tokens[0] - 1;
  if (before >= 0 && view.sents[before] === view.sents[m.tokens[0]] && !view.mentionAt[before]) note(before);
  const head = headOf(view, m);
  const sent = view.sents[head];
  for (let t = m.tokens[1]; t < view.words.length && view.sents[t] === sent && t < m.tokens[1] + 12; t++) {
    if (view.deps[t]?.head === head && view.deps[t]?.deprel === 'appos') note(t);
  }
  if (said.size === 1) return [...said][0];
  if (said.size > 1) return undefined;
  const [given, ...rest] = m.name.toLowerCase().split(/\s+/);
  return rest.length && given ? names.get(given) : undefined;
}

/** Actor id → gender, for the people of the article whose mentions agree on one. */
export function gendersOf(view: View, mentions: readonly ActorMention[], table = mentionWords(), names = givenNames()): Map<string, Gender> {
  const said = new Map<string, Set<Gender>>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.members?.length) continue;
    const g = genderOfMention(view, m, table, names);
    if (g) said.set(m.actorId, (said.get(m.actorId) ?? new Set<Gender>()).add(g));
  }
  return new Map([...said].flatMap(([id, gs]) => (gs.size === 1 ? [[id, [...gs][0]] as const] : [])));
}
