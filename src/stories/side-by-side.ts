/**
 * Side by side (see #15): the events each side of a story reported, aligned event by event. A
 * story's members are grouped by their source (the Kremlin's readout, the White House's); within a
 * side, events of one type between the same parties are one claim ("RUS and USA agreed …", however
 * many sentences or reports say it); across sides, claims are aligned into rows:
 * - `agree`: the sides report the same type between compatible parties (one side may leave a
 *   party out: "Putin warned" against "Putin warned Biden");
 * - `disagree`, `direction`: the same type with actor and recipient swapped (who asked whom, who
 *   accused whom);
 * - `disagree`, `negation`: one side reports the act, the other reports it did not happen;
 * - `disagree`, `type`: the same parties, in the same direction, but a different type, when that
 *   pairing is unambiguous (each side has exactly one claim left between those parties): several
 *   unrelated acts between two leaders of one call would otherwise be paired by chance;
 * - `only`: what one side alone reports.
 * Parties are compared by country or organisation code, so "Putin" and "Russia" are one party;
 * meetings and calls the coder made reciprocal (every participant an actor, no recipient) have no
 * direction. The result depends only on the inputs, not on their order.
 */
import type { PloverEntity } from '../stages/events/plover-records.js';
import type { EventQueries, StoredEvent } from '../store/store.js';
import type { Story } from './types.js';

/** One member report of a story: its content id, the source that published it, its events. */
export interface MemberEvents {
  readonly document: string;
  readonly source: string;
  readonly events: readonly StoredEvent[];
}

/** What one side says about one act: its type, parties (codes) and the events that say it. */
export interface SideClaim {
  readonly event: string;
  readonly mode: string | null;
  /** Party keys, sorted: a country code, `IGO` with the organisation (`IGONATO`), else the name. */
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  readonly negated: boolean;
  /** The events of this side's reports that make the claim, in text order. */
  readonly events: readonly StoredEvent[];
}

export type Disagreement = 'direction' | 'negation' | 'type';

export interface AlignedRow {
  readonly kind: 'agree' | 'disagree' | 'only';
  readonly disagreement?: Disagreement;
  /** One cell per side, in the order of `sides`; null where that side does not report it. */
  readonly cells: readonly (SideClaim | null)[];
}

export interface Side {
  readonly source: string;
  /** Content ids of the side's member reports. */
  readonly documents: readonly string[];
}

export interface SideBySide {
  /** The sources, sorted by name. */
  readonly sides: readonly Side[];
  /** Agreements first, then disagreements, then what one side alone says; in text order within. */
  readonly rows: readonly AlignedRow[];
}

/** The label of a member whose source is unknown: such members are one side together. */
export const UNKNOWN_SOURCE = 'unknown source';

/** Page size when reading a member's events: a report rarely has more than a few dozen. */
const PAGE = 500;

/**
 * A stored story side by side: each member's events read from the store, aligned by source.
 * @example const view = await storySideBySide(store, (await store.story('kremlin-67487'))!)
 */
export async function storySideBySide(store: Pick<EventQueries, 'events'>, story: Story): Promise<SideBySide> {
  const members = await Promise.all(story.members.map(async (m) => {
    const events: StoredEvent[] = [];
    for (let offset: number | null = 0; offset !== null; ) {
      const page = await store.events({ doc: m.document }, { limit: PAGE, offset });
      events.push(...page.items);
      offset = page.next;
    }
    return { document: m.document, source: m.source ?? UNKNOWN_SOURCE, events };
  }));
  return sideBySide(members);
}

const KIND_ORDER = { agree: 0, disagree: 1, only: 2 } as const;

/**
 * Align the events of a story's reports by source.
 * @example sideBySide([{ document: k.id, source: 'kremlin.ru', events: kremlinEvents }, { document: w.id, source: 'whitehouse.gov', events: whEvents }])
 */
export function sideBySide(members: readonly MemberEvents[]): SideBySide {
  const bySource = new Map<string, MemberEvents[]>();
  for (const m of members) bySource.set(m.source, [...(bySource.get(m.source) ?? []), m]);
  const sources = [...bySource.keys()].sort();
  const sides = sources.map((source) => ({ source, documents: bySource.get(source)!.map((m) => m.document).sort() }));
  const rows: Row[] = [];
  sources.forEach((source, side) => alignSide(rows, side, claimsOf(bySource.get(source)!)));
  const aligned = rows.map((r) => toAligned(r, sources.length));
  const order = aligned.map((row, i) => ({ row, i }));
  order.sort((a, b) => KIND_ORDER[a.row.kind] - KIND_ORDER[b.row.kind] || a.i - b.i);
  return { sides, rows: order.map((o) => o.row) };
}

interface Row {
  readonly cells: Map<number, SideClaim>;
  /** The claim the row started with; later sides are compared with it. */
  readonly anchor: SideClaim;
  disagreement?: Disagreement;
}

function toAligned(row: Row, sideCount: number): AlignedRow {
  const cells = Array.from({ length: sideCount }, (_, i) => row.cells.get(i) ?? null);
  if (row.cells.size < 2) return { kind: 'only', cells };
  return row.disagreement ? { kind: 'disagree', disagreement: row.disagreement, cells } : { kind: 'agree', cells };
}

/** A party's key: the state's code whatever the sector (RUSGOV is RUS); an IGO by its organisation. */
function partyKey(p: PloverEntity): string {
  if (!p.code) return p.name.toLowerCase();
  // dyad codes organisations as IGO with the organisation as sector: NATO and the OSCE are different parties.
  return p.code === 'IGO' && p.sector ? `IGO${p.sector}` : p.code;
}

const keys = (ps: readonly PloverEntity[]) => [...new Set(ps.map(partyKey))].sort();

/** The side's events as claims, one per type, parties and negation, in the order of the reports' text. */
function claimsOf(members: readonly MemberEvents[]): SideClaim[] {
  const events = members.flatMap((m) => m.events);
  events.sort((a, b) => a.document.localeCompare(b.document) || a.text_info.start - b.text_info.start || a.id.localeCompare(b.id));
  const claims = new Map<string, { event: string; mode: string | null; actors: string[]; recipients: string[]; negated: boolean; events: StoredEvent[] }>();
  for (const e of events) {
    const actors = keys(e.actor);
    const recipients = keys(e.recipient).filter((r) => !actors.includes(r));
    const key = [e.event, actors.join('+'), recipients.join('+'), e.negated].join('|');
    const claim = claims.get(key);
    if (claim) {
      claim.events.push(e);
      claim.mode ??= e.mode;
    } else {
      claims.set(key, { event: e.event, mode: e.mode, actors, recipients, negated: e.negated, events: [e] });
    }
  }
  return [...claims.values()];
}

type Parties = 'same' | 'compatible' | 'reversed';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const within = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));
/** One list holds the other. */
const nested = (a: readonly string[], b: readonly string[]) => within(a, b) || within(b, a);

function parties(a: SideClaim, b: SideClaim): Parties | undefined {
  if (sameSet(a.actors, b.actors) && sameSet(a.recipients, b.recipients)) return 'same';
  if (a.recipients.length && b.recipients.length) {
    if (sameSet(a.actors, b.recipients) && sameSet(a.recipients, b.actors)) return 'reversed';
    const shareActor = a.actors.some((x) => b.actors.includes(x));
    return shareActor && nested(a.actors, b.actors) && nested(a.recipients, b.recipients) ? 'compatible' : undefined;
  }
  if (!a.recipients.length && !b.recipients.length) return nested(a.actors, b.actors) ? 'compatible' : undefined;
  // One claim has no recipient: either a reciprocal act whose actors hold every party of the other
  // ("the presidents agreed"), or the same act with its recipient left unsaid ("Putin warned").
  const [open, full] = a.recipients.length ? [b, a] : [a, b];
  return within([...full.actors, ...full.recipients], open.actors) || within(open.actors, full.actors) ? 'compatible' : undefined;
}

/** How the claim b of a later side relates to a row's anchor a, with a preference score. */
function relation(a: SideClaim, b: SideClaim): { disagreement?: Disagreement; score: number } | undefined {
  if (a.event !== b.event) return undefined;
  const p = parties(a, b);
  if (!p) return undefined;
  const exact = p === 'same' ? 1 : 0;
  if (p === 'reversed') return { disagreement: 'direction', score: 1 };
  return a.negated === b.negated ? { score: 3 + exact } : { disagreement: 'negation', score: 2 + exact };
}

function alignSide(rows: Row[], side: number, claims: readonly SideClaim[]): void {
  const open = rows.filter((r) => !r.cells.has(side));
  const candidates = claims.flatMap((claim, c) => open.flatMap((row, r) => {
    const rel = relation(row.anchor, claim);
    return rel ? [{ claim, c, row, r, ...rel }] : [];
  }));
  candidates.sort((x, y) => y.score - x.score || x.r - y.r || x.c - y.c);
  const used = new Set<SideClaim>();
  for (const cand of candidates) {
    if (used.has(cand.claim) || cand.row.cells.has(side)) continue;
    cand.row.cells.set(side, cand.claim);
    if (cand.disagreement) cand.row.disagreement ??= cand.disagreement;
    used.add(cand.claim);
  }
  pairRetyped(rows, side, claims.filter((c) => !used.has(c)), used);
  for (const claim of claims) if (!used.has(claim)) rows.push({ cells: new Map([[side, claim]]), anchor: claim });
}

const directedKey = (c: SideClaim) => `${c.actors.join('+')}>${c.recipients.join('+')}`;

/**
 * Same parties, same direction, another type: paired only when each side has exactly one such
 * claim left, so that the pairing says something rather than matching two unrelated acts.
 */
function pairRetyped(rows: Row[], side: number, left: readonly SideClaim[], used: Set<SideClaim>): void {
  const lone = rows.filter((r) => r.cells.size === 1 && !r.cells.has(side));
  for (const claim of left) {
    const key = directedKey(claim);
    const mine = left.filter((c) => directedKey(c) === key);
    const theirs = lone.filter((r) => directedKey(r.anchor) === key && r.anchor.event !== claim.event);
    const sameKeyRows = lone.filter((r) => directedKey(r.anchor) === key);
    if (mine.length !== 1 || theirs.length !== 1 || sameKeyRows.length !== 1) continue;
    theirs[0].cells.set(side, claim);
    theirs[0].disagreement = 'type';
    used.add(claim);
  }
}
