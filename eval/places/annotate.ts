import type { Document } from '../../src/core/document.js';
import { createPipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { dates } from '../../src/stages/dates/index.js';
import type { Entity } from '../../src/stages/entities/types.js';
import { places } from '../../src/stages/places/index.js';
import { themes } from '../../src/stages/themes/index.js';

const base = createPipeline(defaultStages().filter((s) => !['places', 'dates', 'themes', 'entities'].includes(s.name)));
const withEntities = createPipeline([places(), dates(), themes()], [...base.produces, 'entities']);
const withNames = createPipeline([places({ mentions: 'names' })], base.produces);

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
