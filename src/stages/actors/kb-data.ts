/**
 * Parsers for the hand-kept, user-editable knowledge-base files in `data/` (documented in
 * docs/actors.md). Each is tab-separated text, one record a line, `#` starts a comment line.
 * `npm run build:actors` compiles them, with the Phoenix dictionaries and country lists, into
 * `models/actors/kb.bin`.
 */

/** A problem in a data file, with its line, so that a user's edit can be fixed. */
export interface DataProblem {
  readonly line: number;
  readonly reason: string;
}

export interface OfficeHolder {
  readonly code: string;
  /** Organisation code for IGO/NGO offices (`IGO/EU` → `EU`). */
  readonly org?: string;
  readonly office: string;
  readonly leader: boolean;
  readonly name: string;
  readonly from?: string;
  readonly to?: string;
  readonly aliases: readonly string[];
}

export interface Organisation {
  readonly code: string;
  readonly org: string;
  readonly sectors: readonly string[];
  readonly name: string;
  readonly from?: string;
  readonly to?: string;
  readonly aliases: readonly string[];
}

export interface HistoricalState {
  readonly code: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly capital?: string;
  readonly adjectives: readonly string[];
  readonly aliases: readonly string[];
}

export interface Metonym {
  readonly code: string;
  readonly sector: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** When it stood for that country (a seat of power outlives its state: the Kremlin, Bonn). */
  readonly from?: string;
  readonly to?: string;
}

export interface AgentNoun {
  readonly noun: string;
  readonly sectors: readonly string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{3}$/;

/** Split a data file into its records' cells, keeping line numbers; skips blanks and comments. */
function rows(text: string): { line: number; cells: string[] }[] {
  return text.split(/\r?\n/).flatMap((raw, i) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return [];
    return [{ line: i + 1, cells: raw.split('\t').map((c) => c.trim()) }];
  });
}

function list(cell: string | undefined, separator = '|'): string[] {
  return (cell ?? '').split(separator).map((s) => s.trim()).filter(Boolean);
}

function optionalDate(cell: string | undefined, line: number, problems: DataProblem[]): string | undefined {
  if (!cell) return undefined;
  if (DATE.test(cell)) return cell;
  problems.push({ line, reason: `"${cell}" is not a YYYY-MM-DD date` });
  return undefined;
}

/** `office-holders.tsv`: country, office (trailing * = the leader's office), name, from, to, aliases. */
export function parseOfficeHolders(text: string, problems: DataProblem[] = []): OfficeHolder[] {
  return rows(text).flatMap(({ line, cells }) => {
    const [where = '', rawOffice = '', name = '', from, to, aliases] = cells;
    const [code = '', org] = where.split('/');
    if (!CODE.test(code) || !rawOffice || !name) {
      problems.push({ line, reason: 'expected country code, office and name' });
      return [];
    }
    const leader = rawOffice.endsWith('*');
    return [{
      code, org, leader, name,
      office: leader ? rawOffice.slice(0, -1) : rawOffice,
      from: optionalDate(from, line, problems),
      to: optionalDate(to, line, problems),
      aliases: list(aliases),
    }];
  });
}

/** `organisations.tsv`: code (IGO/NGO), org code, sectors (comma-separated), name, from, to, aliases. */
export function parseOrganisations(text: string, problems: DataProblem[] = []): Organisation[] {
  return rows(text).flatMap(({ line, cells }) => {
    const [code = '', org = '', sectors, name = '', from, to, aliases] = cells;
    if (!CODE.test(code) || !org || !name) {
      problems.push({ line, reason: 'expected code, organisation code and name' });
      return [];
    }
    return [{ code, org, sectors: list(sectors, ','), name, from: optionalDate(from, line, problems), to: optionalDate(to, line, problems), aliases: list(aliases) }];
  });
}

/** `historical-states.tsv`: code, name, from, to, capital, adjectives, aliases. */
export function parseHistoricalStates(text: string, problems: DataProblem[] = []): HistoricalState[] {
  return rows(text).flatMap(({ line, cells }) => {
    const [code = '', name = '', from = '', to = '', capital, adjectives, aliases] = cells;
    if (!CODE.test(code) || !name || !DATE.test(from) || !DATE.test(to)) {
      problems.push({ line, reason: 'expected code, name, from and to dates' });
      return [];
    }
    return [{ code, name, from, to, capital: capital || undefined, adjectives: list(adjectives), aliases: list(aliases) }];
  });
}

/** `metonyms.tsv`: code, sector, name, aliases. */
export function parseMetonyms(text: string, problems: DataProblem[] = []): Metonym[] {
  return rows(text).flatMap(({ line, cells }) => {
    const [code = '', sector = '', name = '', aliases, fromCell, toCell] = cells;
    if (!CODE.test(code) || !CODE.test(sector) || !name) {
      problems.push({ line, reason: 'expected code, sector and name' });
      return [];
    }
    const from = optionalDate(fromCell, line, problems);
    const to = optionalDate(toCell, line, problems);
    return [{ code, sector, name, aliases: list(aliases), ...(from ? { from } : {}), ...(to ? { to } : {}) }];
  });
}

/** `agents.tsv`: noun (singular and plural forms separated by |), sectors (comma-separated). */
export function parseAgentNouns(text: string, problems: DataProblem[] = []): AgentNoun[] {
  return rows(text).flatMap(({ line, cells }) => {
    const [nouns, sectors] = cells;
    const codes = list(sectors, ',');
    if (!nouns || codes.length === 0 || !codes.every((c) => CODE.test(c))) {
      problems.push({ line, reason: 'expected nouns and comma-separated sector codes' });
      return [];
    }
    return list(nouns).map((noun) => ({ noun, sectors: codes }));
  });
}

export interface NationalityAdjectives {
  readonly code: string;
  readonly adjectives: readonly string[];
}

/** `adjectives.tsv`: country code, adjectives (|-separated). */
export function parseAdjectives(text: string, problems: DataProblem[] = []): NationalityAdjectives[] {
  return rows(text).flatMap(({ line, cells }) => {
    const [code = '', adjectives] = cells;
    if (!CODE.test(code) || list(adjectives).length === 0) {
      problems.push({ line, reason: 'expected country code and adjectives' });
      return [];
    }
    return [{ code, adjectives: list(adjectives) }];
  });
}

/** A word list: one entry per line, `#` comments. */
export function parseWordList(text: string): string[] {
  return rows(text).map(({ cells }) => cells.join(' ').trim()).filter(Boolean);
}
