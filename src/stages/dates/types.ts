import type { Span } from '../../core/span.js';

export const DATE_TYPES = ['date', 'range', 'duration', 'set'] as const;
/** TIMEX3-style type: a point (`date`), an interval (`range`), a length (`duration`), a recurrence (`set`). */
export type DateType = (typeof DATE_TYPES)[number];

export const GRANULARITIES = ['time', 'day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A temporal expression in the text, normalised against the publication date. */
export interface DateMention extends Span {
  readonly type: DateType;
  /**
   * ISO 8601: `2020-06-26`, `2020-06`, `2020`, `2020-W26`, `2020-Q1`, `199` (the 1990s, as in
   * TIMEX3); ranges as `start/end` intervals; durations and sets as periods (`P3D`, `P1W`);
   * a set on a weekday as `XXXX-WXX-5`.
   */
  readonly value: string;
  readonly granularity: Granularity;
  /** True when the expression was resolved from the publication date (or an earlier date) rather than read whole. */
  readonly relative?: boolean;
  /** True when the date (or range) ends well before the publication date: background, not the news. */
  readonly background?: boolean;
  /** How the value was reached, for expressions that needed inference ("weekday: most recent Friday"). */
  readonly why?: string;
}

declare module '../../core/layers.js' {
  interface Layers {
    dates: DateMention[];
  }
}
