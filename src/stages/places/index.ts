/**
 * Places stage: reads `entities` (GPE and LOC mentions, and ORG/MISC ones that are exactly a
 * country's name, such as "US" in "US President") and, when present, the `dateline` and
 * `actors` layers; writes `places`, each mention resolved to a GeoNames place, a country or a
 * curated region, with ISO-3 country, first-level division, coordinates, kind, confidence and
 * the reason (`why`).
 *
 * Method: names are looked up by a folded key (case, diacritics, dots and "the" ignored) in the
 * gazetteer compiled by `npm run build:places` (`models/places/gazetteer.tsv`: GeoNames cities ≥ 15,000
 * inhabitants with their Latin-script alternate and old names, first-level divisions, countries
 * with aliases) plus the hand-kept regions table (`data/regions.tsv`: Crimea, Donbas, the Sahel,
 * seas). Readings are ranked by kind (country name > curated region > city by population >
 * division, alternate spellings yielding to places whose own name it is), the countries of the
 * article's other places, its dateline and its actors, the places listed with it ("New South
 * Wales, Victoria and Queensland"), and a comma qualifier ("Paris, Texas"). Confidence is the
 * margin over the best reading in another country. Without an entity stage, `mentions: 'names'`
 * finds capitalised token sequences the gazetteer knows. `resolvePlace` (resolve.ts) resolves a
 * free name; `locateEvent` (locate-event.ts) picks an event's place for the events stage.
 *
 * Limits: only places of 15,000 inhabitants or more, no streets, buildings or villages; a name
 * the entity stage did not tag is not looked at; disputed territory follows the internationally
 * recognised border (Crimea → UKR).
 *
 * Eval (`npm run eval places`, eval/RESULTS.md): seed article 10/10 places to the right country,
 * 5/5 cities within 25 km; Wikinews sample (hand gold, a development set) 98.5% of 266 mentions
 * to the right country on gold mentions, 85.3% end to end after the entity recogniser.
 * Speed (`npm run bench places`): the gazetteer (sorted TSV, binary search) loads in about
 * 100–300 ms depending on machine load, +15 MB heap.
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
export const places = (options: PlacesOptions = {}) => {
  const gazetteer = () => options.gazetteer ?? loadGazetteer();
  const common = { name: 'places', assigns: ['places'], optional: ['dateline', 'actors', 'tokens', 'pos'] } as const;
  return options.mentions === 'names'
    ? defineStage({ ...common, requires: ['tokens'], run: (doc, ctx) => findPlaces(doc, gazetteer(), ctx, findPlaceNames(doc, gazetteer())) })
    : defineStage({ ...common, requires: ['entities'], run: (doc, ctx) => findPlaces(doc, gazetteer(), ctx) });
};
