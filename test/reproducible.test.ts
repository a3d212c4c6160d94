import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportEvents } from '../src/cli/export.js';
import { diffSource } from '../src/cli/diff.js';
import { createPipeline } from '../src/core/pipeline.js';
import { parseCsv } from '../src/export/csv.js';
import { diffLines } from '../src/export/diff.js';
import { EVENT_FORMATS } from '../src/export/formats.js';
import { currentLock, recordLock, storeLocks } from '../src/export/lock.js';
import { defaultPipeline, defaultStages } from '../src/pipeline.js';
import { events } from '../src/stages/events/index.js';
import { loadLexicon, type RuntimeLexicon } from '../src/stages/events/lexicon.js';
import { ingest } from '../src/store/ingest.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { ROOT, tempDir } from './helpers.js';

const dir = tempDir('dyad-repro-');
// Real readouts from the shipped samples: the first dozen of each source.
const input = join(dir, 'readouts.jsonl');
writeFileSync(input, ['kremlin-readouts.jsonl', 'whitehouse-readouts.jsonl']
  .flatMap((f) => readFileSync(join(ROOT, 'samples', f), 'utf8').split('\n').filter(Boolean).slice(0, 12)).join('\n') + '\n');

async function coded(name: string, pipeline = defaultPipeline()): Promise<{ path: string; store: Store }> {
  const path = join(dir, `${name}.db`);
  const store = openSqliteStore(path);
  await recordLock(store);
  await ingest([input], { store, pipeline });
  return { path, store };
}

const exported = async (store: Store, format: (typeof EVENT_FORMATS)[number], name: string) => {
  const path = join(dir, `${name}.${format}`);
  const sidecar = await exportEvents(store, {}, format, path);
  return { bytes: readFileSync(path), sidecar };
};

describe('reproducible runs (#17)', () => {
  it('gives byte-identical exports and sidecars from two runs with the same lock on the same inputs', async () => {
    const first = await coded('first');
    const second = await coded('second');
    expect((await storeLocks(first.store)).latest?.id).toBe(currentLock().id);
    for (const format of EVENT_FORMATS) {
      const a = await exported(first.store, format, 'first');
      const b = await exported(second.store, format, 'second');
      expect(a.bytes.length, format).toBeGreaterThan(100);
      expect(b.bytes.equals(a.bytes), format).toBe(true);
      expect(b.sidecar, format).toBe(a.sidecar);
      expect(JSON.parse(a.sidecar).lock.id, format).toBe(currentLock().id);
    }
  });

  it('dyad diff between a store and the same store re-coded with a changed lexicon lists exactly the changed events', async () => {
    const before = await coded('before');
    // Change one row of the CAMEO→PLOVER table: the most frequent code gains the context `cbrn`.
    const counts = new Map<string, number>();
    for await (const e of before.store.eachEvent({})) if (e.cameo) counts.set(e.cameo, (counts.get(e.cameo) ?? 0) + 1);
    const [cameo] = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    const lexicon = loadLexicon();
    const changed: RuntimeLexicon = { ...lexicon, cameo: { ...lexicon.cameo, [cameo]: { ...lexicon.cameo[cameo], context: [...lexicon.cameo[cameo].context, 'cbrn'] } } };
    const stages = defaultStages().map((stage) => (stage.name === 'events' ? events({ lexicon: changed }) : stage));
    const after = await coded('after', createPipeline(stages));

    const expected: string[] = [];
    for await (const e of before.store.eachEvent({})) if (e.cameo === cameo && !e.context.includes('cbrn')) expected.push(e.id);
    expect(expected.length).toBeGreaterThan(0);

    let text = '';
    for await (const line of diffLines(diffSource(before.path), diffSource(after.path))) text += line;
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['change', 'key', 'id_a', 'id_b', 'fields', 'before', 'after']);
    expect(rows.map((r) => r[0])).toEqual(rows.map(() => 'changed'));
    expect(rows.map((r) => r[2]).sort()).toEqual(expected.sort());
    expect(rows.every((r) => r[4] === 'context' && JSON.parse(r[6]).context.includes('cbrn'))).toBe(true);

    // The same comparison over two JSON Lines exports of the stores.
    const a = join(dir, 'before.jsonl');
    const b = join(dir, 'after.jsonl');
    await exportEvents(before.store, {}, 'jsonl', a);
    await exportEvents(after.store, {}, 'jsonl', b);
    let fromExports = '';
    for await (const line of diffLines(diffSource(a), diffSource(b))) fromExports += line;
    expect(fromExports).toBe(text);
  });
});
