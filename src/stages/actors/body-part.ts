/**
 * Agent nouns that name a part of the body their "of" or "from" names ("a subcommittee of the Bundesbank"): they take
 * that body's sector, not the one news gives them alone (a subcommittee is mostly a legislature's, data/agents.tsv).
 */
import { assetPath, readDataLines } from '../../core/assets.js';

let partNouns: ReadonlySet<string> | undefined;
let partPrepositions: ReadonlySet<string> | undefined;

/** Whether an agent noun (its key) names a part of the body after its "of" (data/body-part-nouns.txt). */
export function isBodyPartNoun(key: string): boolean {
  partNouns ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'body-part-nouns.txt')));
  return partNouns.has(key);
}

/** Whether a preposition after a body-part noun names the body it is part of (data/body-part-prepositions.txt). */
export function isBodyPartPreposition(prep: string): boolean {
  partPrepositions ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'body-part-prepositions.txt')));
  return partPrepositions.has(prep);
}
