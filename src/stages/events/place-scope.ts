import type { Document } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import type { CodedEvent } from './types.js';

/** Relations that open a clause of their own below the trigger: a place there locates that clause's act. */
const CLAUSE_RELATIONS = new Set(['acl', 'acl:relcl', 'advcl', 'ccomp', 'xcomp', 'csubj', 'parataxis']);

/**
 * Whether `place` sits in a clause below the event's trigger rather than in the trigger's own
 * phrase: "thanked Peru for its support … to call for the return to democracy in Venezuela",
 * "thanked Canada for its partnership as we address … challenges, including in Haiti". Venezuela
 * and Haiti are where the nested acts happen, not where the thanks were given. A place on the
 * trigger's own phrases ("met … at the APEC week in Lima", "held talks in Paris") is not below
 * another clause. When the trigger is not above the place the parse says nothing, and this is false.
 */
export function placeInNestedClause(doc: Document, event: CodedEvent, place: Span): boolean {
  const { tokens, deps, pos } = doc.layers;
  if (!tokens || !deps || !pos) return false;
  const trigger = event.trigger.tokens[0];
  const first = tokens.findIndex((t) => t.start >= place.start);
  if (first < 0) return false;
  let nested = false;
  for (let v = deps[first]?.head ?? -1, hops = 0; v >= 0 && hops < 50; v = deps[v].head, hops++) {
    if (v === trigger) return nested;
    if (tokens[v].end <= place.end && tokens[v].start >= place.start) continue;
    if (pos[v]?.upos === 'VERB' || CLAUSE_RELATIONS.has(deps[v].deprel)) nested = true;
  }
  return false;
}
