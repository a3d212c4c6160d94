/**
 * "Israeli soldiers raided a refugee camp … the soldiers shot three youths in Gaza": a definite group or body
 * noun (`data/same-nouns.tsv`) the actors stage left without a country is the group named before with the same
 * head noun, or the body whose name ends in it ("the European Community" or "the EC" … "the community"). Asked
 * before the place, dateline and story-country fallbacks of `locate`, which gave the soldiers Gaza's country and
 * the EC's community the story's main one (#12). Only a mention coded by its own words (the actors layer, or a
 * discourse rule that resolved it) is an antecedent: the fallbacks' own answers are guesses and pass on nothing.
 * Only the nearest use of the noun, a few sentences back and in the same scene, counts (`fromSameNoun`).
 *
 * Beside `actors/body-plural.ts`, which keeps a national group's plural role noun as it was ("ministers" after
 * "West German ministers"): a council story's "ministers" are every member's, so only a body's carry on. The nouns
 * here are one force or body acting as one ("the soldiers", "the committee"), not people of many states, and the
 * actors stage reads them, with no country, as a sector alone: only here, after the whole article's actors are
 * merged, is the earlier group known. `actors/refers-back` is the singular-noun route within the actors stage.
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import type { Found } from './context.js';
import { REACH, elsewhere, followedGenerically, nameHead, placeCode, usedBetween } from './definite.js';
import { loadSameNouns, loadSameNounWords } from './group-nouns.js';
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
 * The country of "the <noun>" `m` from the nearest mention before it with that noun, within `REACH` sentences. Only
 * a definite noun ("the soldiers", "the two soldiers", "the same troops", "those troops"; `data/same-noun-words.tsv`)
 * that names no other group ("the new government", "the government of Lebanon", "the community at large"). Nothing
 * when a nearer use of the noun is not that mention ("In Mali, soldiers clashed …"), nor when a sentence since
 * opens in another country's place ("In Yemen, the rebels …"): the place of the sentence says whose they are.
 * `countryAt` gives the country a token's place names.
 */
export function fromSameNoun(view: View, m: ActorMention, antecedents: Antecedents, countryAt: (t: number) => string | undefined = () => undefined): Found | undefined {
  const head = headOf(view, m);
  const noun = view.words[head] ?? '';
  const list = antecedents.get(noun);
  if (!list || !isDefinite(view, head)) return undefined;
  if (view.sents[head + 1] === view.sents[head] && followedGenerically(view, head)) return undefined;
  const sent = view.sents[head] ?? 0;
  const ante = list.findLast((e) => e.tokens[1] <= m.tokens[0]);
  if (!ante?.code || (view.sents[ante.tokens[0]] ?? 0) < sent - REACH) return undefined;
  if (usedBetween(view, noun, ante.tokens[1], m.tokens[0]) || elsewhere(view, ante, sent, countryAt)) return undefined;
  const text = view.texts.slice(ante.tokens[0], ante.tokens[1]).join(' ');
  return { code: ante.code, ...(ante.sector ? { sector: ante.sector } : {}), why: reason('discourse/same-noun', { noun, text, name: ante.name }) };
}

/** The noun at `head` follows a listed determiner, past numbers ("the two soldiers") and listed modifiers ("the same"). */
function isDefinite(view: View, head: number): boolean {
  const { determiner, modifier } = loadSameNounWords();
  let k = head - 1;
  while (k >= 0 && view.sents[k] === view.sents[head] && (view.deps[k]?.deprel === 'nummod' || modifier.has(view.words[k] ?? ''))) k--;
  return view.sents[k] === view.sents[head] && determiner.has(view.words[k] ?? '');
}

/**
 * The country of the place or place-like mention at token `t` of `view`: `byToken`'s countries, capitals and places,
 * else a place of its sentence in `places` (by sentence) that starts there.
 */
export function placeCountries(view: View, byToken: readonly (ActorMention | undefined)[], places: ReadonlyMap<number, readonly { readonly code: string; readonly token: number }[]>): (t: number) => string | undefined {
  return (t) => placeCode(byToken[t]) ?? places.get(view.sents[t] ?? -1)?.find((p) => p.token === t)?.code;
}
