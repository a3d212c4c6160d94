/**
 * The gender of the people an article names, so that "she" and "her" skip a man and "he" and
 * "his" a woman: a title or noun in or right before a mention ("Mr. Tedeschi", "Queen Elizabeth",
 * "spokeswoman …"), a noun in apposition ("Ahmed Mohamed, a 14-year-old boy"), else the given
 * name, by the table learned from news (`given-names.ts`). What one mention of a person says holds
 * for all of them; a person the article says both of stays unknown, and so does anyone else.
 */
import { assetPath, readDataText } from '../../core/assets.js';
import { DyadError } from '../../core/errors.js';
import type { ActorMention } from '../actors/types.js';
import { loadGivenNames, type Gender } from './given-names.js';
import { headOf, type View } from './view.js';

/** Parse `data/gender-words.tsv`: `word<TAB>m|f` lines. */
export function parseGenderWords(text: string, path = 'gender-words.tsv'): Map<string, Gender> {
  const out = new Map<string, Gender>();
  text.split('\n').forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [word, g, ...rest] = line.split('\t');
    if (!word || (g !== 'm' && g !== 'f') || rest.length) throw new DyadError('E170', { path, line: k + 1, problem: 'expected a lower-case word and m or f, tab-separated' });
    out.set(word, g);
  });
  return out;
}

let words: Map<string, Gender> | undefined;

function genderWords(): ReadonlyMap<string, Gender> {
  const path = assetPath('src', 'stages', 'discourse', 'data', 'gender-words.tsv');
  words ??= parseGenderWords(readDataText(path), path);
  return words;
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
export function gendersOf(view: View, mentions: readonly ActorMention[], table = genderWords(), names = loadGivenNames()): Map<string, Gender> {
  const said = new Map<string, Set<Gender>>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.members?.length) continue;
    const g = genderOfMention(view, m, table, names);
    if (g) said.set(m.actorId, (said.get(m.actorId) ?? new Set<Gender>()).add(g));
  }
  return new Map([...said].flatMap(([id, gs]) => (gs.size === 1 ? [[id, [...gs][0]] as const] : [])));
}
