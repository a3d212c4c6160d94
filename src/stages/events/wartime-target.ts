/**
 * "Iran launched the new offensive, codenamed Karbala-7, on Tuesday night", "Iranian forces mounted fresh
 * attacks on the Gulf war southern front": in a report of a war between two states (`data/wars.tsv`, on the
 * article's date), force one side uses with no target named is used against the other side. The story says
 * whose war it reports by naming the other side as an actor somewhere; the sentence names only the side that
 * acts. `war-target.ts` does the same on an official site at war, which names its adversary by its site alone;
 * a side's own site is left to it.
 */
import { articleDate } from '../../core/days.js';
import type { Document } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { reason, type Reason } from '../../lang/reason.js';
import { loadKb, type ActorKb } from '../actors/kb.js';
import { resolvedActors } from '../discourse/merge.js';
import { shippedTable } from './shipped-table.js';
import type { CodedEvent, EventParticipant } from './types.js';

/** A war between two states, from its first day to its last (open while it goes on). */
export interface War {
  readonly sides: readonly [string, string];
  readonly from: string;
  readonly to?: string;
}

/** Whether the war goes on on `day` (ISO dates compare as text). */
export const isWaged = (war: War, day: string): boolean => day >= war.from && (!war.to || day <= war.to);

/** Events of force, whose target the war's other side is when the sentence names none. */
const FORCE = new Set(['ASSAULT', 'COERCE']);

let kb: ActorKb | undefined;

/** The list shipped with dyad, read once: the default of `wartimeTarget` and `groundRecipients`, asked per event. */
export const loadWars: () => readonly War[] = shippedTable('wars.tsv', parseWars);

/** Rows `side<TAB>side<TAB>first day<TAB>last day or -`; `#` starts a comment line. */
export function parseWars(text: string, path: string): War[] {
  const out: War[] = [];
  const day = /^\d{4}-\d{2}-\d{2}$/;
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [a = '', b = '', from = '', to = '', ...rest] = line.split('\t').map((f) => f.trim());
    if (!/^[A-Z]{3}$/.test(a) || !/^[A-Z]{3}$/.test(b) || a === b || !day.test(from) || !(to === '-' || day.test(to)) || rest.length) {
      throw new DyadError('E540', { path, line: i + 1 });
    }
    out.push({ sides: [a, b], from, ...(to === '-' ? {} : { to }) });
  });
  return out;
}

/** The war's other side as the event's recipient, with the reason; undefined when the rule does not apply. */
export function wartimeTarget(doc: Document, event: CodedEvent, wars: readonly War[] = loadWars()): { recipient: EventParticipant; reason: Reason } | undefined {
  if (!FORCE.has(event.event) || event.recipients.length || !event.actors.length) return undefined;
  const codes = new Set(event.actors.map((a) => a.code));
  const [side] = codes;
  const day = articleDate(doc);
  if (codes.size !== 1 || !side || !day) return undefined;
  const war = wars.find((w) => w.sides.includes(side) && isWaged(w, day));
  // A side's own site tells its war its own way (kremlin.ru counts the Donbas republics' towns as its own;
  // war-target.ts reads president.gov.ua's "occupiers"): only a third party's report is read so.
  const site = doc.layers.discourse?.publisher?.code;
  if (!war || (site && war.sides.includes(site))) return undefined;
  const enemy = war.sides[0] === side ? war.sides[1] : war.sides[0];
  const mentions = resolvedActors(doc);
  // The story is of that war only when it names the other side; a third party named in the sentence
  // ("attacks on Kuwaiti tankers", a ship's flag the roles did not take) may be the target instead.
  const sentence = doc.layers.sentences?.[event.sent];
  const inSentence = sentence ? mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end) : [];
  if (!mentions.some((m) => m.code === enemy) || inSentence.some((m) => m.code && m.code !== side && m.code !== enemy)) return undefined;
  const name = (kb ??= loadKb()).actor(kb.country(enemy) ?? -1)?.name ?? enemy;
  const { start, end, tokens } = event.trigger;
  return {
    recipient: { start, end, tokens, actorId: `war:${enemy}`, name, code: enemy },
    reason: reason('events/wartime-target', { name }),
  };
}
