import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/export/csv.js';
import { currentLock, recordLock } from '../src/export/lock.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { eventDoc } from './support/test-events.js';
import { runCli, tempDir } from './helpers.js';

const BONN = { words: 'Bonn', id: 'Q183', code: 'DEU' };
const TOKYO = { words: 'Tokyo', id: 'Q17', code: 'JPN' };

async function storeAt(path: string): Promise<void> {
  const store = openSqliteStore(path);
  await recordLock(store);
  await store.put([eventDoc({ text: 'Bonn accused Tokyo.', meta: { date: '1987-03-02', sourceId: 'r1' }, events: [{ event: 'ACCUSE', trigger: 'accused', actor: BONN, recipient: TOKYO }], actors: [BONN, TOKYO] })]);
  await store.close();
}

describe('dyad panel, lock and diff on the command line', () => {
  it('writes a panel and its sidecar, and says how --dedup counts', () => {
    const dir = tempDir();
    const db = join(dir, 'news.db');
    return storeAt(db).then(() => {
      const out = join(dir, 'panel.csv');
      const run = runCli(['panel', '--db', db, '--unit', 'country-month', '--system', 'cow', '--dedup', '-o', out]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/--dedup: stories: an act that several articles report counts once/);
      const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'));
      expect(header.slice(0, 8)).toEqual(['period', 'state', 'state_name', 'iso3', 'gwcode', 'cowcode', 'articles', 'events']);
      expect(rows.filter((r) => r[7] !== '0').map((r) => [r[0], r[1]])).toEqual([['1987-03', '260'], ['1987-03', '740']]);
      const sidecar = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8'));
      expect(sidecar).toMatchObject({ format: 'panel-csv', unit: 'country-month', system: 'cow', rows: rows.length, lock: { id: currentLock().id, mixed: false } });
    });
  });

  it('writes a lock file and tells whether a store was coded with it', async () => {
    const dir = tempDir();
    const locked = join(dir, 'locked.db');
    await storeAt(locked);
    const file = join(dir, 'dyad.lock.json');
    expect(runCli(['lock', '-o', file]).code).toBe(0);
    const lock = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(lock.files)).toEqual(expect.arrayContaining(['models/events/lexicon.json', 'models/actors/kb.bin', 'models/places/gazetteer.tsv', 'src/export/data/gw-states.tsv']));
    expect(runCli(['lock', '--db', locked]).stdout).toMatch(/coded with this installation's lock/);
  });

  it('prints no difference between a store and itself, and a coded error for a file it cannot read', async () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    await storeAt(db);
    const same = runCli(['diff', db, db]);
    expect(same.code).toBe(0);
    expect(same.stdout.trim()).toBe('change,key,id_a,id_b,fields,before,after');
    const missing = runCli(['diff', db, join(dir, 'none.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/E010/);
  });
});
