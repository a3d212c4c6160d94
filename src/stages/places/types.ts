import type { Span } from '../../core/span.js';
import type { Reason } from '../../lang/reason.js';

export const PLACE_KINDS = ['country', 'capital', 'city', 'region', 'water', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** What a place name resolves to, before it is tied to a mention. */
export interface PlaceResolution {
  /** Canonical name (GeoNames name, or the country's short name): `Kyiv` for "Kiev". */
  readonly name: string;
  /** GeoNames id; absent for curated regions and seas, which GeoNames' city table lacks. */
  readonly geonameid?: number;
  /** ISO 3166 alpha-3 country; absent for regions spanning several countries (the Sahel). */
  readonly country?: string;
  /** Countries a multinational region spans, when known. */
  readonly countries?: readonly string[];
  /** First-level division name (`Luhansk`), for cities and divisions. */
  readonly admin1?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly kind: PlaceKind;
  /** How sure the resolution is, in [0, 1]: high for unique names, lower when close rivals exist. */
  readonly confidence: number;
  /** Why this place, machine-readable (rule id + fields): the winner's points, then the runner-up it beat. */
  readonly reasons: readonly Reason[];
  /** `reasons` rendered as a short sentence for a user. */
  readonly why: string;
}

/** A place mention in the text (a GPE/LOC entity or the dateline place) and its resolution. */
export interface Place extends Span, PlaceResolution {
  /** `dateline` for the dateline place; absent for mentions in the running text. */
  readonly role?: 'dateline';
}

declare module '../../core/layers.js' {
  interface Layers {
    places: Place[];
  }
}
