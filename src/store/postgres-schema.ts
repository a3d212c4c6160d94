import type pg from 'pg';
import { DyadError } from '../core/errors.js';
import { REBUILD_PAIR_ROLLUPS } from './migrations/index.js';

/** How the schema is laid out; the tables and columns are the same either way. */
export interface SchemaOptions {
  /** Events as a table partitioned by month of their date (docs/scaling.md). */
  readonly partitionEvents?: boolean;
}

/**
 * PostgreSQL migrations, applied in order; `schema_migrations` records which ran. The tables and
 * columns are those of the SQLite store (src/store/migrations), in PostgreSQL's types: tsvector
 * columns with GIN indexes take the place of FTS5, lower() indexes that of COLLATE NOCASE, and
 * dates compare byte by byte (COLLATE "C") as in SQLite. Never edit a shipped migration: add one.
 */
export const PG_MIGRATIONS: readonly ((options: SchemaOptions) => string)[] = [
  // 1: documents with their layers, and full-text search over title and text.
  () => `
   CREATE TABLE documents (
     rowid bigserial PRIMARY KEY,
     id text COLLATE "C" NOT NULL UNIQUE,
     source_id text,
     title text,
     date text COLLATE "C",
     source text,
     dateline_place text,
     url text,
     origin text NOT NULL,
     format text NOT NULL,
     text text NOT NULL,
     meta text NOT NULL,
     layers text NOT NULL,
     diagnostics text NOT NULL,
     ingested_at text NOT NULL,
     tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', text), 'B')) STORED
   );
   CREATE INDEX documents_source_id ON documents(source_id);
   CREATE INDEX documents_date ON documents(date);
   CREATE INDEX documents_tsv ON documents USING gin(tsv);`,
  // 2: tables derived from the layers when a document is stored (see src/store/derived-rows.ts).
  ({ partitionEvents }) => `
   CREATE TABLE events (
     rowid bigserial ${partitionEvents ? 'NOT NULL' : 'PRIMARY KEY'},
     doc_rowid bigint NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     n integer NOT NULL,
     date text COLLATE "C",
     event text NOT NULL,
     mode text,
     quad integer NOT NULL,
     score double precision NOT NULL,
     cameo text,
     actor_id text,
     actor_code text,
     recipient_id text,
     recipient_code text,
     negated integer NOT NULL,
     hypothetical integer NOT NULL,
     future integer NOT NULL,
     historical integer NOT NULL,
     confidence double precision NOT NULL,
     sent integer NOT NULL,
     trigger_start integer NOT NULL,
     trigger_end integer NOT NULL,
     evidence_start integer NOT NULL,
     evidence_end integer NOT NULL,
     evidence text NOT NULL,
     place_name text,
     place_country text,
     lat double precision,
     lon double precision,
     contexts text NOT NULL,
     record text NOT NULL,
     evidence_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', evidence)) STORED
   )${partitionEvents ? ' PARTITION BY RANGE (date)' : ''};
   ${partitionEvents
     // A partitioned table's unique keys must hold the partition key, so rowid gets a plain
     // index; rows of no month (no date, a bare year) land in the default partition.
     ? 'CREATE INDEX events_rowid ON events(rowid); CREATE TABLE events_undated PARTITION OF events DEFAULT;'
     : ''}
   CREATE INDEX events_doc ON events(doc_rowid);
   CREATE INDEX events_date ON events(date);
   CREATE INDEX events_actor_code ON events(actor_code, date);
   CREATE INDEX events_recipient_code ON events(recipient_code, date);
   CREATE INDEX events_pair ON events(actor_code, recipient_code, date);
   CREATE INDEX events_event ON events(event, date);
   CREATE INDEX events_quad ON events(quad, date);
   CREATE INDEX events_place ON events(lower(place_name), date);
   CREATE INDEX events_place_country ON events(place_country, date);
   CREATE INDEX events_evidence_tsv ON events USING gin(evidence_tsv);
   CREATE TABLE pair_days (
     actor_code text NOT NULL,
     recipient_code text NOT NULL,
     date text COLLATE "C" NOT NULL,
     events integer NOT NULL,
     score double precision NOT NULL,
     q1 integer NOT NULL,
     q2 integer NOT NULL,
     q3 integer NOT NULL,
     q4 integer NOT NULL,
     PRIMARY KEY (actor_code, recipient_code, date)
   );
   CREATE TABLE pair_totals (
     actor_code text NOT NULL,
     recipient_code text NOT NULL,
     events integer NOT NULL,
     score double precision NOT NULL,
     PRIMARY KEY (actor_code, recipient_code)
   );
   CREATE INDEX pair_totals_recipient ON pair_totals(recipient_code);
   CREATE TABLE event_parties (
     rowid bigserial PRIMARY KEY,
     event_rowid bigint NOT NULL${partitionEvents ? '' : ' REFERENCES events(rowid) ON DELETE CASCADE'},
     role text NOT NULL,
     actor_id text NOT NULL,
     name text NOT NULL,
     code text
   );
   CREATE INDEX event_parties_actor ON event_parties(actor_id, role, event_rowid);
   CREATE INDEX event_parties_event ON event_parties(event_rowid);
   CREATE TABLE actor_mentions (
     rowid bigserial PRIMARY KEY,
     doc_rowid bigint NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     actor_id text NOT NULL,
     name text NOT NULL,
     code text,
     sector text,
     role text,
     start integer NOT NULL,
     "end" integer NOT NULL
   );
   CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id, doc_rowid);
   CREATE INDEX actor_mentions_doc ON actor_mentions(doc_rowid);
   CREATE TABLE quotes (
     rowid bigserial PRIMARY KEY,
     doc_rowid bigint NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     kind text NOT NULL,
     speaker_id text,
     speaker_name text,
     speaker_code text,
     start integer NOT NULL,
     "end" integer NOT NULL,
     text text NOT NULL
   );
   CREATE INDEX quotes_speaker_id ON quotes(speaker_id);
   CREATE INDEX quotes_speaker_name ON quotes(lower(speaker_name));
   CREATE INDEX quotes_doc ON quotes(doc_rowid);
   CREATE TABLE places (
     rowid bigserial PRIMARY KEY,
     doc_rowid bigint NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     name text NOT NULL,
     country text,
     lat double precision,
     lon double precision,
     kind text NOT NULL,
     role text,
     start integer NOT NULL,
     "end" integer NOT NULL
   );
   CREATE INDEX places_name ON places(lower(name));
   CREATE INDEX places_country ON places(country);
   CREATE INDEX places_doc ON places(doc_rowid);`,
  // 3: the work queue. A job is one raw record; its hash (the document's content id) is unique,
  // so a record enqueued twice is one job, and its document is stored once.
  () => `
   CREATE TABLE jobs (
     id bigserial PRIMARY KEY,
     hash text COLLATE "C" NOT NULL UNIQUE,
     record text NOT NULL,
     state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'leased', 'done', 'dead')),
     attempts integer NOT NULL DEFAULT 0,
     worker text,
     lease_until timestamptz,
     error text,
     enqueued_at timestamptz NOT NULL DEFAULT now(),
     done_at timestamptz
   );
   CREATE INDEX jobs_queued ON jobs(id) WHERE state = 'queued';
   CREATE INDEX jobs_leased ON jobs(lease_until) WHERE state = 'leased';
   CREATE INDEX jobs_done_at ON jobs(done_at) WHERE state = 'done';`,
  // 4: values kept with the store: the coding lock its documents were coded with (#17).
  () => `
   CREATE TABLE store_meta (
     key text PRIMARY KEY,
     value text NOT NULL
   );`,
  // 4: stories, as in the SQLite store's migration 4 (docs/stories.md). story_events names its
  // event by rowid without a foreign key: a partitioned events table has no unique rowid to point at.
  () => `
   CREATE TABLE story_docs (
     doc_rowid bigint PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
     story text COLLATE "C" NOT NULL,
     link text,
     features text NOT NULL
   );
   CREATE INDEX story_docs_story ON story_docs(story);
   CREATE TABLE story_keys (
     key text COLLATE "C" NOT NULL,
     doc_rowid bigint NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
     PRIMARY KEY (key, doc_rowid)
   );
   CREATE INDEX story_keys_doc ON story_keys(doc_rowid);
   CREATE TABLE stories (
     id text COLLATE "C" PRIMARY KEY,
     members integer NOT NULL,
     first_seen text COLLATE "C",
     last_seen text COLLATE "C"
   );
   CREATE INDEX stories_first ON stories(first_seen, id);
   CREATE TABLE story_events (
     event_rowid bigint PRIMARY KEY,
     story text COLLATE "C" NOT NULL,
     merged text COLLATE "C" NOT NULL,
     lead integer NOT NULL,
     reports integer NOT NULL,
     sources integer NOT NULL
   );
   CREATE INDEX story_events_story ON story_events(story);`,
  // 6: the pair rollups hold only events that happened, as in the SQLite store's migration 5.
  () => REBUILD_PAIR_ROLLUPS,
];

/** A schema name as an SQL identifier; names are checked, since identifiers cannot be parameters. */
export function schemaIdent(schema: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new DyadError('E030', { field: 'schema', problem: `"${schema}" is not a plain SQL name (letters, digits, _)` });
  return `"${schema}"`;
}

/**
 * Create the schema if needed and bring it up to date, in one transaction under an advisory lock
 * on the schema's name: a second process opening the store at the same time waits, then finds
 * the migrations done.
 */
export async function migratePostgres(client: pg.PoolClient, schema: string, location: string, options: SchemaOptions): Promise<void> {
  const ident = schemaIdent(schema);
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dyad migrate ${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${ident}.schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>(`SELECT coalesce(max(version), 0)::int AS version FROM ${ident}.schema_migrations`);
    const found = rows[0].version;
    if (found > PG_MIGRATIONS.length) throw new DyadError('E020', { path: location, found, known: PG_MIGRATIONS.length });
    await client.query(`SET LOCAL search_path TO ${ident}`);
    for (let v = found; v < PG_MIGRATIONS.length; v++) {
      await client.query(PG_MIGRATIONS[v](options));
      await client.query(`INSERT INTO ${ident}.schema_migrations (version) VALUES ($1)`, [v + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
