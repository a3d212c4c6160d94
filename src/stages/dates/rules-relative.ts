import { addDays, formatDay, formatWeek, isoWeekday, type Day } from './calendar.js';
import { dayValue, monthValue, pattern, rangeValue, shiftDay, yearValue, type Normalised, type Rule, type RuleContext } from './rule.js';
import { COUNT, HAS_UNIT, HAS_WEEKDAY, UNIT, WEEKDAY, countValue, unitOf, weekdayNumber } from './words.js';

/** Expressions read from the publication date or an earlier date: weekdays, "last week", "two days ago", "the day before", durations, sets. */

const B = '(?<![\\w-])';
const E = '(?![\\w])';

/** The date `unit`-sized period containing `day`, as a date of that granularity. */
function periodOf(day: Day, unit: string, extra: Partial<Normalised>): Normalised {
  if (unit === 'day') return dayValue(day, extra);
  if (unit === 'week' || unit === 'fortnight') {
    const monday = addDays(day, 1 - isoWeekday(day));
    return { type: 'date', value: formatWeek(day), granularity: 'week', first: monday, last: addDays(monday, 6), ...extra };
  }
  if (unit === 'weekend') {
    const saturday = addDays(day, 6 - isoWeekday(day));
    return { type: 'date', value: `${formatWeek(saturday)}-WE`, granularity: 'week', first: saturday, last: addDays(saturday, 1), ...extra };
  }
  if (unit === 'month') return monthValue(day.year, day.month, extra);
  if (unit === 'quarter') {
    const q = Math.floor((day.month - 1) / 3) + 1;
    return { type: 'date', value: `${day.year}-Q${q}`, granularity: 'quarter', first: { year: day.year, month: q * 3 - 2, day: 1 }, last: monthValue(day.year, q * 3).last, ...extra };
  }
  return yearValue(day.year, extra);
}

/** Shift by whole periods, weekends and quarters included. */
function shiftPeriod(day: Day, unit: string, count: number): Day {
  if (unit === 'weekend') return addDays(day, 7 * count);
  if (unit === 'quarter') return shiftDay(day, 'month', 3 * count);
  return shiftDay(day, unit, count);
}

/** The day a weekday name means, from the publication date and the modifier before it. */
function weekdayDay(target: number, modifier: string, ctx: RuleContext & { pub: Day }): { day: Day; why: string } {
  const today = isoWeekday(ctx.pub);
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  switch (modifier) {
    case 'last':
    case 'past':
      return { day: addDays(ctx.pub, -(back || 7)), why: '"last": the latest such day before the publication date' };
    case 'next':
    case 'coming':
      return { day: addDays(ctx.pub, ahead || 7), why: '"next": the first such day after the publication date' };
    case 'this':
      return ctx.future
        ? { day: addDays(ctx.pub, ahead), why: '"this" in a future sentence: the next such day, today included' }
        : { day: addDays(ctx.pub, target - today), why: '"this": that day of the publication week' };
    default:
      return ctx.future
        ? { day: addDays(ctx.pub, ahead), why: 'weekday in a future sentence: the next such day, today included' }
        : { day: addDays(ctx.pub, -back), why: 'weekday: the latest such day, publication day included (news convention)' };
  }
}

const needsPub = (ctx: RuleContext): ctx is RuleContext & { pub: Day } => ctx.pub !== undefined;

export const RELATIVE_RULES: readonly Rule[] = [
  {
    name: 'weekday',
    needs: [HAS_WEEKDAY],
    pattern: pattern(`${B}(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast) )?(?<w>${WEEKDAY})(?: (?:morning|afternoon|evening|night))?${E}(?!s)`),
    normalise: (m, ctx) => {
      if (!needsPub(ctx)) return undefined;
      const { day, why } = weekdayDay(weekdayNumber(m.groups!.w), (m.groups!.mod ?? '').toLowerCase(), ctx);
      return dayValue(day, { relative: true, why });
    },
  },
  {
    name: 'day-word',
    needs: [/today|tonight|yesterday|tomorrow|night|morning|afternoon|evening/i],
    pattern: pattern(`${B}(?<w>the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))(?: (?:morning|afternoon|evening|night))?${E}`, 'i'),
    normalise: (m, ctx) => {
      if (!needsPub(ctx)) return undefined;
      const w = m.groups!.w.toLowerCase();
      const offset = w.includes('before yesterday') ? -2 : w.includes('after tomorrow') ? 2 : w.startsWith('yesterday') || w === 'last night' ? -1 : w.startsWith('tomorrow') ? 1 : 0;
      return dayValue(addDays(ctx.pub, offset), { relative: true, why: `${offset === 0 ? 'the publication day' : `${offset > 0 ? '+' : ''}${offset} day(s) from the publication date`}` });
    },
  },
  {
    name: 'anaphoric-period',
    needs: [/the (?:day|week|month|year|previous|preceding|next|following) /i],
    // the day before · the previous day · the following week · the next morning (from the last date mentioned)
    pattern: pattern(`${B}the (?:(?<u1>day|week|month|year) (?<d1>before|after|earlier|later)|(?<d2>previous|preceding|next|following) (?<u2>day|morning|week|month|year))${E}(?! (?:of|before|after)\\b)`, 'i'),
    normalise: (m, ctx) => {
      const anchor = ctx.anchor ?? ctx.pub;
      if (!anchor) return undefined;
      const direction = /before|earlier|previous|preceding/i.test(m.groups!.d1 ?? m.groups!.d2) ? -1 : 1;
      const unit = (m.groups!.u1 ?? m.groups!.u2).toLowerCase().replace('morning', 'day');
      return periodOf(shiftPeriod(anchor, unit, direction), unit, { relative: true, why: `${direction < 0 ? 'one ' + unit + ' before' : 'one ' + unit + ' after'} ${formatDay(anchor)}, the last date mentioned` });
    },
  },
  {
    name: 'past-next-span',
    needs: [HAS_UNIT],
    // the past two weeks · the last three years · the next 10 days (a range ending or starting at publication)
    pattern: pattern(`${B}(?:the )?(?<dir>past|last|previous|next|coming|following) (?<n>${COUNT}) (?<u>${UNIT})s?${E}(?! of\\b)`, 'i'),
    normalise: (m, ctx) => {
      const n = countValue(m.groups!.n);
      const unit = unitOf(m.groups!.u);
      if (!needsPub(ctx) || n === undefined || unit.granularity === 'time') return undefined;
      const forward = /next|coming|following/i.test(m.groups!.dir);
      const other = shiftDay(ctx.pub, unit.name, forward ? n : -n);
      const [from, to] = forward ? [ctx.pub, other] : [other, ctx.pub];
      return rangeValue(dayValue(from), dayValue(to), { relative: true, why: `${n} ${unit.name}(s) ${forward ? 'from' : 'up to'} the publication date` });
    },
  },
  {
    name: 'period',
    needs: [/week|month|quarter|year/i],
    // last week · this year · next month · earlier this week · the past year · last weekend
    pattern: pattern(`${B}(?<mod>last|next|this|coming|previous|current|earlier this|later this|early this|late last|early next|the past|the last|the coming|the current)\\s(?<u>week|weekend|month|quarter|year)${E}(?! of\\b)`, 'i'),
    normalise: (m, ctx) => {
      if (!needsPub(ctx)) return undefined;
      const mod = m.groups!.mod.toLowerCase();
      const unit = m.groups!.u.toLowerCase();
      if (mod === 'the past' || mod === 'the last') {
        return rangeValue(dayValue(shiftPeriod(ctx.pub, unit === 'weekend' ? 'week' : unit, -1)), dayValue(ctx.pub), { relative: true, why: `the ${unit} up to the publication date` });
      }
      let step = /last|previous/.test(mod) ? -1 : /next|coming/.test(mod) ? 1 : 0;
      // "this weekend" early in the week, in a past sentence, is the weekend just gone
      if (unit === 'weekend' && step === 0 && !ctx.future && isoWeekday(ctx.pub) <= 3) step = -1;
      return periodOf(shiftPeriod(ctx.pub, unit, step), unit, { relative: true, why: `${step < 0 ? 'the ' + unit + ' before' : step > 0 ? 'the ' + unit + ' after' : 'the ' + unit + ' of'} the publication date` });
    },
  },
  {
    name: 'ago',
    needs: [HAS_UNIT, /ago|later|earlier|after|before/i],
    // two days ago · three years ago · a week later (from the last date mentioned)
    pattern: pattern(`${B}(?<n>${COUNT}) (?<u>${UNIT})s? (?<dir>ago|later|earlier|(?:after|before)(?=\\s*(?:[,.;:]|$)))${E}`, 'i'),
    normalise: (m, ctx) => {
      const n = countValue(m.groups!.n);
      const unit = unitOf(m.groups!.u);
      const dir = m.groups!.dir.toLowerCase();
      const anchor = dir === 'ago' ? ctx.pub : (ctx.anchor ?? ctx.pub);
      if (!anchor || n === undefined) return undefined;
      const sign = dir === 'later' || dir === 'after' ? 1 : -1;
      // "24 hours ago" is a day: clock units count whole days only
      const hours = unit.name === 'hour' ? n : unit.name === 'minute' ? n / 60 : unit.name === 'second' ? n / 3600 : undefined;
      const day = hours !== undefined ? shiftDay(anchor, 'day', sign * Math.floor(hours / 24)) : shiftDay(anchor, unit.name, sign * n);
      const granularity = hours !== undefined ? 'day' : unit.name === 'decade' || unit.name === 'century' ? 'year' : unit.name;
      return periodOf(day, granularity, { relative: true, why: `${n} ${unit.name}(s) ${sign < 0 ? 'before' : 'after'} ${formatDay(anchor)}${dir === 'ago' ? ', the publication date' : ', the last date mentioned'}` });
    },
  },
  {
    name: 'set',
    needs: [new RegExp(`every|each|once|twice|three times|daily|weekly|monthly|annually|yearly|hourly|${WEEKDAY}s`, 'i')],
    // every Friday · every two weeks · each year · twice a month · daily · on Fridays
    pattern: pattern(`${B}(?:(?:every|each) (?:(?<n>other|${COUNT}) )?(?<u>${UNIT}|${WEEKDAY})s?|(?:once|twice|three times) (?:a|per) (?<per>${UNIT})|(?<adverb>daily|weekly|monthly|annually|yearly|hourly)|on (?<plural>${WEEKDAY})s)${E}`, 'i'),
    normalise: (m) => {
      const g = m.groups!;
      const day = g.plural ?? (g.u && weekdayNumber(g.u) > 0 ? g.u : undefined);
      if (day) return { type: 'set', value: `XXXX-WXX-${weekdayNumber(day)}`, granularity: 'day', why: 'every such weekday' };
      // "LA Weekly" is a name: a capitalised adverb counts only at the start of the sentence
      if (g.adverb && /^\p{Lu}/u.test(g.adverb) && m.index > 0) return undefined;
      const word = g.adverb?.toLowerCase();
      const unitWord = g.u ?? g.per ?? { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', hourly: 'hour' }[word ?? ''] ?? 'day';
      const unit = unitOf(unitWord);
      const n = g.n === 'other' ? 2 : g.n ? countValue(g.n) : 1;
      return { type: 'set', value: periodString(n, unit), granularity: unit.granularity };
    },
  },
  {
    name: 'duration',
    needs: [HAS_UNIT],
    // for three days · a two-day visit · six months · several years
    pattern: pattern(`${B}(?<n>${COUNT})[ -](?<u>${UNIT})s?(?:-long)?${E}(?![ -](?:ago|later|earlier|old)\\b)`, 'i'),
    normalise: (m) => {
      const unit = unitOf(m.groups!.u);
      // "a second goal": the ordinal, not a duration
      if (unit.name === 'second' && /^an?$/i.test(m.groups!.n)) return undefined;
      return { type: 'duration', value: periodString(countValue(m.groups!.n), unit), granularity: unit.granularity };
    },
  },
];

/** ISO 8601 period: P3D, P2W, PT4H, P10Y; an unknown count is X (`PXY`, "several years"). */
function periodString(n: number | undefined, unit: ReturnType<typeof unitOf>): string {
  // "half an hour" is PT30M: a fraction moves to the next smaller unit when there is one
  if (n !== undefined && !Number.isInteger(n) && unit.name === 'hour') return `PT${n * 60}M`;
  if (n !== undefined && !Number.isInteger(n) && unit.name === 'day') return `PT${n * 24}H`;
  const amount = n === undefined ? 'X' : String(n * unit.size);
  return unit.designator.startsWith('T') ? `PT${amount}${unit.designator.slice(1)}` : `P${amount}${unit.designator}`;
}
