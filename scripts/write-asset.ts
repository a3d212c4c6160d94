/**
 * How the train and build scripts write what dyad loads: the payload behind an asset header that
 * names its kind, version, checksum and the data it came from (`src/core/assets.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { encodeAsset, type AssetKind } from '../src/core/assets.js';

/** The data each built asset comes from, as its header names it (details in the folder's SOURCE.md). */
export const SOURCES = {
  syntax: 'UD English EWT 2.x train (models/syntax/SOURCE.md)',
  entities: 'CoNLL-2003 English train relabelled to six types, gazetteers and news word classes (models/entities/SOURCE.md)',
  actors: 'Phoenix actor dictionaries, GeoNames, world-countries, i18n-iso-countries, dyad tables (models/actors/SOURCE.md)',
  events: 'PETRARCH2 CAMEO dictionary, CAMEO2PLOVER, GDELT Goldstein scale, dyad verbs and nouns (models/events/SOURCE.md)',
  places: 'GeoNames cities15000, admin1 codes and country info, world-countries, i18n-iso-countries (models/places/SOURCE.md)',
  themes: 'Phoenix issue dictionary of PETRARCH2 and dyad phoenix-to-plover.tsv (models/themes/SOURCE.md)',
  truecase: 'Reuters-21578, BBC politics, kremlin.ru, president.gov.ua and White House readouts, Wikinews (models/truecase/SOURCE.md)',
} as const;

/** Write `payload` as an asset of `kind` at `path`; returns the bytes written. */
export function writeAsset(path: string, kind: AssetKind<unknown>, source: string, payload: Buffer | string): Buffer {
  if (kind.version === null) throw new TypeError(`${kind.kind} is a hand-kept table, not a built asset`);
  const bytes = encodeAsset(kind.kind, kind.version, source, typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return bytes;
}
