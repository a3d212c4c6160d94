/**
 * The event export formats (`dyad export --format`, see #17 and docs/exports.md): how each writes
 * its header and rows, and what its sidecar says about it. Parquet is written by `parquet.ts`.
 */
import type { StoredEvent } from '../store/store.js';
import { csvLine } from './csv.js';
import { CSV_COLUMNS, ploverOf } from './events.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdeltEventRow, gdeltMentionRow, tsvLine } from './gdelt.js';
import { ICEWS_COLUMNS, icewsRow } from './icews.js';
import { POLECAT_COLUMNS, polecatRow } from './polecat.js';

export const EVENT_FORMATS = ['plover', 'jsonl', 'csv', 'gdelt', 'gdelt-mentions', 'icews', 'polecat', 'parquet'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** A line-based format: its header line (if any), and each event's line with whether its mapping lost detail. */
export interface LineFormat {
  readonly columns: readonly string[] | null;
  readonly header: string | null;
  line(event: StoredEvent): { text: string; lossy: boolean };
  /** What the sidecar says about the format's mapping. */
  readonly notes: Readonly<Record<string, string>>;
}

const QUAD_NOTE = 'PLOVER quad (quad_code: SANCTION is material conflict) and CAMEO/GDELT QuadClass of the CAMEO code (cameo_quad: reduce relations, 16, is material conflict too, but investigate, 09, is material cooperation and protest, 14, verbal conflict)';

/** The line format of an export, for every format but parquet. */
export function lineFormat(format: Exclude<EventFormat, 'parquet'>, version: string): LineFormat {
  switch (format) {
    case 'plover':
    case 'jsonl':
      return {
        columns: null, header: null,
        line: (e) => ({ text: JSON.stringify(format === 'plover' ? ploverOf(e) : e) + '\n', lossy: false }),
        notes: { quad: 'quad_code is PLOVER’s' },
      };
    case 'csv':
      return { columns: CSV_COLUMNS.header, header: csvLine(CSV_COLUMNS.header), line: (e) => ({ text: csvLine(CSV_COLUMNS.row(e)), lossy: false }), notes: { quad: QUAD_NOTE } };
    case 'gdelt':
      return {
        columns: GDELT_EVENT_COLUMNS, header: null,
        line: (e) => {
          const { row, lossy } = gdeltEventRow(e);
          return { text: tsvLine(row), lossy };
        },
        notes: {
          quad: 'QuadClass is CAMEO’s (GDELT’s, from the root code); PLOVER’s quad is in the csv, jsonl, polecat and parquet exports',
          lossy: 'events without a CAMEO code get the most general code the CAMEO2PLOVER crosswalk maps to their PLOVER type and mode; lossy counts them',
          GlobalEventID: 'first 52 bits of SHA-256 of dyad’s event id; the dyad id is in the mentions file’s Extras',
          DATEADDED: 'the article’s publication time (UTC), so that re-coding the same articles gives the same file',
        },
      };
    case 'gdelt-mentions':
      return {
        columns: GDELT_MENTION_COLUMNS, header: null,
        line: (e) => ({ text: tsvLine(gdeltMentionRow(e)), lossy: false }),
        notes: { MentionType: '1 (web)', Extras: '<DYADID>dyad event id</DYADID>' },
      };
    case 'icews':
      return {
        columns: ICEWS_COLUMNS, header: tsvLine(ICEWS_COLUMNS),
        line: (e) => {
          const { row, lossy } = icewsRow(e);
          return { text: tsvLine(row), lossy };
        },
        notes: { Intensity: 'Goldstein score of the CAMEO code', lossy: 'as for gdelt: CAMEO codes inferred from the PLOVER type' },
      };
    case 'polecat':
      return {
        columns: POLECAT_COLUMNS, header: tsvLine(POLECAT_COLUMNS),
        line: (e) => ({ text: tsvLine(polecatRow(e, version)), lossy: false }),
        notes: { quad: 'Quad Code is PLOVER’s', 'Actor COW': 'COW code of the actor’s country on the event date' },
      };
  }
}
