/**
 * The events stage's trigger match for one verb of a hand-parsed sentence (rows as `parsedDoc`
 * takes them), with the shipped lexicon: the data files' tests check their rows through it.
 */
import { DEFAULT_LANGUAGE, languagePack } from '../../src/lang/pack.js';
import { loadLexicon } from '../../src/stages/events/lexicon.js';
import { buildTree } from '../../src/stages/events/tree.js';
import { matchVerb } from '../../src/stages/events/triggers.js';
import { parsedDoc } from './parsed-doc.js';

const lexicon = loadLexicon();

/** The match of the verb at sentence-local index `verb`; `actors` are the token indices that are actors, `sectors` their sectors. */
export function verbMatch(rows: string, verb: number, actors: readonly number[] = [], sectors: Readonly<Record<number, string>> = {}): ReturnType<typeof matchVerb> {
  return matchVerb(buildTree(parsedDoc([rows]), lexicon.forms), lexicon, languagePack(DEFAULT_LANGUAGE), verb, (t) => actors.includes(t), (t) => sectors[t]);
}
