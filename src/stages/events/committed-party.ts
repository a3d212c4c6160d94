/**
 * "National Security Advisor Sullivan reiterated the U.S. ironclad commitment to the ROK", "reaffirmed
 * the United States' commitment to NATO": a commitment to a party is support for that party (SUPPORT,
 * CAMEO 051), as the commitment to its sovereignty or security already is (`verbs.txt`, REAFFIRM and
 * EXPRESS); PLOVER's SUPPORT is support for another actor, and the training gold codes these so. A
 * commitment to an act ("to continue supporting the Afghan security forces", "to strengthening our
 * partnership with ASEAN") or a thing ("to Article 5") keeps the pattern's intent to cooperate (AGREE,
 * CAMEO 030), as news-dev codes it. The nouns are `commitment-noun` in data/rule-words.tsv.
 */
import { reason, type Reason } from '../../lang/reason.js';
import { ruleWords } from './rule-words.js';
import { childrenBy, markerOf, type Tree } from './tree.js';
import type { TriggerMatch } from './triggers.js';

/** Nouns of a pledge whose "to" phrase names what is pledged. */
const COMMITMENT = ruleWords('commitment-noun');
/** The pattern's intent to cooperate, and praise or endorsement. */
const INTENT = '030';
const SUPPORT = '051';

/**
 * The match recoded as support for the party the commitment is to, with the reason; undefined when
 * the pattern's code stands. `isParty` says whether a token names a country or an organisation: a
 * sector noun ("to further opposition to the project") names a stance more often than a party.
 */
export function committedParty(tree: Tree, match: TriggerMatch, isParty: (token: number) => boolean): { match: TriggerMatch; reason: Reason } | undefined {
  if (match.code !== INTENT || match.kind !== 'pattern') return undefined;
  const noun = childrenBy(tree, match.token, 'obj').find((o) => COMMITMENT.has(tree.lemmas[o]));
  if (noun === undefined) return undefined;
  const party = childrenBy(tree, noun, 'nmod').find((m) => markerOf(tree, m) === 'to' && isParty(m));
  if (party === undefined) return undefined;
  return { match: { ...match, code: SUPPORT }, reason: reason('events/committed-party', { verb: tree.words[match.token], party: tree.words[party] }) };
}
