/**
 * Places stage: reads `entities` (GPE and LOC mentions) and, when present, the `dateline` and
 * `actors` layers; writes `places`, each mention resolved to a GeoNames place, a country or a
 * curated region, with ISO-3 country, first-level division, coordinates, kind, confidence and
 * the reason (`why`).
 *
 * Method: names are looked up by a folded key (case, diacritics, dots and "the" ignored) in the
 * gazetteer compiled by `npm run build:places` (`models/places/`: GeoNames cities ≥ 15,000
 * inhabitants with their Latin-script alternate and old names, first-level divisions, countries
 * with aliases) plus the hand-kept regions table (`data/regions.tsv`: Crimea, Donbas, the Sahel,
 * seas). Readings are ranked by kind (country name > curated region > city by population >
 * division), the countries of the article's other places, its dateline and its actors, and a
 * comma qualifier ("Paris, Texas"). Confidence is the margin over the best reading in another
 * country.
 *
 * Limits: only places of 15,000 inhabitants or more, no streets, buildings or villages; a name
 * the entity stage did not tag is not looked at; disputed territory follows the internationally
 * recognised border (Crimea → UKR).
 *
 * Eval (`npm run eval places`, see eval/RESULTS.md): seed article every place right;
 * Wikinews sample place-to-country accuracy in eval/RESULTS.md.
 */
import { defineStage } from '../../core/stage.js';
import '../tokens/types.js';
import { findPlaceNames } from './find-names.js';
import { findPlaces } from './find-places.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import './types.js';

export interface PlacesOptions {
  /** A gazetteer other than the shipped one (tests, custom builds). */
  readonly gazetteer?: Gazetteer;
  /**
   * Where mentions come from: GPE/LOC `entities` (the default), or `names`: capitalised token
   * sequences the gazetteer knows, for pipelines without an entity stage.
   */
  readonly mentions?: 'entities' | 'names';
}

/**
 * The places stage.
 * @example createPipeline([sentences(), tokens(), entities(), places()])
 */
export const places = (options: PlacesOptions = {}) =>
  defineStage({
    name: 'places',
    requires: options.mentions === 'names' ? ['tokens'] : ['entities'],
    run: (doc, ctx) => {
      const gazetteer = options.gazetteer ?? loadGazetteer();
      return findPlaces(doc, gazetteer, ctx, options.mentions === 'names' ? findPlaceNames(doc, gazetteer) : undefined);
    },
  });
