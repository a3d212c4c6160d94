/**
 * "Israeli soldiers raided a refugee camp … the soldiers shot three youths in Gaza": a definite group or body
 * noun (`data/same-nouns.tsv`) the actors stage left without a country is the group named before with the same
 * head noun, or the body whose name ends in it ("the European Community" or "the EC" … "the community"). Asked
 * before the place, dateline and story-country fallbacks of `locate`, which gave the soldiers Gaza's country and
 * the EC's community the story's main one (#12). Only a mention coded by its own words (the actors layer, or a
 * discourse rule that resolved it) is an antecedent: the fallbacks' own answers are guesses and pass on nothing.
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import { nameHead } from './definite.js';
import { loadSameNouns } from './group-nouns.js';
import { headOf, type View } from './view.js';

/** Coded mentions by the head nouns they can be referred back to with, each list in text order. */
export type Antecedents = ReadonlyMap<string, readonly ActorMention[]>;

/**
 * Kinds that are never a group or body: a country or a place ("the city" after "Mexico City"). A person is
 * no antecedent by name, but may be by head word: the tagger reads "the Reagan administration" as a name.
 */
const NOT_GROUPS = new Set(['country', 'capital', 'place']);

/**
 * The coded mentions a later "the <noun>" may mean, by noun: their head word ("Israeli soldiers" → soldiers) and,
 * for a body the knowledge base names, its name's head ("EC" → European Community → community).
 */
export function antecedentsOf(view: View, mentions: readonly ActorMention[], nouns: ReadonlySet<string> = loadSameNouns()): Antecedents {
  const out = new Map<string, ActorMention[]>();
  const add = (noun: string | undefined, m: ActorMention): void => {
    if (!noun || !nouns.has(noun)) return;
    const list = out.get(noun) ?? [];
    if (list.at(-1) !== m) list.push(m);
    out.set(noun, list);
  };
  for (const m of [...mentions].sort((a, b) => a.tokens[0] - b.tokens[0])) {
    if (!m.code || m.members?.length || NOT_GROUPS.has(m.kind ?? '')) continue;
    add(view.words[headOf(view, m)], m);
    if (m.kind === 'org') add(nameHead(m.name), m);
  }
  return out;
}

/**
 * The country of "the <noun>" `m` from the nearest mention before it with that noun. Only a bare definite noun
 * ("the soldiers", not "the new government" nor "the government of Lebanon"), which names no other group.
 */
export function fromSameNoun(view: View, m: ActorMention, antecedents: Antecedents): Found | undefined {
  const head = headOf(view, m);
  const noun = view.words[head] ?? '';
  const list = antecedents.get(noun);
  if (!list || view.words[head - 1] !== 'the') return undefined;
  if (view.sents[head + 1] === view.sents[head] && view.words[head + 1] === 'of') return undefined;
  const ante = list.findLast((e) => e.tokens[1] <= m.tokens[0]);
  if (!ante?.code) return undefined;
  const text = view.texts.slice(ante.tokens[0], ante.tokens[1]).join(' ');
  return { code: ante.code, ...(ante.sector ? { sector: ante.sector } : {}), why: reason('discourse/same-noun', { noun, text, name: ante.name }) };
}
