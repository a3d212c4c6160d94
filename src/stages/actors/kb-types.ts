/**
 * Shape of the compiled actor knowledge base (`models/actors/kb.json`), written by
 * `npm run build:actors` and read by the `actors` stage. Plain JSON: indices instead of references.
 */

/** What an actor is; decides how bare mentions of it are coded. */
export type ActorKind = 'country' | 'person' | 'org' | 'capital' | 'place';

/** One dated role of an actor: who it counts as between `from` and `to` (ISO dates, inclusive). */
export interface KbRole {
  /** ISO 3166 alpha-3 country (historical ones too), or IGO/NGO/MNC/IMG. */
  readonly code: string;
  /** PLOVER sector, or the organisation code (UNO, NATO, EU…) for IGO/NGO actors. */
  readonly sector?: string;
  /** Further PLOVER sectors describing the role (an IGO's function, a person's second hat). */
  readonly sectors?: readonly string[];
  /** Office as written for people, e.g. `President of France`. */
  readonly title?: string;
  /** Office kind from the maintained office-holder list (`president`, `foreign-minister`…). */
  readonly office?: string;
  /** Set when the office is the one whose holder is "the <nationality> leader". */
  readonly leader?: boolean;
  readonly from?: string;
  readonly to?: string;
}

export interface KbActor {
  /** Stable id: the ISO code for countries, a slug of the canonical name otherwise. */
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly roles: readonly KbRole[];
}

export interface CompiledKb {
  readonly version: 1;
  readonly actors: readonly KbActor[];
  /** Name key (see `nameKey`) → actor indices. */
  readonly names: Readonly<Record<string, readonly number[]>>;
  /** Surname key → indices of people, used for surname-only mentions. */
  readonly surnames: Readonly<Record<string, readonly number[]>>;
  /** Nationality adjective or demonym key ("russian", "russians") → country code. */
  readonly adjectives: Readonly<Record<string, string>>;
  /** Country code → index of the country actor. */
  readonly countries: Readonly<Record<string, number>>;
  /** Common noun key ("foreign minister", "rebels") → PLOVER sectors, primary first. */
  readonly agents: Readonly<Record<string, readonly string[]>>;
  /** Country code → indices of people holding its offices (office holders list), for "the French leader". */
  readonly officeHolders: Readonly<Record<string, readonly number[]>>;
}
