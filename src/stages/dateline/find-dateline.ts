import type { Span } from '../../core/span.js';
import { MONTH_PATTERN, inferYear, isoDate, monthNumber } from './months.js';

/** What a dateline at the start of a paragraph says. */
export interface DatelineMatch {
  readonly span: Span;
  readonly place: Span;
  readonly placeName: string;
  readonly date?: string;
  readonly dateSpan?: Span;
  readonly agency?: string;
  readonly agencySpan?: Span;
}

// Each part is matched on its own at the current position (sticky), so no part can make the
// engine backtrack across the others: one big optional-everything pattern was exponential on
// lines of capitals.
// Wire datelines write months in any case (`Feb`, `FEB`, `FEb`, `feb`).
const ANY_CASE_MONTH = MONTH_PATTERN.replace(/[a-zA-Z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
const NOT_MONTH = String.raw`(?!(?:${ANY_CASE_MONTH})[ .,\d])`;
const PLACE = /(?<caps>[A-Z][A-Z.'’\-/]*[A-Z.](?: [A-Z][A-Z.'’\-/]*)*)|(?<titled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})/y;
// `KYIV, Ukraine`, `RICHMOND, Va.`, `COLUMBUS, IND.,`, `CLARKSBURG, W.Va.,`; never a month.
const REGION = new RegExp(String.raw` ?,? ${NOT_MONTH}[A-Z][A-Za-z]*\.?(?:[A-Z][a-z]*\.)?(?: ${NOT_MONTH}[A-Z][a-z]+){0,2},?`, 'y');
const DATE = new RegExp(String.raw` ?,? (?<date>(?<month>${ANY_CASE_MONTH}) (?<day>\d{1,2})(?:, (?<year>\d{4}))?|(?<day2>\d{1,2}) (?<month2>${ANY_CASE_MONTH})(?: (?<year2>\d{4}))?)\.?`, 'y');
const AGENCY_PAREN = /\s?\((?<agency>[A-Z][A-Za-z.&\- ]{0,30})\)/y;
const AGENCY_SLASH = /\s?\/(?<agency>[A-Z][A-Za-z.&\- ]{0,30})\/\.?/y;
const SEPARATOR = /\s?(?<sep>--|[-–—:])(?=\s)/y;

/** Match `re` at `at`; on success return its groups and the new position. */
function matchAt(re: RegExp, text: string, at: number): { groups: Record<string, string | undefined>; end: number; text: string } | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? { groups: m.groups ?? {}, end: re.lastIndex, text: m[0] } : undefined;
}

/**
 * Find an agency dateline at `offset` of `text`: `MOSCOW, June 26. /TASS/.`,
 * `WASHINGTON, March 3 -`, `PARIS (Reuters) -`, `LONDON (AP) —`, `KYIV, Ukraine (AP) —`.
 * The dateline must end in a separator or a `/AGENCY/.` mark, and a place not in capitals needs
 * a date too, so an ordinary sentence that opens with a capitalised word is never taken for one.
 */
export function findDateline(text: string, offset: number, published: string | undefined): DatelineMatch | undefined {
  const head = text.slice(offset, offset + 160);
  if (head.startsWith('(')) return parenthesised(head, offset, published);
  const place = matchAt(PLACE, head, 0);
  if (!place) return undefined;
  let at = place.end;
  for (let i = 0; i < 2; i++) {
    const region = matchAt(REGION, head, at);
    if (!region) break;
    at = region.end;
  }
  const date = matchAt(DATE, head, at);
  if (date) at = date.end;
  const paren = matchAt(AGENCY_PAREN, head, at);
  if (paren) at = paren.end;
  const slash = paren ? undefined : matchAt(AGENCY_SLASH, head, at);
  if (slash) at = slash.end;
  const sep = matchAt(SEPARATOR, head, at);
  if (sep) at = sep.end;

  if (!sep && !slash) return undefined;
  // A place in ordinary case is a dateline only with a date and a separator (`Toronto, Feb 26 -`).
  if (place.groups.titled && !(date && sep)) return undefined;
  const placeText = place.text.replace(/[.-]+$/, '');
  if (placeText.replace(/[^\p{L}]/gu, '').length < 2) return undefined;

  const span = (start: number, inner: string): Span => ({ start: offset + start, end: offset + start + inner.length });
  const found: DatelineMatch = { span: { start: offset, end: offset + at }, place: span(0, placeText), placeName: titleCase(placeText) };
  const iso = date ? parseDatelineDate(date.groups, published) : undefined;
  const agency = (paren ?? slash)?.groups.agency?.trim();
  return {
    ...found,
    ...(date && iso ? { date: iso, dateSpan: span(date.end - date.text.length + date.text.indexOf(date.groups.date!), date.groups.date!) } : {}),
    ...(agency ? { agency, agencySpan: span(head.indexOf(agency, place.end), agency) } : {}),
  };
}

const CLOSE = /\)(?=\s)/y;

/**
 * A dateline in parentheses, as the Ukrainian presidency opens its joint statements:
 * `(Kyiv, 1 February 2022) The Prime Minister …`. Place and date are both required, so an opening
 * aside ("(Updated) …") is never taken for one.
 */
function parenthesised(head: string, offset: number, published: string | undefined): DatelineMatch | undefined {
  const place = matchAt(PLACE, head, 1);
  const date = place && matchAt(DATE, head, place.end);
  const close = date && matchAt(CLOSE, head, date.end);
  if (!place || !date || !close) return undefined;
  const iso = parseDatelineDate(date.groups, published);
  const placeText = place.text;
  const dateText = date.groups.date!;
  const dateStart = date.end - date.text.length + date.text.indexOf(dateText);
  return {
    span: { start: offset, end: offset + close.end }, place: { start: offset + 1, end: offset + 1 + placeText.length }, placeName: titleCase(placeText),
    ...(iso ? { date: iso, dateSpan: { start: offset + dateStart, end: offset + dateStart + dateText.length } } : {}),
  };
}

function parseDatelineDate(g: Record<string, string | undefined>, published: string | undefined): string | undefined {
  const month = monthNumber(g.month ?? g.month2 ?? '');
  const day = Number(g.day ?? g.day2);
  if (!month || !day) return undefined;
  const written = g.year ?? g.year2;
  const year = written ? Number(written) : inferYear(month, day, published);
  return year === undefined ? undefined : isoDate(year, month, day);
}

/** `NEW YORK` → `New York`, `ST. PETERSBURG` → `St. Petersburg`. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
