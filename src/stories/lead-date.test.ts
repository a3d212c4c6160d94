import { describe, expect, it } from 'vitest';
import { makeDoc } from '../core/document.js';
import type { DateMention } from '../stages/dates/types.js';
import { leadDate } from './lead-date.js';

/** An item posted on `posted` whose sentences are split at full stops, with day-precise dates at the given words. */
function item(text: string, posted: string, dates: Record<string, string>) {
  const sentences = [...text.matchAll(/[^.]+\.?/g)].map((m) => ({ start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].length }));
  const mentions: DateMention[] = Object.entries(dates).map(([words, value]) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, type: 'date', value, granularity: 'day', relative: true };
  });
  return makeDoc({ text, meta: { date: posted }, layers: { sentences, dates: mentions } });
}

describe('leadDate', () => {
  it.each([
    ['the lead\'s yesterday', 'Yesterday, Jake Sullivan met with Prime Minister Albin Kurti. They discussed trade.', { Yesterday: '2022-05-17' }, '2022-05-17'],
    ['a date that opens the lead', 'On January 26, the meeting of advisers took place in Paris. The talks lasted eight hours.', { 'January 26': '2022-01-26' }, '2022-01-26'],
  ])('reads %s as the event\'s day when it is before the posting', (_, text, dates, day) => {
    expect(leadDate(item(text, nextDay(day), dates))).toBe(day);
    expect(leadDate(item(text, day, dates))).toBeUndefined();
  });

  it('keeps the publication day when the lead\'s first date is today\'s', () => {
    const text = 'President Biden spoke today with President Duque following the attack on Friday. They discussed security.';
    expect(leadDate(item(text, '2021-06-28', { today: '2021-06-28', Friday: '2021-06-25' }))).toBeUndefined();
  });

  it.each([
    ['a later sentence', 'They spoke by phone. The Council met in Pittsburgh on September 29.', { 'September 29': '2021-09-29' }, '2021-10-04'],
    ['a day after publication (a notice)', 'On Friday, April 29, President Biden will meet President Lopez Obrador.', { 'Friday, April 29': '2022-04-29' }, '2022-04-26'],
    ['a day long before (history)', 'On November 9, 2020, the leaders signed a statement.', { 'November 9, 2020': '2020-11-09' }, '2021-11-26'],
  ])('reads nothing from %s', (_, text, dates, posted) => {
    expect(leadDate(item(text, posted, dates))).toBeUndefined();
  });
});

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
