/**
 * Dates stage: reads `tokens` (through their sentences) and the publication date (the `dateline`
 * layer's `published` when present, else `doc.meta.date`); writes `dates`, every
 * temporal expression with its type (date, range, duration, set), ISO 8601 value, granularity,
 * whether it was resolved relative to the publication date, and a `background` flag for dates
 * ending more than 30 days before publication.
 *
 * Method: our own patterns (`rules-absolute.ts`, `rules-relative.ts`), longest match first.
 * News conventions: a weekday alone means the latest such day, publication day included ("on
 * Friday" in a Friday story is that day), or the next one in a future sentence; a day without a
 * year ("Feb 26") is the latest such day up to publication unless the sentence speaks of the
 * future; "the day before" counts from the last date mentioned.
 *
 * Limits: English only; clock times are not normalised; seasons and holidays are not read;
 * future tense is judged per sentence, so a sentence mixing tenses may misplace a weekday.
 *
 * Eval (`npm run eval places`, see eval/RESULTS.md): every seed date right.
 */
import type { Document } from '../../core/document.js';
import type { Span } from '../../core/span.js';
import { defineStage } from '../../core/stage.js';
import { parseDay } from './calendar.js';
import { findDates } from './find-dates.js';
import './types.js';

/** The dateline fields this stage reads; the `dateline` layer is optional input. */
interface DatelineInput {
  readonly span?: Span;
  readonly dateSpan?: Span;
  readonly published?: string;
}

/**
 * The dates stage.
 * @example createPipeline([sentences(), tokens(), dates()])
 */
export const dates = () =>
  defineStage({
    name: 'dates',
    requires: ['tokens'],
    run: (doc, ctx) => {
      const dateline = (doc.layers as { dateline?: DatelineInput }).dateline;
      const pub = parseDay(dateline?.published) ?? parseDay(doc.meta.date);
      if (!pub) ctx.report({ ruleId: 'dates/no-publication-date', reason: 'no publication date: relative dates ("on Friday") are left out', severity: 'info' });
      return findDates({ text: doc.text, regions: regionsOf(doc), pub, skip: [dateline?.span, dateline?.dateSpan].filter((s): s is Span => s !== undefined) });
    },
  });

/** The sentences, where tokens are; the whole text when a test gives tokens alone. */
function regionsOf(doc: Document): Span[] {
  return doc.layers.sentences && doc.layers.sentences.length > 0 ? [...doc.layers.sentences] : [{ start: 0, end: doc.text.length }];
}
