/**
 * Error texts under stable codes (after spaCy's `errors.py`). Logic throws `DyadError(E.xxx, params)`;
 * the message template lives here so the text can change without touching the logic, and users
 * can search for the code.
 */
export const E = {
  E001: 'Stage "{stage}" requires layer "{layer}", which no stage of the pipeline produces.',
  E002: 'Two stages both produce layer "{layer}": "{first}" and "{second}".',
  E003: 'Stage "{stage}" failed on document {docId}: {cause}',
  E004: 'Stage "{stage}" ran on document {docId}, which lacks its required layer "{layer}".',
  E005: 'Stage "{stage}" requires layer "{layer}", but stage "{producer}" produces it later: move "{producer}" before "{stage}".',
  E006: 'Pipeline spec {spec}: {field} {problem}.',
  E007: 'Stage kind "{kind}" already has a variant named "{name}": register yours under another name and name it in the spec.',
  E008: 'Pipeline spec {spec}: cannot load stage module {module}: {cause}',
  E009: 'The pipeline does not produce layer "{layer}", which {command} needs.',
  W001: 'Stage "{stage}" reads layer "{layer}" when present, but stage "{producer}" produces it later: "{stage}" runs without it.',
  E010: 'Cannot read {origin}: {cause}',
  E011: 'Unknown input format "{format}". Known formats: {known}.',
  E012: '{origin}: line {line}: not valid JSON ({cause}).',
  E013: '{origin}: line {line}: field "{field}" {problem}.',
  E014: '{origin}: record {record}: {problem}.',
  E015: '{origin}: no article text could be extracted.',
  E016: '{origin}: not a well-formed {format} document ({cause}).',
  E017: 'No input matched {pattern}.',
  E018: '{origin}: fetching the URL failed ({cause}).',
  E019: '{origin}: {what} is larger than the limit of {limit}.',
  E023: '{origin}: a binary file ({cause}), not text.',
  E024: '{origin}: holds no records.',
  E025: '{origin}: {count} byte sequence(s) are not valid UTF-8 and were replaced by U+FFFD.',
  E026: '{origin}: the time in "{value}" is unreadable; only the day is kept.',
  E020: 'The store at {path} has schema version {found}, newer than this dyad understands ({known}). Upgrade dyad.',
  E021: 'No document with id "{id}" in the store.',
  E022: 'Cannot open the store at {path}: {cause}',
  E031: 'The work queue lives in a PostgreSQL store: give --db postgres://user@host/db (or set DYAD_DB), not {db}.',
  E027: 'The store at {path} is damaged or not a dyad store: {cause}',
  E028: 'The store at {path} cannot be written ({cause}); open it read-only (--read-only) to query it.',
  E029: 'Cannot listen on {host}:{port}: {cause}',
  E030: 'Invalid value for {field}: {problem}.',
  E090: 'No story with id "{id}" in the store (give a story id s-…, or the id of one of its articles).',
  E040: 'Asset file {path} is missing or unreadable: {cause}',
  E041: 'Asset file {path} does not match its checksum (expected {expected}, found {found}).',
  E042: 'Asset file {path} is {found}, but this dyad reads {expected}; rebuild it with the matching train or build script.',
  E050: 'Document {docId} is in language "{language}", which has no language pack (packs: {known}).',
  E170: 'Data file {path}: line {line}: {problem}.',
  E081: 'Invalid story query: {field} is "{value}" ({problem}).',
  E160: 'The themes lexicon maps "{phrase}" to "{context}", which is not a PLOVER context.',
  E300: 'Outside gold {file}: {field} {problem}.',
  E301: 'Outside gold input {file} {problem}.',
  E540: 'Data file {path}: line {line}: expected two different ISO 3166 alpha-3 codes, a first day and a last day or -, tab-separated.',
  E1020: 'Cross-fit (scripts/events/cross-fit.ts): option {option} {problem}.',
  E1021: 'Cross-fit: examples file {file}: group "{group}" {problem}.',
  E1022: 'Statement-content training: "{set}" is not a feature set ({known}).',
  E1023: 'Statement-content training: threshold "{value}" is not a number from 0 to 1.',
  E1230: 'Learned-step examples {file} were gathered before examples carried their story: gather them again (delete the file and rerun with --examples).',
  E1250: 'Dropping retired parser rows: {path} holds a "{kind}" asset, not a parser model.',
  E1251: 'Rewritten model {model}: row {key} gives class {class} the score {after} (before the rewrite {before}; expected {expected}).',
  E1310: 'Data file {path}: line {line}: expected a lower-case word, a gender (m or f) and a kind (title, rank, noun or pronoun), tab-separated.',
  E1260: 'Training gold {file} tells the same story as the held-out gold\'s {heldOut} (the same lead, re-dated, revised or cut): a studied story cannot be held out.',
  E1300: 'Training gold {file} shares {overlap} of its opening with the held-out gold\'s {heldOut} (a revised copy of one story): a studied story cannot be held out.',
  E1410: 'Data file {path}: line {line}: expected visit<TAB>lemma, ground<TAB>SECTOR or held<TAB>word.',
  E320: 'Training gold {file} annotates {docId}, which the held-out gold also holds ({heldOut}): a studied article cannot be held out.',
  E321: 'Training gold {file} has the same text as the held-out gold\'s {heldOut} (a story repeated under another id): a studied text cannot be held out.',
  E1920: 'Data file {path}: line {line}: expected a news agency\'s letters, three to six capitals ("IRNA"), got "{got}".',
  E1921: 'Data file {path}: line {line}: expected name, from (YYYY-MM-DD or empty), names, two or more |-separated ISO alpha-3 members and a sector.',
  E1575: 'Option {option} wants a whole number, at least 1 (got "{value}").',
  E2800: 'Key table {table}: section {section} is missing or of the wrong type; rebuild the asset that holds it.',
  E2801: 'Key table {table}: its text does not match its offsets; rebuild the asset that holds it.',
  E2700: 'Document {docId}: layer "{layer}" has {found} entries for its {expected} tokens; it needs one per token.',
} as const;

export type ErrorCode = keyof typeof E;

/** Codes that start with W name warnings: reported as diagnostics, they never stop a run. */
export type WarningCode = Extract<ErrorCode, `W${string}`>;

/** An error with a stable code; `params` fill the template and stay machine-readable. */
export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(formatError(code, params), options);
    this.name = 'DyadError';
    this.code = code;
    this.params = params;
  }
}

/** Fill an error template; unknown placeholders stay visible rather than vanish. */
export function formatError(code: ErrorCode, params: Record<string, unknown>): string {
  const text = E[code].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
  return `${code}: ${text}`;
}

/** The message of anything thrown, for wrapping foreign errors. */
export function causeText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
