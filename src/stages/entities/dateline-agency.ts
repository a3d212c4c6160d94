import type { DocumentWith } from '../../core/stage.js';
import '../dateline/types.js';
import type { Entity } from './types.js';

/**
 * The agency a dateline names (`/TASS/.`, `(Reuters)`) is an organisation, whatever the model
 * makes of a lone capitalised word there: replace the model's entity on that span, or add one.
 */
export function markDatelineAgency(doc: DocumentWith<'tokens'>, found: Entity[]): Entity[] {
  const agency = doc.layers.dateline?.agencySpan;
  const { tokens } = doc.layers;
  if (!agency) return found;
  const first = tokens.findIndex((t) => t.start === agency.start);
  const last = tokens.findIndex((t) => t.end === agency.end);
  if (first < 0 || last < first) return found;
  const kept = found.filter((e) => e.end <= agency.start || e.start >= agency.end);
  const org: Entity = { start: agency.start, end: agency.end, type: 'ORG', tokens: [first, last + 1], confidence: 1 };
  return [...kept, org].sort((a, b) => a.start - b.start);
}
