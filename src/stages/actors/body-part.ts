/**
 * Agent nouns that name a part of the body their "of" names ("a subcommittee of the Bundesbank"): they take that
 * body's sector, not the one news gives them alone (a subcommittee is mostly a legislature's, data/agents.tsv).
 */
import { assetPath, readDataLines } from '../../core/assets.js';

let partNouns: ReadonlySet<string> | undefined;

/** Whether an agent noun (its key) names a part of the body after its "of" (data/body-part-nouns.txt). */
export function isBodyPartNoun(key: string): boolean {
  partNouns ??= new Set(readDataLines(assetPath('src', 'stages', 'actors', 'data', 'body-part-nouns.txt')));
  return partNouns.has(key);
}
