/**
 * CAMEO views of PLOVER events for exports and panels: the Goldstein score and CAMEO quad class of
 * a code, a CAMEO code for a PLOVER type when the coder gave none (a lossy mapping, flagged), and
 * the version of the CAMEO↔PLOVER crosswalk. The crosswalk itself is the events lexicon's `cameo`
 * table, read through `loadLexicon` so that there is one copy of it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { assetPath } from '../core/assets.js';
import { loadLexicon } from '../stages/events/lexicon.js';

/** The published crosswalk the lexicon's table adapts (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt). */
const CROSSWALK_SOURCE = 'CAMEO2PLOVER-2021 (PLOVER manual draft 0.8, 2021-09-17)';

let quads: ReadonlyMap<string, 1 | 2 | 3 | 4> | undefined;

/** GDELT's QuadClass of a CAMEO code (from its root), or null without a code. */
export function cameoQuad(cameo: string | null | undefined): 1 | 2 | 3 | 4 | null {
  if (!cameo) return null;
  quads ??= new Map(
    readFileSync(assetPath('src', 'export', 'data', 'cameo-quad.tsv'), 'utf8').split('\n').slice(1).filter(Boolean)
      .map((line) => line.split('\t')).map(([root, quad]) => [root, Number(quad) as 1 | 2 | 3 | 4]),
  );
  return quads.get(cameo.slice(0, 2)) ?? null;
}

/** The Goldstein score of a CAMEO code (GDELT's table, through the lexicon), or null. */
export function goldsteinOf(cameo: string | null | undefined): number | null {
  return cameo ? (loadLexicon().cameo[cameo]?.goldstein ?? null) : null;
}

/** A CAMEO code for an event, and whether it was inferred from the PLOVER type (lossy). */
export interface CameoCode {
  readonly code: string | null;
  readonly lossy: boolean;
}

let byType: ReadonlyMap<string, string> | undefined;

/**
 * The event's own CAMEO code, or else the most general CAMEO code that the crosswalk maps to its
 * PLOVER type and mode (then to its type alone), marked lossy: CAMEO distinctions that PLOVER does
 * not draw cannot be recovered. Null (and lossy) when no CAMEO code maps to the type.
 */
export function cameoFor(event: { cameo: string | null; event: string; mode: string | null }): CameoCode {
  if (event.cameo) return { code: event.cameo, lossy: false };
  if (!byType) {
    const map = new Map<string, string>();
    // Codes sorted so that the shortest (most general) and lowest wins for each key.
    const codes = Object.keys(loadLexicon().cameo).sort((a, b) => a.length - b.length || a.localeCompare(b));
    for (const code of codes) {
      const entry = loadLexicon().cameo[code];
      if (entry.mode && !map.has(`${entry.event}:${entry.mode}`)) map.set(`${entry.event}:${entry.mode}`, code);
      if (!map.has(entry.event)) map.set(entry.event, code);
    }
    byType = map;
  }
  const code = (event.mode ? byType.get(`${event.event}:${event.mode}`) : undefined) ?? byType.get(event.event) ?? null;
  return { code, lossy: true };
}

let version: string | undefined;

/** The crosswalk's version: its published source and a hash of the table dyad compiled from it. */
export function crosswalkVersion(): string {
  version ??= `${CROSSWALK_SOURCE}; lexicon cameo table sha256:${createHash('sha256').update(JSON.stringify(loadLexicon().cameo)).digest('hex').slice(0, 16)}`;
  return version;
}
