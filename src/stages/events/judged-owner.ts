/**
 * Whose a judged thing is, by the word before its noun: "the U.S. opposes Soviet membership of the World Bank" (the
 * Soviet Union's, not the Bank's), "blamed an inflexible U.S. position for the failure of … International Coffee
 * Organisation talks" (the United States'), "agreed to a South Korean proposal for talks between the prime ministers"
 * (South Korea's). Endorsing, rejecting or blaming a proposal, a position or a membership is addressed to whoever holds
 * it, and the name or nationality adjective on the noun says who that is; the phrases after the noun (its "of", "for"
 * and "between" phrases) say what it is about (#12: training gold "recipient other" and "recipient missing", the
 * recipient a deeper mention of the object or none). The tagger makes the name a compound and the adjective an
 * adjective or a compound; a two-word adjective ("South Korean", "West German") is a compound of its second word.
 */
import { adjectiveParties, namesAThing, type ActorIndex } from './participants.js';
import { childrenBy, type Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/**
 * The parties the compound or adjective modifiers of `noun` name, the first modifier that names one: an actor's
 * mention ("U.S."), else the country of a two-word nationality adjective ("South Korean"), else the countries of a
 * nationality adjective and those coordinated with it ("the Chinese and Indian positions").
 */
export function modifierOwner(tree: Tree, actors: ActorIndex, noun: number, countryOf: (adjective: string) => string | undefined): EventParticipant[] {
  for (const mod of childrenBy(tree, noun, 'compound', 'amod')) {
    const m = actors.at(mod);
    if (m) {
      if (m.code && !namesAThing(tree, actors, m)) return actors.expand(m);
      continue;
    }
    const first = childrenBy(tree, mod, 'compound', 'amod').find((c) => c === mod - 1);
    const pair = first === undefined ? undefined : `${tree.words[first]} ${tree.words[mod]}`;
    const code = pair === undefined ? undefined : countryOf(pair);
    if (first !== undefined && code) {
      const at = { start: tree.tokens[first].start, end: tree.tokens[mod].end };
      return [{ ...at, tokens: [first, mod + 1], actorId: `nationality:${code}`, name: `${pair} (${tree.words[noun]})`, code }];
    }
    const found = adjectiveParties(tree, mod, noun, countryOf);
    if (found.length) return found;
  }
  return [];
}
