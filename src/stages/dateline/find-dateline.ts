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

const PLACE = String.raw`(?<place>[A-Z][A-Z.'’\-]*[A-Z.](?:[ ][A-Z][A-Z.'’\-]*)*)`;
// A region after the place (`KYIV, Ukraine`) is never a month: `MOSCOW, June 26` is a date.
const REGION = String.raw`(?:,[ ](?!(?:${MONTH_PATTERN})[ .,\d])(?:[A-Z][a-z]+\.?(?:[ ][A-Z][a-z]+\.?)*|[A-Z]\.[A-Z]\.))`;
const DATE = String.raw`(?:,?[ ](?<date>(?<month>${MONTH_PATTERN})[ ](?<day>\d{1,2})(?:,[ ](?<year>\d{4}))?|(?<day2>\d{1,2})[ ](?<month2>${MONTH_PATTERN})(?:[ ](?<year2>\d{4}))?)\.?)`;
const AGENCY_PAREN = String.raw`(?:[ ]?\((?<agency>[A-Z][A-Za-z.&\- ]{0,30}?)\))`;
const AGENCY_SLASH = String.raw`(?:[ ]?\/(?<agencySlash>[A-Z][A-Za-z.&\- ]{0,30}?)\/\.?)`;
const SEPARATOR = String.raw`(?:[ ]?(?<sep>--|[-–—:])(?=\s))`;

const DATELINE = new RegExp(`^${PLACE}${REGION}?${DATE}?${AGENCY_PAREN}?${AGENCY_SLASH}?${SEPARATOR}?`, 'u');

/**
 * Find an agency dateline at `offset` of `text`: `MOSCOW, June 26. /TASS/.`,
 * `WASHINGTON, March 3 -`, `PARIS (Reuters) -`, `LONDON (AP) —`, `KYIV, Ukraine (AP) —`.
 * The place must be in capitals and the dateline must end in a separator or a `/AGENCY/.` mark,
 * so an ordinary sentence that opens with a capitalised word is never taken for one.
 */
export function findDateline(text: string, offset: number, published: string | undefined): DatelineMatch | undefined {
  const head = text.slice(offset, offset + 160);
  const m = DATELINE.exec(head);
  const g = m?.groups;
  if (!m || !g) return undefined;
  if (!g.sep && !g.agencySlash) return undefined;
  if (!g.sep && !g.date && !g.agency) return undefined;
  const placeText = g.place.replace(/[.\-]+$/, '');
  if (placeText.replace(/[^A-Z]/g, '').length < 2) return undefined;

  const at = (inner: string, from = 0): Span => {
    const start = offset + head.indexOf(inner, from);
    return { start, end: start + inner.length };
  };
  const place = at(placeText);
  let end = offset + m[0].length;
  while (end > offset && /\s/.test(text[end - 1])) end--;

  const match: DatelineMatch = { span: { start: offset, end }, place, placeName: titleCase(placeText) };
  const date = g.date ? parseDatelineDate(g, published) : undefined;
  const agency = g.agency ?? g.agencySlash;
  return {
    ...match,
    ...(date && g.date ? { date, dateSpan: at(g.date.replace(/\.$/, ''), place.end - offset) } : {}),
    ...(agency ? { agency: agency.trim(), agencySpan: at(agency, place.end - offset) } : {}),
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
