/**
 * The PLOVER ontology for code: event types, quad classes and conflict–cooperation scores, read
 * from the data file `src/ontology/plover.json` (through its generated module). Facts from the
 * PLOVER codebook (openeventdata/PLOVER 5e0c24f, `PLOVER_MANUAL.tex`; CC BY-SA 4.0).
 */
import { PLOVER_EVENTS, PLOVER_RULES, PLOVER_TYPES, QUAD_CLASSES } from '../../ontology/plover.js';

export { PLOVER_EVENTS, PLOVER_RULES, QUAD_CLASSES };
export type PloverEvent = (typeof PLOVER_EVENTS)[number];
export type QuadClass = (typeof QUAD_CLASSES)[number];

/**
 * The type a future act is coded as (PLOVER codebook, AGREE and CONCEDE): a cooperative act promised is AGREE, a retreat
 * promised CONCEDE. The one table code-events.ts, code-nominal.ts and clause-rules.ts read.
 */
export const FUTURE_AS: Readonly<Partial<Record<PloverEvent, PloverEvent>>> = PLOVER_RULES.futureAs;

/** Quad category per event type (each type's "Quad category" section in the codebook). */
export const QUAD_OF: Readonly<Record<PloverEvent, QuadClass>> = Object.fromEntries(
  PLOVER_EVENTS.map((event) => [event, PLOVER_TYPES[event].quad]),
) as Record<PloverEvent, QuadClass>;

/** The GDELT-style quad code (1 verbal cooperation … 4 material conflict). */
export function quadCode(event: PloverEvent): 1 | 2 | 3 | 4 {
  return (QUAD_CLASSES.indexOf(QUAD_OF[event]) + 1) as 1 | 2 | 3 | 4;
}

/** The PLOVER conflict–cooperation score of a type and (optional) mode, -10 … +10. */
export function ploverScore(event: PloverEvent, mode?: string): number {
  const type = PLOVER_TYPES[event];
  const modes: Readonly<Record<string, number>> = type.modes;
  return (mode ? modes[mode] : undefined) ?? type.score;
}

/** True for a PLOVER event type name. */
export function isPloverEvent(name: string): name is PloverEvent {
  return (PLOVER_EVENTS as readonly string[]).includes(name);
}
