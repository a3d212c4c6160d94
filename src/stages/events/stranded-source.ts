/**
 * ", Finance Minister Barend du Plessis said.": closing a report with its source, the wire often leaves the parser
 * hanging the source's words inside the report ("Barend" and "Plessis" obliques of "reached") and the verb of saying
 * with no subject, so the report had no coded speaker (#12: 43 of the training gold's statement misses with no coded
 * speaker had no subject on the verb, session 55). The words between the comma that closes the report and the verb
 * are then its source.
 */
import type { Tree } from './tree.js';

/** The parts of speech a noun phrase naming a source is made of ("the Soviet foreign ministry", "union leader Raymond Lacombe"). */
const SOURCE_UPOS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'PART', 'NUM', 'CCONJ']);
/** The longest source read, in tokens: a longer stretch is no name set off before its verb. */
const MAX_SOURCE = 12;
/** Relations by which the report hangs on its verb of saying. */
const REPORT_RELS = new Set(['ccomp', 'parataxis']);

/**
 * The tokens [first, end) of the source between the comma that closes `said`'s report and `said`, when `said` has a
 * report before that comma and nothing but a noun phrase's words stands between; undefined otherwise.
 */
export function strandedSourceOf(tree: Tree, said: number): readonly [number, number] | undefined {
  for (let t = said - 1; t >= 0 && said - t <= MAX_SOURCE; t--) {
    if (tree.words[t] === ',') {
      const reported = tree.children[said].some((c) => c < t && REPORT_RELS.has(tree.deps[c].deprel));
      return reported && t + 1 < said ? [t + 1, said] : undefined;
    }
    if (!SOURCE_UPOS.has(tree.pos[t]?.upos ?? '')) return undefined;
  }
  return undefined;
}
