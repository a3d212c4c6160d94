/**
 * Dates stage: reads `tokens` (through their sentences) and the publication date (the `dateline`
 * layer's `published` when present, else `doc.meta.date`); writes `dates`, every
 * temporal expression with its type (date, range, duration, set), ISO 8601 value, granularity,
 * whether it was resolved relative to the publication date, and a `background` flag for dates
 * ending more than `BACKGROUND_DAYS` (30) days before publication.
 *
 * Method: our own patterns (`rules-absolute.ts`, `rules-relative.ts`), longest valid match first.
 * News conventions: a weekday alone means the latest such day, publication day included ("on
 * Friday" in a Friday story is that day), or the next one in a future sentence; a day without a
 * year ("Feb 26") is the latest such day up to publication unless the sentence speaks of the
 * future; "the day before" counts from the last date mentioned.
 *
 * Limits: English only; clock times are not normalised; future tense is judged per sentence
 * (quotations and a past verb right before the date excepted), so a sentence mixing tenses may
 * misplace a weekday; a day written without a year in a sentence with no tense cue is put in the
 * past; holidays ("Christmas") are not read.
 *
 * Eval (`npm run eval places`, eval/RESULTS.md): seed 3/3 dates with value and background flag;
 * Wikinews sample (hand gold, a development set) 139/140 expressions with the right value.
 */
import { articleDate } from '../../core/days.js';
import type { Span } from '../../core/span.js';
import { defineStage } from '../../core/stage.js';
import { sentenceRegions } from '../../core/text-regions.js';
import '../dateline/types.js';
import '../sentences/types.js';
import { parseDay } from './calendar.js';
import { findDates } from './find-dates.js';
import './types.js';

/**
 * The dates stage.
 * @example createPipeline([sentences(), tokens(), dates()])
 */
export const dates = () =>
  defineStage({
    name: 'dates',
    assigns: ['dates'],
    requires: ['tokens'],
    optional: ['dateline', 'sentences'],
    run: (doc, ctx) => {
      // the dateline layer is optional input: a pipeline without it reads the reader's date
      const dateline = doc.layers.dateline;
      const pub = parseDay(articleDate(doc));
      if (!pub) ctx.report({ ruleId: 'dates/no-publication-date', reason: 'no publication date: relative dates ("on Friday") are left out', severity: 'info' });
      return findDates({ text: doc.text, regions: sentenceRegions(doc), pub, skip: [dateline?.span, dateline?.dateSpan].filter((s): s is Span => s !== undefined) });
    },
  });
