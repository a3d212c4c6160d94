import { isoWeekday, isValidDay, type Day } from './calendar.js';
import { dayValue, inferMonthYear, inferYear, monthValue, pattern, rangeValue, yearValue, type Normalised, type Rule, type RuleContext } from './rule.js';
import { DAY, HAS_DIGIT, HAS_MONTH, HAS_YEAR, MONTH, MONTH_BEFORE_DAY, WEEKDAY, YEAR, monthNumber, weekdayNumber } from './words.js';

/** Expressions that name their date: calendar dates, months, years, decades, quarters, and ranges of them. */

const B = '(?<![\\w-])'; // no word or hyphen before
const E = '(?![\\w])'; // no word after
const TO = '\\s*(?<conn>-|–|—|to|and|through|until|till)\\s*';
const FROM = '(?:(?<lead>[Ff]rom|[Bb]etween) )?';

/** "and" joins a range only after "between": "in 1997 and 1998" is two years. */
function isRange(m: RegExpExecArray): boolean {
  return m.groups!.conn !== 'and' || m.groups!.lead?.toLowerCase() === 'between';
}

function day(year: number, month: number, dayText: string): Day | undefined {
  const d = { year, month, day: parseInt(dayText, 10) };
  return isValidDay(d) ? d : undefined;
}

/**
 * A month and day with an optional year; without one the year is inferred. A weekday written with
 * the date ("Thursday, September 23") names the year: only one year in three near the publication
 * has that day on that weekday, and the tense cue that `inferYear` reads is often misled by a
 * future verb in a sentence about the past ("agreed on Thursday, September 23 to meet again").
 */
function monthDay(monthText: string, dayText: string, yearText: string | undefined, ctx: RuleContext, weekdayText?: string): Normalised | undefined {
  const month = monthNumber(monthText);
  if (yearText) {
    const d = day(Number(yearText), month, dayText);
    return d && dayValue(d);
  }
  const inferred = inferYear(month, parseInt(dayText, 10), ctx);
  const d = inferred && day(inferred.year, month, dayText);
  if (!d) return undefined;
  const weekday = weekdayText ? weekdayNumber(weekdayText) : 0;
  if (weekday > 0 && isoWeekday(d) !== weekday) {
    const matching = [d.year - 1, d.year + 1].map((y) => day(y, month, dayText)).find((c) => c && isoWeekday(c) === weekday);
    if (matching) return dayValue(matching, { relative: true, why: `year inferred: the year in which ${weekdayText} falls on that day` });
  }
  return dayValue(d, { relative: true, why: inferred.why });
}

export const ABSOLUTE_RULES: readonly Rule[] = [
  {
    name: 'month-day-range',
    needs: [HAS_DIGIT, HAS_MONTH],
    // June 1-5, 2020 · from June 1 to July 3 · between March 3 and March 5
    pattern: pattern(`${B}${FROM}(?<span>(?<m1>${MONTH_BEFORE_DAY}) (?<d1>${DAY})${TO}(?:(?<m2>${MONTH_BEFORE_DAY}) )?(?<d2>${DAY})(?:,? (?<y>${YEAR}))?)${E}`),
    normalise: (m, ctx) => {
      const g = m.groups!;
      if (!isRange(m)) return undefined;
      // the year is inferred for the end ("is to run from January 23 through March 9"), the start precedes it
      const to = monthDay(g.m2 ?? g.m1, g.d2, g.y, ctx);
      if (!to?.first) return undefined;
      const startMonth = monthNumber(g.m1);
      const startYear = startMonth > to.first.month || (startMonth === to.first.month && parseInt(g.d1, 10) > to.first.day) ? to.first.year - 1 : to.first.year;
      const from = monthDay(g.m1, g.d1, String(startYear), ctx);
      return from ? rangeValue(from, to, { relative: to.relative, why: to.why }) : undefined;
    },
  },
  {
    name: 'year-range',
    needs: [HAS_YEAR],
    // 2015-2019 · from 2015 to 2019 · between 2015 and 2019
    pattern: pattern(`${B}${FROM}(?<span>(?<y1>${YEAR})${TO}(?<y2>${YEAR}))${E}`),
    normalise: (m) => {
      const [from, to] = [Number(m.groups!.y1), Number(m.groups!.y2)];
      return to > from && isRange(m) ? rangeValue(yearValue(from), yearValue(to)) : undefined;
    },
  },
  {
    name: 'month-year-range',
    needs: [HAS_YEAR, HAS_MONTH],
    // between July 2003 and December 2004 · from March to June 2020
    pattern: pattern(`${B}${FROM}(?<span>(?<m1>${MONTH})(?: (?<y1>${YEAR}))?${TO}(?<m2>${MONTH}) (?<y2>${YEAR}))${E}`),
    normalise: (m) => {
      const g = m.groups!;
      if (!isRange(m)) return undefined;
      const y1 = Number(g.y1 ?? g.y2);
      return rangeValue(monthValue(y1, monthNumber(g.m1)), monthValue(Number(g.y2), monthNumber(g.m2)));
    },
  },
  {
    name: 'month-day-year',
    needs: [HAS_DIGIT, HAS_MONTH],
    // Friday, June 26, 2020 · December 9, 2019 · Feb. 26 · June 26th
    // March 11 this year · June 5 last year
    pattern: pattern(`${B}(?:(?<wd>${WEEKDAY}),? )?(?<m>${MONTH_BEFORE_DAY}) (?<d>${DAY})(?:,? (?<y>${YEAR})| (?<rel>this|last|next) year)?${E}(?!,\\d)`),
    normalise: (m, ctx) => {
      const rel = m.groups!.rel;
      if (!rel) return monthDay(m.groups!.m, m.groups!.d, m.groups!.y, ctx, m.groups!.wd);
      if (!ctx.pub) return undefined;
      const year = ctx.pub.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      const d = day(year, monthNumber(m.groups!.m), m.groups!.d);
      return d && dayValue(d, { relative: true, why: `"${rel} year" from the publication date` });
    },
  },
  {
    name: 'day-month-year',
    needs: [HAS_DIGIT, HAS_MONTH],
    // 9 December 2019 · the 9th of December · Friday 26 June
    pattern: pattern(`${B}(?:(?<wd>${WEEKDAY}),? )?(?:the )?(?<d>${DAY}) (?:of )?(?<m>${MONTH})(?:,? (?<y>${YEAR}))?${E}`),
    normalise: (m, ctx) => monthDay(m.groups!.m, m.groups!.d, m.groups!.y, ctx, m.groups!.wd),
  },
  {
    name: 'iso-date',
    needs: [HAS_YEAR],
    pattern: pattern(`${B}(?<y>${YEAR})-(?<mo>0[1-9]|1[0-2])-(?<d>[0-3]\\d)${E}`),
    normalise: (m) => {
      const d = day(Number(m.groups!.y), Number(m.groups!.mo), m.groups!.d);
      return d && dayValue(d);
    },
  },
  {
    name: 'numeric-date',
    needs: [HAS_YEAR],
    // 6/26/2020 (U.S. order; read day-first when the first number cannot be a month)
    pattern: pattern(`${B}(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>${YEAR})${E}`),
    normalise: (m) => {
      const [a, b, y] = [Number(m.groups!.a), Number(m.groups!.b), Number(m.groups!.y)];
      const d = a <= 12 ? day(y, a, String(b)) : day(y, b, String(a));
      return d && dayValue(d);
    },
  },
  {
    name: 'month-year',
    needs: [HAS_YEAR, HAS_MONTH],
    // December 2019 · early March 2020 · mid-2019 is handled with years
    pattern: pattern(`${B}(?:(?:early|late|mid-?)\\s?)?(?<m>${MONTH}),? (?<y>${YEAR})${E}`),
    normalise: (m) => monthValue(Number(m.groups!.y), monthNumber(m.groups!.m)),
  },
  {
    name: 'month',
    needs: [HAS_MONTH],
    // in March · since January · last December · next May (never a bare "May": the modal verb);
    // the preposition stays outside the mention, "last"/"next"/"this"/"early" inside
    pattern: pattern(`${B}(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough|end of|start of|beginning of) (?<span>(?:(?<lead1>[Ee]arly|[Ll]ate|[Mm]id-?)\\s?)?(?<m1>${MONTH}))|(?<lead2>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\\s?(?<m2>${MONTH}))${E}(?! \\d)`),
    normalise: (m, ctx) => {
      const month = monthNumber(m.groups!.m1 ?? m.groups!.m2);
      const lead = (m.groups!.lead2 ?? '').toLowerCase();
      if (!ctx.pub) return undefined;
      if (lead === 'last') {
        const year = month < ctx.pub.month ? ctx.pub.year : ctx.pub.year - 1;
        return monthValue(year, month, { relative: true, why: '"last": the latest such month before the publication month' });
      }
      if (lead === 'next') {
        const year = month > ctx.pub.month ? ctx.pub.year : ctx.pub.year + 1;
        return monthValue(year, month, { relative: true, why: '"next": the first such month after the publication month' });
      }
      if (lead === 'this') return monthValue(ctx.pub.year, month, { relative: true, why: '"this": the publication year' });
      const inferred = inferMonthYear(month, ctx);
      return inferred && monthValue(inferred.year, month, { relative: true, why: inferred.why });
    },
  },
  {
    name: 'season',
    needs: [/spring|summer|autumn|fall|winter/i],
    // last summer · this winter · spring 2019 · the summer of 2019 (northern seasons, TIMEX3 values)
    pattern: pattern(`${B}(?:(?<mod>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming) (?<s1>spring|summer|autumn|fall|winter)|(?:the )?(?<s2>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter),? (?:of )?(?<y>${YEAR}))${E}`),
    normalise: (m, ctx) => seasonValue(m.groups!, ctx),
  },
  {
    name: 'quarter',
    needs: [/quarter|Q[1-4]/],
    // the first quarter of 2020 · Q3 2019 · the second quarter
    pattern: pattern(`${B}(?:the )?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th) quarter|Q(?<q>[1-4]))(?:,? (?:of )?(?<y>${YEAR}))?${E}`),
    normalise: (m, ctx) => {
      const ord = m.groups!.ord;
      const quarter = m.groups!.q ? Number(m.groups!.q) : /\d/.test(ord) ? Number(ord[0]) : ['first', 'second', 'third', 'fourth'].indexOf(ord) + 1;
      const year = m.groups!.y ? Number(m.groups!.y) : ctx.pub?.year;
      if (!year) return undefined;
      const first = { year, month: quarter * 3 - 2, day: 1 };
      const last = monthValue(year, quarter * 3).last;
      return { type: 'date', value: `${year}-Q${quarter}`, granularity: 'quarter', first, last, ...(!m.groups!.y && { relative: true, why: 'quarter of the publication year' }) };
    },
  },
  {
    name: 'decade',
    needs: [/\d0s/],
    // the 1990s · the early 2000s
    pattern: pattern(`${B}(?:the )?(?:(?:early|late|mid-?)\\s?)?(?<c>1[89]|20)(?<d>\\d)0s${E}`),
    normalise: (m) => {
      const start = Number(`${m.groups!.c}${m.groups!.d}0`);
      return { type: 'date', value: `${m.groups!.c}${m.groups!.d}`, granularity: 'decade', first: { year: start, month: 1, day: 1 }, last: { year: start + 9, month: 12, day: 31 } };
    },
  },
  {
    name: 'year',
    needs: [HAS_YEAR],
    // in 2015 · the 2015 Minsk agreements · 2019's election; not counts ("2000 people", "$2015")
    pattern: pattern(`(?<![\\w$€£¥.,/-])(?<y>${YEAR})(?![\\w%]|[.,]\\d|-\\d|[ -]years?\\b| ?(?:people|persons|men|women|children|troops|soldiers|members|votes|cases|deaths|dollars|euros|pounds|tons|tonnes|km|kilometres|kilometers|miles|metres|meters|feet|units|hectares|acres)\\b)`),
    normalise: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:about|some|nearly|over|almost|around|up to|than|roughly)\s$/i.test(before)) return undefined;
      return yearValue(Number(m.groups!.y));
    },
  },
];

const SEASONS: Record<string, { code: string; first: number; last: number }> = {
  spring: { code: 'SP', first: 3, last: 5 },
  summer: { code: 'SU', first: 6, last: 8 },
  autumn: { code: 'FA', first: 9, last: 11 },
  fall: { code: 'FA', first: 9, last: 11 },
  winter: { code: 'WI', first: 12, last: 14 },
};

/** A season as `YYYY-SU` (winter belongs to the year of its December). */
function seasonValue(g: Record<string, string | undefined>, ctx: RuleContext): Normalised | undefined {
  const season = SEASONS[(g.s1 ?? g.s2)!.toLowerCase()];
  let year: number;
  let extra: Partial<Normalised> = {};
  if (g.y) year = Number(g.y);
  else {
    if (!ctx.pub) return undefined;
    const month = ctx.pub.month < 3 ? ctx.pub.month + 12 : ctx.pub.month;
    const base = ctx.pub.month < 3 ? ctx.pub.year - 1 : ctx.pub.year;
    const mod = g.mod!.toLowerCase();
    const step = mod === 'last' || mod === 'past' ? (month > season.last ? 0 : -1) : mod === 'next' || mod === 'coming' ? (month < season.first ? 0 : 1) : 0;
    year = base + step;
    extra = { relative: true, why: `"${mod} ${g.s1}" from the publication date` };
  }
  const lastMonth = season.last > 12 ? { year: year + 1, month: season.last - 12 } : { year, month: season.last };
  return {
    type: 'date', value: `${year}-${season.code}`, granularity: 'season',
    first: { year, month: season.first, day: 1 }, last: monthValue(lastMonth.year, lastMonth.month).last, ...extra,
  };
}
