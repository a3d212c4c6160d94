import type { StoryDoc } from '../stories/features.js';
import { linksOf, place, type GroupedDoc } from '../stories/group.js';
import { lookupKeys, ownKeys } from '../stories/link.js';
import { mergeEvents, type MemberEvent } from '../stories/merge-events.js';
import type { StoryLink, StoryMember } from '../stories/types.js';

/**
 * Grouping a stored document into its story, the same SQL for both stores. The steps are a
 * generator of statements so that SQLite runs them synchronously inside its write transaction
 * and PostgreSQL awaits each one inside its own: `rows` statements hand their rows back.
 */
export interface Statement {
  readonly sql: string;
  readonly params: unknown[];
  readonly rows?: boolean;
}
/**
 * Rows to insert with one statement shape, `insertSql` of them. SQLite runs the one-row statement
 * for each: a statement that writes several rows and may fail (a foreign key) keeps a statement
 * journal, which spills to a temporary file past 64 KiB, a write per page a document's keys touch
 * (#13). PostgreSQL sends them as one multi-row statement, one round trip.
 */
export interface Inserts {
  /** `table (columns)`. */
  readonly into: string;
  /** What follows the `VALUES` list. */
  readonly tail: string;
  readonly each: readonly unknown[][];
}
export type StorySteps = Generator<Statement | Inserts, void, unknown[]>;

const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The statement that inserts `rows` rows of an `Inserts` step. */
export function insertSql(step: Inserts, rows: number): string {
  const tuple = `(${list(step.each[0].length)})`;
  return `INSERT INTO ${step.into} VALUES ${Array.from({ length: rows }, () => tuple).join(', ')} ${step.tail}`;
}

interface DocRow {
  doc_rowid: number;
  story: string;
  link: StoryLink | null;
  features: string;
}

const grouped = (r: DocRow): GroupedDoc => ({ rowid: Number(r.doc_rowid), story: r.story, link: r.link, doc: JSON.parse(r.features) as StoryDoc });

/** The statements that file a just-stored document (row `docRowid`, its `storyDoc` features) into its story. */
export function* groupDocument(docRowid: number, features: StoryDoc): StorySteps {
  const keys = lookupKeys(features);
  const candidates = ((yield {
    sql: `SELECT DISTINCT s.doc_rowid, s.story, s.link, s.features FROM story_keys k JOIN story_docs s ON s.doc_rowid = k.doc_rowid WHERE k.key IN (${list(keys.length)})`,
    params: keys, rows: true,
  }) as DocRow[]).map(grouped);
  const { linked, stories } = linksOf(features, candidates);
  const members = stories.length
    ? ((yield { sql: `SELECT doc_rowid, story, link, features FROM story_docs WHERE story IN (${list(stories.length)})`, params: stories, rows: true }) as DocRow[]).map(grouped)
    : [];
  const placement = place(features, linked, members);
  yield { sql: 'INSERT INTO story_docs (doc_rowid, story, link, features) VALUES (?, ?, ?, ?)', params: [docRowid, placement.story, placement.link, JSON.stringify(features)] };
  yield { into: 'story_keys (key, doc_rowid)', tail: 'ON CONFLICT DO NOTHING', each: [...new Set(ownKeys(features))].map((k) => [k, docRowid]) };
  for (const u of placement.upgrades) yield { sql: 'UPDATE story_docs SET link = ? WHERE doc_rowid = ?', params: [u.link, u.rowid] };
  if (stories.length === 0) return;
  const old = stories.filter((s) => s !== placement.story);
  if (old.length) yield { sql: `UPDATE story_docs SET story = ? WHERE story IN (${list(old.length)})`, params: [placement.story, ...old] };
  yield { sql: `DELETE FROM stories WHERE id IN (${list(stories.length)})`, params: stories };
  yield { sql: `DELETE FROM story_events WHERE story IN (${list(stories.length)})`, params: stories };
  yield* writeStory(placement.story, placement.members, docRowid, members);
}

/** The `stories` row and the `story_events` rows of a story of two or more members. */
function* writeStory(id: string, docs: readonly StoryDoc[], docRowid: number, others: readonly GroupedDoc[]): StorySteps {
  const rowids = new Map(others.map((m) => [m.doc.document, m.rowid]));
  const rowidOf = (d: StoryDoc) => rowids.get(d.document) ?? docRowid;
  const dates = docs.map((d) => d.date).filter((d): d is string => d !== null).sort();
  yield { sql: 'INSERT INTO stories (id, members, first_seen, last_seen) VALUES (?, ?, ?, ?)', params: [id, docs.length, dates[0] ?? null, dates.at(-1) ?? null] };
  const events = (yield {
    sql: `SELECT rowid, doc_rowid, n, event, actor_code, recipient_code, date, negated, hypothetical, future, historical FROM events WHERE doc_rowid IN (${list(docs.length)})`,
    params: docs.map(rowidOf), rows: true,
  }) as EventRow[];
  const byRowid = new Map(docs.map((d) => [rowidOf(d), d]));
  const members = docs.map((d) => memberOf(d));
  const memberEvents = events.map((e) => memberEvent(e, byRowid.get(Number(e.doc_rowid))!));
  const rowidOfRef = new Map(events.map((e, i) => [`${memberEvents[i].document}#${memberEvents[i].n}`, Number(e.rowid)]));
  const rows: unknown[] = [];
  for (const merged of mergeEvents(id, members, memberEvents)) {
    merged.members.forEach((ref, i) => rows.push(rowidOfRef.get(`${ref.document}#${ref.n}`), id, merged.id, i === 0 ? 1 : 0, merged.numReports, merged.numSources));
  }
  for (let i = 0; i < rows.length; i += 6 * 500) {
    const chunk = rows.slice(i, i + 6 * 500);
    yield { sql: `INSERT INTO story_events (event_rowid, story, merged, lead, reports, sources) VALUES ${Array.from({ length: chunk.length / 6 }, () => '(?, ?, ?, ?, ?, ?)').join(', ')}`, params: chunk };
  }
}

export interface EventRow {
  rowid: number;
  doc_rowid: number;
  n: number;
  event: string;
  actor_code: string | null;
  recipient_code: string | null;
  date: string | null;
  negated: number;
  hypothetical: number;
  future: number;
  historical: number;
}

export function memberOf(d: StoryDoc, link?: StoryLink | null): StoryMember {
  return { document: d.document, input: d.input, source: d.source, title: d.title, date: d.date, ...(link ? { link } : {}) };
}

export function memberEvent(e: EventRow, d: StoryDoc): MemberEvent {
  return {
    document: d.document, n: Number(e.n), input: d.input, source: d.source, event: e.event, actor: e.actor_code, recipient: e.recipient_code, date: e.date,
    plain: !(Number(e.negated) || Number(e.hypothetical) || Number(e.future) || Number(e.historical)),
  };
}
