import { describe, expect, it } from 'vitest';
import { RULES, findDates } from './find-dates.js';

// Friday 26 June 2020, the seed article's publication date.
const pub = { year: 2020, month: 6, day: 26 };

function first(text: string, at = pub) {
  const [mention] = findDates({ text, regions: [{ start: 0, end: text.length }], pub: at });
  return mention && { text: text.slice(mention.start, mention.end), type: mention.type, value: mention.value, granularity: mention.granularity, background: mention.background ?? false };
}

describe('findDates', () => {
  it.each([
    ['The Kremlin said on Friday.', 'Friday', '2020-06-26'],
    ['They spoke on Tuesday.', 'Tuesday', '2020-06-23'],
    ['They spoke last Friday.', 'last Friday', '2020-06-19'],
    ['They will meet on Monday.', 'Monday', '2020-06-29'],
    ['They will meet next Friday.', 'next Friday', '2020-07-03'],
    ['He left yesterday.', 'yesterday', '2020-06-25'],
    ['He arrives today.', 'today', '2020-06-26'],
    // a deadline after an obligation is still to come; a past inference is not
    ['Trump said Hamas must release all hostages by Saturday.', 'Saturday', '2020-06-27'],
    ['The rebels have to withdraw their forces by Monday, the statement said.', 'Monday', '2020-06-29'],
    ['The letter must have arrived by Tuesday.', 'Tuesday', '2020-06-23'],
  ])('weekdays and day words: %s', (text, span, value) => {
    expect(first(text)).toMatchObject({ text: span, type: 'date', value, granularity: 'day' });
  });

  it.each([
    // 2021-09-23 was a Thursday, 2022-09-23 a Friday: the weekday overrules the future tense
    ['They agreed on Thursday, September 23 that talks will resume.', { year: 2021, month: 9, day: 24 }, '2021-09-23'],
    ['The talks will resume on Thursday, 23 September.', { year: 2021, month: 9, day: 24 }, '2021-09-23'],
    // the weekday agrees with the inferred year: nothing changes
    ['The summit will be held on Friday, February 26.', pub, '2021-02-26'],
    ['It happened on Wednesday, Feb 26.', pub, '2020-02-26'],
  ])('a weekday written with a date names its year: %s', (text, at, value) => {
    expect(first(text, at)).toMatchObject({ type: 'date', value, granularity: 'day' });
  });

  it.each([
    ['Talks in Paris on December 9, 2019.', 'December 9, 2019', '2019-12-09', 'day'],
    ['Signed on 9 December 2019.', '9 December 2019', '2019-12-09', 'day'],
    ['It happened on Feb 26.', 'Feb 26', '2020-02-26', 'day'],
    ['It happened on Feb. 26.', 'Feb. 26', '2020-02-26', 'day'],
    ['The summit will be held on Feb 26.', 'Feb 26', '2021-02-26', 'day'],
    ['It happened on Dec 30.', 'Dec 30', '2019-12-30', 'day'],
    ['The agreements of 2015 stand.', '2015', '2015', 'year'],
    ['The 2015 Minsk agreements stand.', '2015', '2015', 'year'],
    ['Prices rose in December 2019.', 'December 2019', '2019-12', 'month'],
    ['Prices rose in March.', 'March', '2020-03', 'month'],
    ['Filed on 2020-06-01.', '2020-06-01', '2020-06-01', 'day'],
    ['Growth slowed in the first quarter of 2020.', 'the first quarter of 2020', '2020-Q1', 'quarter'],
    ['Born in the 1990s.', 'the 1990s', '199', 'decade'],
  ])('calendar dates: %s', (text, span, value, granularity) => {
    expect(first(text)).toMatchObject({ text: span, type: 'date', value, granularity });
  });

  it.each([
    ['He left last week.', 'last week', '2020-W25', 'week'],
    ['Sales fell last month.', 'last month', '2020-05', 'month'],
    ['Sales fell last year.', 'last year', '2019', 'year'],
    ['It opens next month.', 'next month', '2020-07', 'month'],
    ['He left earlier this week.', 'earlier this week', '2020-W26', 'week'],
    ['It closed three years ago.', 'three years ago', '2017', 'year'],
    ['It closed two days ago.', 'two days ago', '2020-06-24', 'day'],
  ])('periods from the publication date: %s', (text, span, value, granularity) => {
    expect(first(text)).toMatchObject({ text: span, type: 'date', value, granularity });
  });

  it.each([
    ['They met from June 1 to June 5, 2019.', 'June 1 to June 5, 2019', '2019-06-01/2019-06-05'],
    ['They met June 1-5.', 'June 1-5', '2020-06-01/2020-06-05'],
    ['It ran between 2015 and 2019.', '2015 and 2019', '2015/2019'],
    ['The war of 2014–2015 ended.', '2014–2015', '2014/2015'],
    ['Cases doubled over the past two weeks.', 'the past two weeks', '2020-06-12/2020-06-26'],
  ])('ranges: %s', (text, span, value) => {
    expect(first(text)).toMatchObject({ text: span, type: 'range', value });
  });

  it.each([
    ['The talks lasted for three days.', 'three days', 'P3D', 'day'],
    ['A two-day visit began.', 'two-day', 'P2D', 'day'],
    ['They waited six months.', 'six months', 'P6M', 'month'],
    ['It took several years.', 'several years', 'PXY', 'year'],
    ['The flight took 4 hours.', '4 hours', 'PT4H', 'time'],
  ])('durations: %s', (text, span, value, granularity) => {
    expect(first(text)).toMatchObject({ text: span, type: 'duration', value, granularity });
  });

  it.each([
    ['They meet every Friday.', 'every Friday', 'XXXX-WXX-5'],
    ['They meet on Fridays.', 'on Fridays', 'XXXX-WXX-5'],
    ['The report appears weekly.', 'weekly', 'P1W'],
    ['Elections are held every four years.', 'every four years', 'P4Y'],
  ])('sets: %s', (text, span, value) => {
    expect(first(text)).toMatchObject({ text: span, type: 'set', value });
  });

  it('reads "the day before" from the last date mentioned', () => {
    const text = 'The vote was on June 3. The day before, crowds gathered.';
    const mentions = findDates({ text, regions: [{ start: 0, end: 23 }, { start: 24, end: text.length }], pub });
    expect(mentions.map((m) => m.value)).toEqual(['2020-06-03', '2020-06-02']);
  });

  it('flags dates well before publication as background', () => {
    expect(first('Signed on December 9, 2019.')?.background).toBe(true);
    expect(first('Signed on Tuesday.')?.background).toBe(false);
  });

  it.each(['He may go.', 'About 2000 people came.', 'It cost $2015.', 'A 2+2 format.', 'Call 555-2019 now.'])('finds no date in %s', (text) => {
    expect(first(text)).toBeUndefined();
  });

  it('leaves relative dates out without a publication date but keeps absolute ones', () => {
    const text = 'On Friday, as on December 9, 2019, they met.';
    const mentions = findDates({ text, regions: [{ start: 0, end: text.length }] });
    expect(mentions.map((m) => m.value)).toEqual(['2019-12-09']);
  });

  it('skips the spans it is told to skip', () => {
    const text = 'MOSCOW, June 26. Talks.';
    expect(findDates({ text, regions: [{ start: 0, end: text.length }], pub, skip: [{ start: 0, end: 16 }] })).toEqual([]);
  });
});

describe('findDates: tense and news wording', () => {
  it.each([
    ['The broadcasts began on August 10 and the South says they will continue.', '2020-08-10', '2019-08-10'],
    ['On Wednesday, he and his father are to travel to New York.', 'Wednesday', '2020-07-01'],
    ['On Wednesday he said: "they will not be able to stay."', 'Wednesday', '2020-06-24'],
    ['Shultz is set to arrive in Moscow April 13.', 'April 13', '2021-04-13'],
    ['OPEC is slated to meet in Vienna on June 30.', 'June 30', '2020-06-30'],
    // British "slated" is "criticised": no future without "slated to …" or "slated for" a time.
    ['The plan was slated by critics on Tuesday as unworkable.', 'Tuesday', '2020-06-23'],
    ['The minister was slated for his handling of the strike on Tuesday.', 'Tuesday', '2020-06-23'],
    // "set to" with any verb is the future unless "was/were set to" tells of a past plan.
    ['The ceasefire, set to expire on Tuesday, was extended by both sides.', 'Tuesday', '2020-06-30'],
    ['The talks were set to resume on Tuesday but collapsed.', 'Tuesday', '2020-06-23'],
    ['The festival runs through March 11 this year.', 'March 11 this year', '2020-03-11'],
    ['Posted 24 hours ago.', '24 hours ago', '2020-06-25'],
    ['It was built a decade ago.', 'a decade ago', '2010'],
  ])('%s', (text, span, value) => {
    const found = first(text);
    if (span.startsWith('20')) expect(found?.value).toBe(value);
    else expect(found).toMatchObject({ text: span, value });
  });

  it.each(['He scored a second goal.', 'She told LA Weekly about it.', 'A 2000 year old tradition.'])('finds no date in %s', (text) => {
    expect(first(text)).toBeUndefined();
  });

  it('reads "this weekend" early in the week as the weekend just gone', () => {
    expect(first('He was a guest this weekend.', { year: 2015, month: 9, day: 22 })).toMatchObject({ value: '2015-W38-WE' });
  });
});

describe('findDates: ranges need a range word', () => {
  it('reads "between July 2003 and December 2004" as one range of months', () => {
    expect(first('It ran between July 2003 and December 2004.')).toMatchObject({ type: 'range', value: '2003-07/2004-12', granularity: 'month' });
  });

  it('reads "in 1997 and 1998" as two years', () => {
    const text = 'It happened in 1997 and 1998.';
    expect(findDates({ text, regions: [{ start: 0, end: text.length }], pub }).map((m) => m.value)).toEqual(['1997', '1998']);
  });

  it('does not read "the last five months of her life" from the publication date', () => {
    expect(first('Over the last five months of her life she wept.')).toMatchObject({ type: 'duration', value: 'P5M' });
  });

  it('knows the teens', () => {
    expect(first('Seventeen years ago it was impossible.')).toMatchObject({ value: '2003' });
  });
});

describe('findDates: seasons and fractions', () => {
  it.each([
    ['They applied before last summer.', { year: 2023, month: 2, day: 23 }, 'last summer', '2022-SU'],
    ['The vote is planned for this autumn.', pub, 'this autumn', '2020-FA'],
    ['It was built in the summer of 2019.', pub, 'the summer of 2019', '2019-SU'],
  ])('%s', (text, at, span, value) => {
    expect(first(text, at)).toMatchObject({ text: span, value, granularity: 'season' });
  });

  it('reads "half an hour" as thirty minutes', () => {
    expect(first('After half an hour, play resumed.')).toMatchObject({ type: 'duration', value: 'PT30M' });
  });

  it('infers a range year from its end in a future sentence', () => {
    expect(first('The exhibit is to run from January 23 through March 9.', { year: 2014, month: 1, day: 28 })).toMatchObject({ value: '2014-01-23/2014-03-09' });
  });
});

describe("the rules' prefilters", () => {
  // at least one match for every rule, in each case and spelling the patterns allow
  const phrases = [
    'June 1-5, 2020', 'from June 1 to July 3', 'between March 3 and March 5', 'Feb 26 to Mar 2',
    '2015-2019', 'from 2015 to 2019', 'between July 2003 and December 2004', 'from March to June 2020',
    'Friday, June 26, 2020', 'Thurs. Sept 23', 'March 11 this year', '9 December 2019', 'the 9th of Dec. 2019',
    'Fri. 26 June', '2020-06-26', '6/26/2020', 'early March 2020', 'Oct., 2019', 'in March', 'since Jan.',
    'last December', 'next May', 'mid-September', 'last summer', 'This winter', 'Spring 2019', 'the Fall of 2019',
    'the first quarter of 2020', 'Q3 2019', 'the 4th quarter', 'the 1990s', 'the early 2000s', 'in 2015',
    "2019's election", 'last Friday', 'Coming Tues.', 'Sunday night', 'TODAY', 'the day before yesterday',
    'Last Night', 'this Evening', 'the day before', 'The Following Week', 'the next morning', 'the past two weeks',
    'the NEXT 10 days', 'Last Week', 'earlier this month', 'the past year', 'last weekend', 'two days ago',
    'Three Years Later', 'a week earlier', 'every Friday', 'Every two weeks', 'each year', 'twice a month',
    'daily', 'Weekly', 'on Fridays', 'on mondays', 'for three days', 'a two-day visit', 'six Months', 'several years',
    'half an hour', '24 hours',
  ];

  it('are plain tests (no global or sticky flag, whose lastIndex would carry between regions)', () => {
    for (const rule of RULES) for (const test of rule.needs ?? []) expect(test.flags).not.toMatch(/[gy]/);
  });

  it.each(RULES.map((rule) => [rule.name, rule] as const))('%s: every match passes every prefilter', (_name, rule) => {
    let matches = 0;
    for (const phrase of phrases) {
      for (const m of phrase.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags))) {
        matches++;
        for (const test of rule.needs ?? []) expect(test.test(m[0]), `${rule.name} /${test.source}/ on "${m[0]}"`).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(0);
  });
});
