/**
 * Schema migrations, applied in order; the store's `PRAGMA user_version` records how many ran.
 * Never edit a migration that has shipped: add the next one.
 */
/**
 * Empty the pair rollups and sum them again from the events that happened (the condition of
 * `happened()`), as put() now adds them. Plain SQL that SQLite and PostgreSQL both run.
 */
export const REBUILD_PAIR_ROLLUPS = `
   DELETE FROM pair_days;
   DELETE FROM pair_totals;
   INSERT INTO pair_totals (actor_code, recipient_code, events, score)
     SELECT actor_code, recipient_code, count(*), sum(score) FROM events
      WHERE actor_code IS NOT NULL AND recipient_code IS NOT NULL AND negated = 0 AND hypothetical = 0
      GROUP BY actor_code, recipient_code;
   INSERT INTO pair_days (actor_code, recipient_code, date, events, score, q1, q2, q3, q4)
     SELECT actor_code, recipient_code, date, count(*), sum(score),
            sum(CASE WHEN quad = 1 THEN 1 ELSE 0 END), sum(CASE WHEN quad = 2 THEN 1 ELSE 0 END),
            sum(CASE WHEN quad = 3 THEN 1 ELSE 0 END), sum(CASE WHEN quad = 4 THEN 1 ELSE 0 END) FROM events
      WHERE actor_code IS NOT NULL AND recipient_code IS NOT NULL AND date IS NOT NULL AND negated = 0 AND hypothetical = 0
      GROUP BY actor_code, recipient_code, date;`;

export const MIGRATIONS: readonly string[] = [
  // 1: documents with their layers, and full-text search over title and text.
  `CREATE TABLE documents (
     rowid INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     source_id TEXT,
     title TEXT,
     date TEXT,
     source TEXT,
     dateline_place TEXT,
     url TEXT,
     origin TEXT NOT NULL,
     format TEXT NOT NULL,
     text TEXT NOT NULL,
     meta TEXT NOT NULL,
     layers TEXT NOT NULL,
     diagnostics TEXT NOT NULL,
     ingested_at TEXT NOT NULL
   );
   CREATE INDEX documents_source_id ON documents(source_id);
   CREATE INDEX documents_date ON documents(date);
   CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
   CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
     INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
   END;
   CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
     INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, coalesce(old.title, ''), old.text);
   END;`,
  // 2: tables derived from the layers when a document is stored, for queries over many documents.
  // Country and pair filters read the primary dyad (first coded actor and recipient); every
  // participant is in event_parties for actor filters and actor pages.
  `CREATE TABLE events (
     rowid INTEGER PRIMARY KEY,
     doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     n INTEGER NOT NULL,
     date TEXT,
     event TEXT NOT NULL,
     mode TEXT,
     quad INTEGER NOT NULL,
     score REAL NOT NULL,
     cameo TEXT,
     actor_id TEXT,
     actor_code TEXT,
     recipient_id TEXT,
     recipient_code TEXT,
     negated INTEGER NOT NULL,
     hypothetical INTEGER NOT NULL,
     future INTEGER NOT NULL,
     historical INTEGER NOT NULL,
     confidence REAL NOT NULL,
     sent INTEGER NOT NULL,
     trigger_start INTEGER NOT NULL,
     trigger_end INTEGER NOT NULL,
     evidence_start INTEGER NOT NULL,
     evidence_end INTEGER NOT NULL,
     evidence TEXT NOT NULL,
     place_name TEXT COLLATE NOCASE,
     place_country TEXT,
     lat REAL,
     lon REAL,
     contexts TEXT NOT NULL,
     record TEXT NOT NULL
   );
   CREATE INDEX events_doc ON events(doc_rowid);
   CREATE INDEX events_date ON events(date);
   CREATE INDEX events_actor_code ON events(actor_code, date);
   CREATE INDEX events_recipient_code ON events(recipient_code, date);
   CREATE INDEX events_pair ON events(actor_code, recipient_code, date);
   CREATE INDEX events_pair_series ON events(actor_code, recipient_code, date, score, quad);
   CREATE INDEX events_event ON events(event, date);
   CREATE INDEX events_quad ON events(quad, date);
   CREATE INDEX events_place ON events(place_name, date);
   CREATE INDEX events_place_country ON events(place_country, date);
   -- Daily totals per directed pair of codes, kept at put(), so a pair's series reads one row per day.
   CREATE TABLE pair_days (
     actor_code TEXT NOT NULL,
     recipient_code TEXT NOT NULL,
     date TEXT NOT NULL,
     events INTEGER NOT NULL,
     score REAL NOT NULL,
     q1 INTEGER NOT NULL,
     q2 INTEGER NOT NULL,
     q3 INTEGER NOT NULL,
     q4 INTEGER NOT NULL,
     PRIMARY KEY (actor_code, recipient_code, date)
   ) WITHOUT ROWID;
   -- All-time totals per directed pair, for the network and top pairs.
   CREATE TABLE pair_totals (
     actor_code TEXT NOT NULL,
     recipient_code TEXT NOT NULL,
     events INTEGER NOT NULL,
     score REAL NOT NULL,
     PRIMARY KEY (actor_code, recipient_code)
   ) WITHOUT ROWID;
   CREATE INDEX pair_totals_recipient ON pair_totals(recipient_code);
   CREATE TABLE event_parties (
     event_rowid INTEGER NOT NULL REFERENCES events(rowid) ON DELETE CASCADE,
     role TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     name TEXT NOT NULL,
     code TEXT
   );
   CREATE INDEX event_parties_actor ON event_parties(actor_id, role, event_rowid);
   CREATE INDEX event_parties_event ON event_parties(event_rowid);
   CREATE VIRTUAL TABLE events_fts USING fts5(evidence, content='events', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
   CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
     INSERT INTO events_fts(rowid, evidence) VALUES (new.rowid, new.evidence);
   END;
   CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
     INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
   END;
   CREATE TABLE actor_mentions (
     doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     actor_id TEXT NOT NULL,
     name TEXT NOT NULL,
     code TEXT,
     sector TEXT,
     role TEXT,
     start INTEGER NOT NULL,
     "end" INTEGER NOT NULL
   );
   CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id, doc_rowid);
   CREATE INDEX actor_mentions_doc ON actor_mentions(doc_rowid);
   CREATE TABLE quotes (
     doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     kind TEXT NOT NULL,
     speaker_id TEXT,
     speaker_name TEXT COLLATE NOCASE,
     speaker_code TEXT,
     start INTEGER NOT NULL,
     "end" INTEGER NOT NULL,
     text TEXT NOT NULL
   );
   CREATE INDEX quotes_speaker_id ON quotes(speaker_id);
   CREATE INDEX quotes_speaker_name ON quotes(speaker_name);
   CREATE INDEX quotes_doc ON quotes(doc_rowid);
   CREATE TABLE places (
     doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     name TEXT NOT NULL COLLATE NOCASE,
     country TEXT,
     lat REAL,
     lon REAL,
     kind TEXT NOT NULL,
     role TEXT,
     start INTEGER NOT NULL,
     "end" INTEGER NOT NULL
   );
   CREATE INDEX places_name ON places(name);
   CREATE INDEX places_country ON places(country);
   CREATE INDEX places_doc ON places(doc_rowid);`,
  // 3: values kept with the store: the coding lock its documents were coded with (#17).
  `CREATE TABLE store_meta (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );`,
  // 4: stories, the groups of articles that report one event (docs/stories.md), kept at put().
  // story_docs holds each article's story and grouping features; story_keys files it under the
  // keys other articles look it up by; stories and story_events hold stories of two or more.
  `CREATE TABLE story_docs (
     doc_rowid INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
     story TEXT NOT NULL,
     link TEXT,
     features TEXT NOT NULL
   );
   CREATE INDEX story_docs_story ON story_docs(story);
   CREATE TABLE story_keys (
     key TEXT NOT NULL,
     doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     PRIMARY KEY (key, doc_rowid)
   ) WITHOUT ROWID;
   CREATE INDEX story_keys_doc ON story_keys(doc_rowid);
   CREATE TABLE stories (
     id TEXT PRIMARY KEY,
     members INTEGER NOT NULL,
     first_seen TEXT,
     last_seen TEXT
   );
   CREATE INDEX stories_first ON stories(first_seen, id);
   CREATE TABLE story_events (
     event_rowid INTEGER PRIMARY KEY REFERENCES events(rowid) ON DELETE CASCADE,
     story TEXT NOT NULL,
     merged TEXT NOT NULL,
     lead INTEGER NOT NULL,
     reports INTEGER NOT NULL,
     sources INTEGER NOT NULL
   );
   CREATE INDEX story_events_story ON story_events(story);`,
  // 5: the pair rollups hold only events that happened (neither negated nor hypothetical, see
  // EVENT_STATUSES in src/store/store.ts): rebuilt from the events, in the migration's transaction.
  `${REBUILD_PAIR_ROLLUPS}`,
];
