import type { Document } from '../../src/core/document.js';
import { pipelineFromSpec } from '../../src/core/spec.js';
import { defaultPipeline } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import type { Entity } from '../../src/stages/entities/types.js';

/** The foundation: the default stages tokens need (reading, dateline, sentences, tokens). */
const base = defaultPipeline({ layers: ['tokens'] });
const withEntities = pipelineFromSpec({ stages: ['places', 'dates', 'themes'] }, { provided: [...base.produces, 'entities'] });
const withNames = pipelineFromSpec({ stages: [{ kind: 'places', options: { mentions: 'names' } }] }, { provided: base.produces });
const withRecogniser = pipelineFromSpec({ stages: ['entities', 'places'] }, { provided: base.produces });

/** Read every article of a file with dyad's own readers. */
export async function readArticles(path: string): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const result of readInputs([path])) if (result.ok) docs.push(result.doc);
  return docs;
}

/**
 * Run the foundation stages, then places (on the given gold mentions, as GPE entities), dates and
 * themes: geocoding is scored on the right mentions, apart from entity recognition.
 */
export function annotateWithMentions(doc: Document, mentions: readonly { start: number; end: number }[]): Document {
  const read = base.run(doc);
  const entities: Entity[] = mentions.map((m) => ({ start: m.start, end: m.end, type: 'GPE', tokens: [0, 0], confidence: 1 }));
  return withEntities.run({ ...read, layers: { ...read.layers, entities } });
}

/** Run the foundation stages, then places on names found by gazetteer lookup (no entity stage). */
export function annotateWithNames(doc: Document): Document {
  return withNames.run(base.run(doc));
}

/** Run the foundation stages, the entity recogniser and places: the whole path a user gets. */
export function annotateWithRecogniser(doc: Document): Document {
  return withRecogniser.run(base.run(doc));
}
