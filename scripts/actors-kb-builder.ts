/**
 * Accumulates actors, names, adjectives and agent nouns from the knowledge-base sources and
 * writes the compiled lookup tables (`CompiledKb`). Build-time only.
 */
import type { HistoricalState, Metonym, OfficeHolder, Organisation } from '../src/stages/actors/kb-data.js';
import { packActor, type ActorKind, type CompiledKb, type KbRole } from '../src/stages/actors/kb-types.js';
import { nameKey } from '../src/stages/actors/name-key.js';
import type { PhoenixRecord } from '../src/stages/actors/phoenix-format.js';

/**
 * CAMEO/Phoenix codes that differ from the ISO 3166 (or PLOVER) code of the same state. Kosovo is XKX, the code
 * GeoNames, the places stage and the event gold use ("Kosovo is XKX (KSV accepted)", train-gold README), not CAMEO's KOS.
 */
const ISO_OF_CAMEO: Record<string, string> = { USR: 'SUN', TMP: 'TLS', KSV: 'XKX', UNK: 'XKX', KOS: 'XKX', FRY: 'YUG', ROM: 'ROU', ANG: 'AGO' };

/** CAMEO agent codes → PLOVER sectors (PLOVER renamed media to JRN and health to MED). */
const PLOVER_OF_CAMEO: Record<string, string | null> = {
  GOV: 'GOV', MIL: 'MIL', REB: 'REB', OPP: 'OPP', LEG: 'LEG', JUD: 'JUD', COP: 'COP', SPY: 'SPY', PTY: 'PTY',
  CVL: 'CVL', BUS: 'BUS', EDU: 'EDU', ELI: 'ELI', LAB: 'LAB', AGR: 'AGR', CRM: 'CRM', REF: 'REF', UAF: 'UAF',
  PRM: 'PRM', MED: 'JRN', HLH: 'MED', INS: 'REB', SEP: 'REB', REL: 'REL', MUS: 'REL', CHR: 'REL', JEW: 'REL',
  BUD: 'REL', HIN: 'REL', SIK: 'REL', CTH: 'REL', PRO: 'REL', MOS: 'REL', HRI: 'SOC', ENV: 'SOC', NGO: 'SOC',
  PPL: 'CVL', SET: 'CVL', MNC: 'BUS', RAD: null, DEV: null, KID: null, SOC: 'SOC', IMG: 'REB',
};

/** Phoenix organisation codes → the organisation codes dyad uses in the sector field. */
const ORG_OF_PHOENIX: Record<string, string> = { NAT: 'NATO', EEC: 'EU', AFU: 'AU', ARL: 'ARL', OPC: 'OPEC' };
const REGIONS = new Set(['WST', 'EUR', 'AFR', 'ASA', 'ARB', 'WAF', 'EAF', 'SAF', 'NAF', 'CAF', 'EEU', 'LAM', 'MEA', 'CAS', 'SAS', 'SEA', 'NAM', 'CRB', 'BLK', 'BFR', 'PGS', 'SCN', 'CFR', 'NMR']);
/** States that were part of a union which ended: roles that ended before it belong to the union. */
const UNIONS: { members: Set<string>; code: string; end: string }[] = [
  { members: new Set(['RUS', 'UKR', 'BLR', 'KAZ', 'UZB', 'TKM', 'KGZ', 'TJK', 'ARM', 'AZE', 'GEO', 'MDA', 'LTU', 'LVA', 'EST']), code: 'SUN', end: '1991-12-26' },
  { members: new Set(['CZE', 'SVK']), code: 'CSK', end: '1992-12-31' },
];
/** The Phoenix dictionaries end here: their open-ended roles are not evidence of office after it. */
const PHOENIX_END = '2015-12-31';
const TRANSNATIONAL = new Set(['IGO', 'NGO', 'MNC', 'IMG', 'ISM']);
const PARTICLES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'de', 'da', 'von', 'van', 'der', 'al', 'el', 'bin', 'ibn', 'la', 'le']);

/**
 * The sector of an office on dyad's office-holder list: a state's office is its government's (GOV); an office named
 * `opposition-…` (a leader or spokesman of a party out of government) is the opposition's (OPP), as the training
 * gold codes "Michael Howard said …" in the BBC politics stories (session 47, ev-speaker).
 */
function sectorOfOffice(office: string): string {
  return office.startsWith('opposition-') ? 'OPP' : 'GOV';
}

function slug(text: string): string {
  return nameKey(text).replace(/[^a-z0-9 ]/g, '').trim().replace(/ /g, '-');
}

/** Roman numerals of regnal names: "Abdullah II", "Carl XVI Gustaf" (see #16: "Abdullah Ii"). */
const REGNAL = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/**
 * `ABDULLAH II` → `Abdullah II`, `BRENDAN O'CONNOR` → `Brendan O'Connor`. A numeral never opens a
 * name; one of one letter, or `IV` (the Khmer name Iv), counts only as the last word; `XI` is the
 * Chinese surname Xi far more often than a regnal number.
 */
export function titleCase(text: string): string {
  const words = text.toLowerCase().split(/(?<=[\s-])/);
  return words
    .map((word, i) => {
      const bare = word.trim().replace(/[,.]$/, '');
      const last = i === words.length - 1;
      if (i > 0 && bare && bare !== 'xi' && REGNAL.test(bare) && (last || (bare.length > 1 && bare !== 'iv'))) return word.replace(bare, bare.toUpperCase());
      return word.replace(/^([od]')([a-z])/, (_, pre: string, c: string) => pre + c.toUpperCase()).replace(/^([a-z])/, (c) => c.toUpperCase());
    })
    .join('');
}

/** First word → the most words among keys starting with it (capped at 8). */
function heads(keys: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of keys) {
    const words = key.split(' ');
    const first = words[0] ?? '';
    out[first] = Math.min(8, Math.max(out[first] ?? 0, words.length));
  }
  return out;
}

/** Every spelling of a name's words but the one written: each word as written or as one of its other spellings. */
function respellings(words: readonly string[], others: ReadonlyMap<string, readonly string[]>): string[] {
  let forms = [''];
  for (const word of words) {
    const choices = [word, ...(others.get(word) ?? [])];
    forms = forms.flatMap((form) => choices.map((c) => (form ? `${form} ${c}` : c)));
  }
  return forms.slice(1);
}

export class KbBuilder {
  private readonly actors: { id: string; name: string; kind: ActorKind; roles: KbRole[] }[] = [];
  private readonly ids = new Set<string>();
  private readonly names = new Map<string, number[]>();
  private readonly surnames = new Map<string, number[]>();
  private readonly adjectives = new Map<string, string>();
  private readonly countries = new Map<string, number>();
  private readonly countryNames = new Map<string, string>();
  private readonly agents = new Map<string, string[]>();
  private readonly officeHolders = new Map<string, number[]>();
  private readonly places = new Map<string, number>();
  private readonly capitals = new Map<string, number>();

  isoCode(code: string): string {
    return ISO_OF_CAMEO[code] ?? code;
  }

  private newActor(base: string, name: string, kind: ActorKind, roles: KbRole[]): number {
    let id = base || 'actor';
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    this.actors.push({ id, name, kind, roles });
    return this.actors.length - 1;
  }

  /** Map a name to an actor; `override` makes it the only actor of that name (dyad's files win). */
  private addName(text: string, index: number, override = false): void {
    const key = nameKey(text);
    if (key.length < 2) return;
    const list = this.names.get(key);
    if (override || !list) this.names.set(key, [index]);
    else if (!list.includes(index)) list.push(index);
  }

  private addSurname(fullName: string, index: number): void {
    const words = nameKey(fullName).split(' ').filter((w) => !PARTICLES.has(w));
    const last = words.at(-1);
    if (words.length < 2 || !last || last.length < 3) return;
    this.indexSurname(last, index);
  }

  /** "Xi Jinping": the family name comes first, and may have two letters. */
  private addFamilyNameFirst(fullName: string, index: number): void {
    const words = nameKey(fullName).split(' ');
    const first = words[0];
    if (words.length < 2 || !first || first.length < 2) return;
    this.indexSurname(first, index);
  }

  private indexSurname(last: string, index: number): void {
    const list = this.surnames.get(last) ?? [];
    if (!list.includes(index)) list.push(index);
    this.surnames.set(last, list);
  }

  addCountry(code: string, name: string): void {
    if (!this.countries.has(code)) {
      this.countries.set(code, this.newActor(code, name, 'country', [{ code }]));
      this.countryNames.set(code, name);
    }
    this.addName(name, this.countries.get(code) ?? -1);
  }

  addCountryName(code: string, name: string): void {
    const index = this.countries.get(code);
    if (index !== undefined) this.addName(name, index);
  }

  /** A nationality adjective or demonym, with its plural ("Russian", "Russians"). */
  addAdjective(code: string, adjective: string): void {
    const key = nameKey(adjective);
    const forms = /(ese|ss|sh|ch|s)$/.test(key) ? [key] : [key, key + 's'];
    for (const form of forms) if (!this.adjectives.has(form)) this.adjectives.set(form, code);
  }

  addCapital(code: string, name: string, aliases: readonly string[]): void {
    let index = this.capitals.get(nameKey(name));
    if (index === undefined) {
      index = this.newActor(`capital-${slug(name)}`, name, 'capital', []);
      this.capitals.set(nameKey(name), index);
    }
    const roles = this.actors[index]?.roles;
    if (roles && !roles.some((r) => r.code === code)) roles.push({ code, sector: 'GOV' });
    for (const alias of [name, ...aliases]) if (!this.countryNameKeys().has(nameKey(alias))) this.addName(alias, index, true);
  }

  private countryKeys?: Set<string>;
  private countryNameKeys(): Set<string> {
    this.countryKeys ??= new Set([...this.names.entries()].filter(([, l]) => l.some((i) => this.actors[i]?.kind === 'country')).map(([k]) => k));
    return this.countryKeys;
  }

  addHistoricalState(state: HistoricalState): void {
    const index = this.newActor(state.code, state.name, 'country', [{ code: state.code, from: state.from, to: state.to }]);
    this.countries.set(state.code, index);
    this.countryNames.set(state.code, state.name);
    for (const name of [state.name, ...state.aliases]) this.addName(name, index, true);
    for (const adjective of state.adjectives) this.adjectives.set(nameKey(adjective), state.code);
    if (!state.capital) return;
    // The capital stood for this state's government during its lifetime: date its role.
    const capital = this.capitals.get(nameKey(state.capital));
    if (capital === undefined) this.addCapital(state.code, state.capital, []);
    const roles = this.actors[this.capitals.get(nameKey(state.capital)) ?? -1]?.roles;
    if (!roles) return;
    const existing = roles.findIndex((r) => r.code === state.code);
    const dated: KbRole = { code: state.code, sector: 'GOV', from: state.from, to: state.to };
    if (existing >= 0) roles[existing] = dated;
    else roles.push(dated);
  }

  /** Parse a Phoenix code such as `RUSGOV`, `SUNRUSLEG`, `IGOUNOREFHCR` into a role. */
  roleOfCode(raw: string): KbRole | undefined {
    const chunks = raw.match(/.{3}/g) ?? [];
    const first = chunks[0];
    if (!first || first === '---') return undefined;
    const code = this.isoCode(first);
    if (!TRANSNATIONAL.has(code) && !this.countries.has(code)) return undefined;
    if (code === 'MNC') return this.companyRole(chunks.slice(1));
    const sectors: string[] = [];
    let org: string | undefined;
    for (const chunk of chunks.slice(1)) {
      const sector = PLOVER_OF_CAMEO[chunk];
      if (sector !== undefined) {
        if (sector && !sectors.includes(sector)) sectors.push(sector);
      } else if (TRANSNATIONAL.has(code) && !REGIONS.has(chunk) && !this.countries.has(chunk) && !org) {
        org = ORG_OF_PHOENIX[chunk] ?? chunk;
      }
    }
    if (TRANSNATIONAL.has(code)) return { code, ...(org ? { sector: org } : {}), ...(sectors.length ? { sectors } : {}) };
    const [sector, ...rest] = sectors;
    return { code, ...(sector ? { sector } : {}), ...(rest.length ? { sectors: rest } : {}) };
  }

  /**
   * `MNCBRA` (Petrobras), `MNCUSAMED`: a company with a home country is that country's business
   * sector, as PLOVER and the news-dev gold code it (BRABUS), and a media company its press (JRN);
   * only a company with no home country keeps the transnational code MNC.
   */
  private companyRole(chunks: readonly string[]): KbRole {
    const home = chunks.map((c) => this.isoCode(c)).find((c) => this.countries.has(c));
    const functions = chunks.map((c) => PLOVER_OF_CAMEO[c]).filter((s): s is string => !!s && s !== 'BUS');
    if (!home) return { code: 'MNC', ...(functions.length ? { sectors: functions } : {}) };
    const [sector, ...rest] = functions.includes('JRN') ? ['JRN', 'BUS', ...functions.filter((s) => s !== 'JRN')] : ['BUS', ...functions];
    return { code: home, sector: sector ?? 'BUS', ...(rest.length ? { sectors: rest } : {}) };
  }

  /**
   * Sectors of an agents-file code. Non-governmental and human-rights groups get the marker `NGO`
   * first: without a nationality they are coded NGO (PLOVER's code for them), with one SOC.
   */
  sectorsOfAgentCode(code: string): string[] {
    const chunks = code.match(/.{3}/g) ?? [];
    const sectors = chunks.map((c) => PLOVER_OF_CAMEO[c]).filter((s): s is string => !!s);
    return chunks[0] === 'NGO' || chunks[0] === 'HRI' ? ['NGO', ...sectors.filter((s) => s !== 'NGO')] : sectors;
  }

  addPhoenixRecord(record: PhoenixRecord, cityNames: ReadonlySet<string>, commonWords: ReadonlySet<string>): void {
    const coded = record.restrictions.flatMap((r) => {
      const role = this.roleOfCode(r.code);
      if (!role) return [];
      // Phoenix codes Gorbachev RUSGOV: a role that ended before the Soviet Union did was Soviet.
      const union = r.to ? UNIONS.find((u) => u.members.has(role.code) && (r.to ?? '') <= u.end) : undefined;
      return [{ ...role, ...(union ? { code: union.code } : {}), ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) }];
    });
    const roles = coded.length > 0 ? coded : this.regionalRoles(record);
    if (roles.length === 0) return;
    const current = roles.find((r) => !r.to) ?? roles.at(-1);
    if (current && roles.every((r) => !r.sector && this.countries.has(r.code))) {
      // A country's alias list mixes its names with its cities and landmarks: split them.
      for (const phrase of record.phrases) {
        const text = titleCase(phrase);
        const isCapital = (this.names.get(nameKey(text)) ?? []).some((i) => this.actors[i]?.kind === 'capital');
        if (isCapital) continue;
        if (cityNames.has(text)) {
          if (!nameKey(text).split(' ').every((w) => commonWords.has(w))) this.addPlace(current.code, text);
        }
        else this.addCountryName(current.code, text);
      }
      return;
    }
    const primary = record.phrases[0] ?? '';
    // Phoenix's hand-added people (Morsi, Hollande, Kofi Annan) lack the CountryInfo comment; their elite role (ELI) is
    // a person's. Without it they were bodies, so no surname and none of `name-spellings.txt`'s spellings ("Mohammed
    // Mursi"). A name ending in a common word ("Washington-based think tank", also ELI) stays a body: no surname is one.
    const words = nameKey(primary).split(' ');
    const isPerson = /CountryInfo|IGOrulers/.test(record.comment)
      || (record.restrictions.some((r) => r.code.endsWith('ELI')) && words.length > 1 && !commonWords.has(words.at(-1) ?? ''));
    const shown = this.unbracketed(primary, commonWords)[0] ?? primary;
    const index = this.newActor(slug(primary), titleCase(shown), isPerson ? 'person' : 'org', roles);
    for (const phrase of record.phrases) for (const form of [phrase, ...this.unbracketed(phrase, commonWords)]) this.addName(form, index);
    if (isPerson) this.addSurname(primary, index);
  }

  /**
   * "NATIONAL_PATRIOTIC_FRONT_OF_LIBERIA [AFRREB]", "PEOPLE'S_REVOLUTIONARY_ARMY_(COLOMBIA)_ [KKLREB]":
   * Phoenix codes some armed groups by a region (AFR, MEA, SAS…) or no place at all; the one country
   * or nationality their name holds is theirs. Groups whose name holds none or two are left out.
   */
  private regionalRoles(record: PhoenixRecord): KbRole[] {
    const code = this.countryInName(record.phrases[0] ?? '');
    if (!code) return [];
    return record.restrictions.flatMap((r) => {
      const [first = '', ...rest] = r.code.match(/.{3}/g) ?? [];
      if (this.countries.has(this.isoCode(first)) || TRANSNATIONAL.has(first)) return [];
      const [sector, ...others] = rest.map((c) => PLOVER_OF_CAMEO[c]).filter((x): x is string => !!x);
      if (!sector) return [];
      return [{ code, sector, ...(others.length ? { sectors: others } : {}), ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) }];
    });
  }

  /**
   * The names a Phoenix name with a bracket also goes by: "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)" is
   * "Liberation Tigers of Tamil Eelam" and "LTTE". A country in the bracket tells apart a common name
   * ("NATIONAL_FRONT_(GREECE)", "DIRECT_ACTION_(GREECE)"): the name alone is not this group's. Acronyms of
   * four to six letters only: shorter ones are given names or other bodies' acronyms ("Ana", "Isa", the
   * Inflation Reduction Act's IRA), longer ones words ("MAVERICKS").
   */
  private unbracketed(phrase: string, commonWords: ReadonlySet<string>): string[] {
    const m = /^(.+?)\s*\(([^()]+)\)$/.exec(phrase.trim());
    if (!m?.[1] || !m[2]) return [];
    const inner = m[2].trim();
    if (this.countryInName(inner) !== undefined) return [];
    const isAcronym = /^[A-Z][A-Z-]{3,5}$/.test(inner) && !commonWords.has(inner.toLowerCase()) && this.countryInName(inner) === undefined;
    return isAcronym ? [m[1], inner] : [m[1]];
  }

  /** The only country whose name or nationality is among the words of `phrase`, if exactly one is. */
  private countryInName(phrase: string): string | undefined {
    const words = nameKey(phrase).replace(/[()']/g, ' ').split(' ').filter(Boolean);
    const found = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= Math.min(words.length, i + 3); j++) {
        const key = words.slice(i, j).join(' ');
        const adjective = this.adjectives.get(key);
        if (adjective) found.add(adjective);
        const country = (this.names.get(key) ?? []).map((x) => this.actors[x]).find((a) => a?.kind === 'country');
        if (country?.roles[0]) found.add(country.roles[0].code);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  private addPlace(code: string, name: string): void {
    if (this.capitals.has(nameKey(name))) return;
    let index = this.places.get(code);
    if (index === undefined) {
      index = this.newActor(`places-${code.toLowerCase()}`, `Places in ${this.countryNames.get(code) ?? code}`, 'place', [{ code }]);
      this.places.set(code, index);
    }
    if (!this.names.has(nameKey(name))) this.addName(name, index);
  }

  /** A region or city, unless its name already means something (a person, a country, a noun, a word of `notPlaces`). */
  addPlaceIfFree(code: string, names: readonly string[], commonWords: ReadonlySet<string>, notPlaces: ReadonlySet<string> = new Set()): void {
    for (const name of new Set(names)) {
      const key = nameKey(name);
      if (key.length < 3 || key.split(' ').every((w) => commonWords.has(w)) || notPlaces.has(key) || this.names.has(key) || this.surnames.has(key) || this.adjectives.has(key) || this.agents.has(key)) continue;
      this.addPlace(code, name);
    }
  }

  addAgent(noun: string, sectors: readonly string[], override = false): void {
    const key = nameKey(noun);
    if (sectors.length > 0 && (override || !this.agents.has(key))) this.agents.set(key, [...sectors]);
  }

  /** The first name `organisations.tsv` gives each organisation code ("UNO": United Nations), for office titles. */
  private readonly orgNames = new Map<string, string>();

  addOrganisation(o: Organisation): void {
    if (!this.orgNames.has(o.org)) this.orgNames.set(o.org, o.name);
    const role: KbRole = { code: o.code, sector: o.org, ...(o.sectors.length ? { sectors: o.sectors } : {}), ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) };
    // Defunct bodies keep their role undated after their end: a 2020 text may still name them.
    const index = this.replaceOrCreate(o.name, [{ ...role, from: undefined, to: undefined }]);
    for (const name of [o.name, ...o.aliases]) this.addName(name, index, true);
  }

  /** dyad's own entry for an organisation Phoenix also has: take over its actor (and id). */
  private replaceOrCreate(name: string, roles: KbRole[]): number {
    const existing = (this.names.get(nameKey(name)) ?? []).find((i) => this.actors[i]?.kind === 'org');
    const actor = existing === undefined ? undefined : this.actors[existing];
    if (existing === undefined || !actor) return this.newActor(slug(name), name, 'org', roles);
    actor.name = name;
    actor.roles = roles;
    return existing;
  }

  private readonly metonyms = new Map<string, number>();

  addMetonym(m: Metonym): void {
    const role: KbRole = { code: m.code, sector: m.sector, ...(m.from ? { from: m.from } : {}), ...(m.to ? { to: m.to } : {}) };
    // A second row for the same seat dates another period of it (the Kremlin: Soviet, then Russian).
    const known = this.metonyms.get(nameKey(m.name));
    const index = known ?? this.replaceOrCreate(m.name, [role]);
    if (known !== undefined) this.actors[known]?.roles.push(role);
    this.metonyms.set(nameKey(m.name), index);
    for (const name of [m.name, ...m.aliases]) this.addName(name, index, true);
  }

  addOfficeHolder(h: OfficeHolder, familyNameFirst: ReadonlySet<string> = new Set()): void {
    const key = nameKey(h.name);
    // The organisation's own name, not any actor Phoenix files under its code ("Mohamed Elbaradei" for UNO).
    const where = h.org ? this.orgNames.get(h.org) ?? this.actors.find((a) => a.kind === 'org' && a.roles.some((r) => r.sector === h.org))?.name ?? h.org : this.countryNames.get(h.code) ?? h.code;
    const office = titleCase(h.office.replace(/-/g, ' '));
    const role: KbRole = {
      code: h.code, sector: h.org ?? sectorOfOffice(h.office), title: `${office} of ${where}`, office: h.office,
      ...(h.leader ? { leader: true } : {}), ...(h.from ? { from: h.from } : {}), ...(h.to ? { to: h.to } : {}),
    };
    const existing = (this.names.get(key) ?? []).find((i) => this.actors[i]?.kind === 'person');
    const index = existing ?? this.newActor(slug(h.name), h.name, 'person', []);
    const actor = this.actors[index];
    if (!actor) return;
    if (existing !== undefined && !actor.roles.some((r) => r.office)) {
      actor.name = h.name;
      // dyad's list knows their later terms: Phoenix's open-ended roles stop where Phoenix does.
      actor.roles = actor.roles.map((r) => (r.from && !r.to ? { ...r, to: PHOENIX_END } : r));
    }
    actor.roles.push(role);
    for (const name of [h.name, ...h.aliases]) {
      this.addName(name, index);
      // Make this person the first choice for their own name over same-named Phoenix entries.
      const list = this.names.get(nameKey(name));
      if (list && list[0] !== index) {
        list.splice(list.indexOf(index), 1);
        list.unshift(index);
      }
      // A name dyad's list gives an office holder is that person. Phoenix files one person under
      // several entries: a monarch once per realm ("QUEEN_ELIZABETH_II" under Saint Kitts and Nevis),
      // a spelling apart ("Sergey Kiriyenko"); their open-ended roles would outlive the term dyad
      // records and take the name on a later date. Same-country roles join this person, stopped
      // where Phoenix does; another country's copy goes (the file's aliases say whom the name means).
      if (list) this.absorbNamesakes(list, index, h.code);
    }
    // A pope's name is a title and a regnal name ("Pope Francis"): no surname, a bare "Francis" is someone else.
    // Nor is an opposition figure's bare surname indexed: "Campbell", "Kennedy", "Davis" name others in stories of other
    // years ("Indo-Pacific Coordinator Kurt Campbell" became a former UK official); "Mr Howard" after "Michael Howard"
    // is the discourse stage's same-actor link.
    if (h.office !== 'pope' && sectorOfOffice(h.office) === 'GOV') this.addSurname(h.name, index);
    if (familyNameFirst.has(h.code)) for (const name of [h.name, ...h.aliases]) this.addFamilyNameFirst(name, index);
    const holders = this.officeHolders.get(h.code) ?? [];
    if (!holders.includes(index)) holders.push(index);
    this.officeHolders.set(h.code, holders);
  }

  /**
   * Each multi-word name of a person also under the other spellings of its words (`data/name-spellings.txt`, one set of
   * spellings of one name each): "Mohamed bin Salman" finds the list's Mohammed bin Salman. A spelling that already
   * names an actor keeps that meaning; names of organisations are not varied, nor names with no word outside the sets.
   */
  addSpellings(sets: readonly (readonly string[])[]): void {
    const others = new Map<string, readonly string[]>();
    for (const set of sets) {
      const keys = set.map(nameKey);
      for (const key of keys) others.set(key, keys.filter((k) => k !== key));
    }
    const added = new Map<string, number[]>();
    for (const [key, indices] of this.names) {
      const words = key.split(' ');
      // A name made only of spelled-variably given names ("Mohammad Mustafa", "Ahmed Hassan") is shared by countless
      // people; respelling it would hand every namesake to the one listed office-holder. A distinctive word
      // ("bin Salman", "Shoigu") keeps a varied name pointing at one person.
      if (words.length < 2 || !words.some((w) => others.has(w)) || words.every((w) => others.has(w))) continue;
      const people = indices.filter((i) => this.actors[i]?.kind === 'person');
      for (const spelled of respellings(words, others)) {
        if (people.length === 0 || this.names.has(spelled)) continue;
        const list = added.get(spelled) ?? [];
        for (const i of people) if (!list.includes(i)) list.push(i);
        added.set(spelled, list);
      }
    }
    for (const [key, list] of added) this.names.set(key, list);
  }

  private absorbNamesakes(list: number[], keep: number, code: string): void {
    const holder = this.actors[keep];
    for (let i = list.length - 1; i >= 0; i--) {
      const other = this.actors[list[i] ?? -1];
      if (list[i] === keep || !holder || other?.kind !== 'person' || other.roles.some((r) => r.office)) continue;
      for (const r of other.roles) {
        if (r.code === code && !holder.roles.some((h) => h.code === r.code && h.sector === r.sector && h.from === r.from)) {
          holder.roles.push(r.from && !r.to ? { ...r, to: PHOENIX_END } : r);
        }
      }
      list.splice(i, 1);
    }
  }

  compile(): CompiledKb {
    const lists = (map: Map<string, number[]>): Record<string, number | number[]> =>
      Object.fromEntries([...map].map(([k, v]) => [k, v.length === 1 ? (v[0] ?? 0) : v]));
    return {
      version: 2,
      actors: this.actors.map(packActor),
      names: lists(this.names),
      surnames: lists(this.surnames),
      adjectives: Object.fromEntries(this.adjectives),
      countries: Object.fromEntries(this.countries),
      agents: Object.fromEntries([...this.agents].map(([k, v]) => [k, v.join(',')])),
      officeHolders: lists(this.officeHolders),
      // Names longer than eight words are spelled-out titles nobody writes in news text.
      nameHeads: heads(this.names.keys()),
      agentHeads: heads(this.agents.keys()),
    };
  }
}
