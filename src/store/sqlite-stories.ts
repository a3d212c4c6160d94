import type Database from 'better-sqlite3';
import type { Document } from '../core/document.js';
import { storyDoc, type StoryDoc } from '../stories/features.js';
import { createStoryQueries } from './story-queries.js';
import { groupDocument, insertSql, type StorySteps } from './story-writer.js';
import type { StoryQueries } from './store.js';

/**
 * Runs the grouping statements of a stored document synchronously, inside the caller's
 * transaction. It takes the document's story features, or the document to build them from.
 */
export function createSqliteGrouper(db: Database.Database): (docRowid: number | bigint, doc: Document | StoryDoc) => void {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      // The IN lists vary in length; a few hundred shapes cover them.
      if (cache.size > 300) cache.clear();
      cache.set(sql, stmt);
    }
    return stmt;
  };
  return (docRowid, doc) => {
    const steps: StorySteps = groupDocument(Number(docRowid), 'layers' in doc ? storyDoc(doc) : doc);
    for (let step = steps.next(); !step.done; ) {
      if ('each' in step.value) {
        const one = prepare(insertSql(step.value, 1));
        for (const params of step.value.each) one.run(...params);
        step = steps.next([]);
        continue;
      }
      const { sql, params, rows } = step.value;
      const stmt = prepare(sql);
      if (rows) {
        step = steps.next(stmt.all(...params));
      } else {
        stmt.run(...params);
        step = steps.next([]);
      }
    }
  };
}

/** The story queries of the SQLite store. */
export function createSqliteStoryQueries(db: Database.Database): StoryQueries {
  return createStoryQueries(async <T>(sql: string, params: unknown[]) => db.prepare(sql).all(...params) as T[]);
}
