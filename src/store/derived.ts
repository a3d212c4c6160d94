import type Database from 'better-sqlite3';
import { articleDate } from '../core/days.js';
import type { Document } from '../core/document.js';
import '../stages/actors/types.js';
import '../stages/events/types.js';
import '../stages/places/types.js';
import '../stages/quotes/types.js';
import { ploverRecords } from '../stages/events/plover-records.js';
import { QUAD_CLASSES } from '../stages/events/plover.js';

/**
 * Writes the query tables (events, their parties, actor mentions, quotes, places) from a
 * document's layers. Called inside the transaction that stores the document, so the tables never
 * disagree with the layers. A document without a layer simply adds no rows for it.
 */
export function createDeriver(db: Database.Database): (docRowid: number | bigint, doc: Document) => void {
  const insertEvent = db.prepare(
    `INSERT INTO events (doc_rowid, n, date, event, mode, quad, score, cameo, actor_id, actor_code, recipient_id, recipient_code,
       negated, hypothetical, future, historical, confidence, sent, trigger_start, trigger_end, evidence_start, evidence_end, evidence,
       place_name, place_country, lat, lon, contexts, record)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addPairDay = db.prepare(
    `INSERT INTO pair_days (actor_code, recipient_code, date, events, score, q1, q2, q3, q4) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET events = events + 1, score = score + excluded.score,
       q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4`,
  );
  const addPairTotal = db.prepare(
    `INSERT INTO pair_totals (actor_code, recipient_code, events, score) VALUES (?, ?, 1, ?)
     ON CONFLICT DO UPDATE SET events = events + 1, score = score + excluded.score`,
  );
  const insertParty = db.prepare('INSERT INTO event_parties (event_rowid, role, actor_id, name, code) VALUES (?, ?, ?, ?, ?)');
  const insertMention = db.prepare('INSERT INTO actor_mentions (doc_rowid, actor_id, name, code, sector, role, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertQuote = db.prepare('INSERT INTO quotes (doc_rowid, kind, speaker_id, speaker_name, speaker_code, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertPlace = db.prepare('INSERT INTO places (doc_rowid, name, country, lat, lon, kind, role, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');

  return (docRowid, doc) => {
    const events = doc.layers.events?.events ?? [];
    const records = ploverRecords(doc);
    // Events without their own date fall on the article's publication day.
    const docDate = articleDate(doc) ?? null;
    events.forEach((e, i) => {
      const actor = e.actors.find((p) => p.code) ?? e.actors[0];
      const recipient = e.recipients.find((p) => p.code) ?? e.recipients[0];
      const { lastInsertRowid } = insertEvent.run(
        docRowid, i + 1, e.date ?? docDate, e.event, e.mode ?? null, e.quadCode, e.score, e.cameo ?? null,
        actor?.actorId ?? null, actor?.code ?? null, recipient?.actorId ?? null, recipient?.code ?? null,
        +e.negated, +e.hypothetical, +e.future, +e.historical, e.confidence, e.sent,
        e.trigger.start, e.trigger.end, e.evidence.start, e.evidence.end, doc.text.slice(e.evidence.start, e.evidence.end),
        e.location?.name ?? null, e.location?.country ?? null, e.location?.lat ?? null, e.location?.lon ?? null,
        JSON.stringify(e.context), JSON.stringify({ ...records[i], date: records[i].date ?? docDate }),
      );
      if (actor?.code && recipient?.code) addPairTotal.run(actor.code, recipient.code, e.score);
      const date = e.date ?? docDate;
      if (actor?.code && recipient?.code && date) {
        addPairDay.run(actor.code, recipient.code, date, e.score, ...QUAD_CLASSES.map((_, q) => +(e.quadCode === q + 1)));
      }
      for (const p of e.actors) insertParty.run(lastInsertRowid, 'actor', p.actorId, p.name, p.code ?? null);
      for (const p of e.recipients) insertParty.run(lastInsertRowid, 'recipient', p.actorId, p.name, p.code ?? null);
    });
    for (const m of doc.layers.actors ?? []) {
      insertMention.run(docRowid, m.actorId, m.name, m.code ?? null, m.sector ?? null, m.role ?? null, m.start, m.end);
    }
    for (const q of doc.layers.quotes ?? []) {
      const s = q.speaker;
      insertQuote.run(docRowid, q.kind, s?.actorId ?? null, s?.name ?? (s ? doc.text.slice(s.start, s.end) : null), s?.code ?? null, q.start, q.end, doc.text.slice(q.start, q.end));
    }
    for (const p of doc.layers.places ?? []) {
      insertPlace.run(docRowid, p.name, p.country ?? null, p.lat ?? null, p.lon ?? null, p.kind, p.role ?? null, p.start, p.end);
    }
  };
}
