/**
 * Schema migrations, applied in order; the store's `PRAGMA user_version` records how many ran.
 * Never edit a migration that has shipped: add the next one.
 */
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
];
