/**
 * Shape of the compiled actor knowledge base (`models/actors/kb.bin`), written by
 * `npm run build:actors` and stored by `kb-format.ts` as pre-indexed tables. Indices instead of references.
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

/**
 * The compiled tables, made for a fast start: actors are packed strings decoded on first use
 * (see `packActor`), index lists with one entry are plain numbers.
 */
export interface CompiledKb {
  readonly version: 2;
  /** Packed actors; see `packActor`. */
  readonly actors: readonly string[];
  /** Name key (see `nameKey`) → actor index or indices. */
  readonly names: Readonly<Record<string, number | readonly number[]>>;
  /** Surname key → people, used for surname-only mentions. */
  readonly surnames: Readonly<Record<string, number | readonly number[]>>;
  /** Nationality adjective or demonym key ("russian", "russians") → country code. */
  readonly adjectives: Readonly<Record<string, string>>;
  /** Country code → index of the country actor. */
  readonly countries: Readonly<Record<string, number>>;
  /** Common noun key ("foreign minister", "rebels") → PLOVER sectors, primary first, comma-separated. */
  readonly agents: Readonly<Record<string, string>>;
  /** Country code → people holding its offices (office-holder list), for "the French leader". */
  readonly officeHolders: Readonly<Record<string, number | readonly number[]>>;
  /** First word of any name → the most words a name starting with it has: most tokens stop here. */
  readonly nameHeads: Readonly<Record<string, number>>;
  /** First word of any agent noun → the most words such a noun has. */
  readonly agentHeads: Readonly<Record<string, number>>;
}

const FIELD = '\t';
const PART = '|';

/** Pack an actor as `id⇥name⇥kind⇥role⇥role…`, each role `code|sector|sectors|from|to|office|leader|title`. */
export function packActor(actor: KbActor): string {
  const roles = actor.roles.map((r) => [r.code, r.sector ?? '', (r.sectors ?? []).join(','), r.from ?? '', r.to ?? '', r.office ?? '', r.leader ? '1' : '', r.title ?? ''].join(PART));
  return [actor.id, actor.name, actor.kind, ...roles].join(FIELD);
}

/** Inverse of `packActor`. */
export function unpackActor(packed: string): KbActor {
  const [id = '', name = '', kind = 'org', ...roles] = packed.split(FIELD);
  return {
    id, name, kind: kind as ActorKind,
    roles: roles.map((text) => {
      const [code = '', sector, sectors, from, to, office, leader, title] = text.split(PART);
      return {
        code,
        ...(sector ? { sector } : {}), ...(sectors ? { sectors: sectors.split(',') } : {}),
        ...(from ? { from } : {}), ...(to ? { to } : {}), ...(office ? { office } : {}),
        ...(leader ? { leader: true } : {}), ...(title ? { title } : {}),
      };
    }),
  };
}
