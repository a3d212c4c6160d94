import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../test/helpers.js';
import { readout } from '../../test/support/test-readouts.js';
import { openSqliteStore } from '../store/sqlite.js';

const PUTIN = { words: 'Putin', id: 'vladimir-putin', code: 'RUS' };
const MACRON = { words: 'Macron', id: 'emmanuel-macron', code: 'FRA' };

describe('dyad stories', () => {
  it('prints one JSON line per story of two or more articles, and rejects a bad date with E081', async () => {
    const db = join(tempDir(), 'store.db');
    const store = openSqliteStore(db);
    await store.put([
      readout({ id: 'kremlin-1', date: '2022-02-21', source: 'kremlin.ru', parties: [PUTIN, MACRON], text: 'Putin had a telephone conversation with Macron.', events: [{ event: 'CONSULT', trigger: 'conversation', actor: PUTIN, recipient: MACRON }] }),
      readout({ id: 'elysee-1', date: '2022-02-20', source: 'elysee.fr', parties: [MACRON, PUTIN], text: 'Macron spoke by phone with Putin about Ukraine.', events: [{ event: 'CONSULT', trigger: 'spoke', actor: MACRON, recipient: PUTIN }] }),
      readout({ id: 'other-1', date: '2022-02-20', source: 'wire', text: 'Wheat prices rose in Chicago.' }),
    ]);
    await store.close();
    const out = runCli(['stories', '--db', db, '--json']);
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ members: ['elysee-1', 'kremlin-1'], first_seen: '2022-02-20', last_seen: '2022-02-21', sources: ['elysee.fr', 'kremlin.ru'] });
    expect(lines[0].events).toEqual([expect.objectContaining({ event: 'CONSULT', num_reports: 2, num_sources: 2 })]);
    const bad = runCli(['stories', '--db', db, '--from', 'yesterday']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/E081.*--from/);
  });
});
