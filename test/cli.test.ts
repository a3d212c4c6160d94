import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './helpers.js';

const MIXED = join(ROOT, 'test', 'fixtures', 'inputs', 'mixed');

describe('dyad CLI', () => {
  it('ingest stores good records, names the bad one, and exits 3 because one was rejected', () => {
    const db = join(tempDir(), 'cli.db');
    const result = runCli(['ingest', MIXED, '--db', db]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('stored 3, duplicate 0, rejected 1');
    expect(result.stderr).toMatch(/readouts\.jsonl: line 2: not valid JSON/);
    expect(runCli(['ingest', MIXED, '--db', db]).stdout).toContain('stored 0, duplicate 3, rejected 1');
  });

  it('ingest --json prints one line per record with its status, date, dateline and source', () => {
    const db = join(tempDir(), 'cli.db');
    const lines = runCli(['ingest', MIXED, '--db', db, '--json']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.status)).toEqual(['stored', 'rejected', 'stored', 'stored']);
    expect(lines[1]).toMatchObject({ origin: join(MIXED, 'readouts.jsonl'), line: 2, code: 'E012' });
    expect(lines[3]).toMatchObject({ date: '2020-06-26', dateline: 'Moscow', source: 'TASS' });
    expect(lines[2]).toMatchObject({ source_id: 'r3', dateline: 'Washington', source: 'Reuters' });
  });

  it('show --json gives the document with meta and layers; search finds it', () => {
    const db = join(tempDir(), 'cli.db');
    runCli(['ingest', MIXED, '--db', db]);
    const doc = JSON.parse(runCli(['show', 'r1', '--db', db, '--json']).stdout) as { meta: { sourceId: string }; layers: Record<string, unknown> };
    expect(doc.meta.sourceId).toBe('r1');
    expect(Object.keys(doc.layers)).toEqual(expect.arrayContaining(['dateline', 'sentences', 'tokens']));
    expect(runCli(['search', 'security guarantees', '--db', db]).stdout).toContain('[security] [guarantees]');
  });

  it('events queries what ingest stored, with the API filters as options', () => {
    const db = join(tempDir(), 'cli.db');
    runCli(['ingest', MIXED, '--db', db]);
    const events = runCli(['events', '--db', db, '--actor-country', 'RUS', '--event', 'CONSULT,AGREE', '--json', '-n', '50']).stdout.trim().split('\n').map((l) => JSON.parse(l) as { event: string; doc_id: string; evidence: string });
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.event)).toContain('CONSULT');
    expect(runCli(['events', '--db', db, '--quad', '9']).stderr).toContain('--quad');
  });

  it('show of an unknown id fails with a coded message and exit 1', () => {
    const result = runCli(['show', 'no-such-doc', '--db', join(tempDir(), 'empty.db')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('E021');
  });

  it('read prints what the readers found, without a store, from stdin too', () => {
    const result = runCli(['read', '-'], ' date 2020-06-26 LONDON (AP) — Ministers met.\n');
    const line = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(line).toMatchObject({ date: '2020-06-26', dateline: 'London', source: 'AP', text: 'LONDON (AP) — Ministers met.' });
  });

  it('a bad option is a usage error, exit 2', () => {
    expect(runCli(['ingest', MIXED, '--format', 'pdf']).code).toBe(2);
  });
});

describe('issue-16: CLI hardening', () => {
  it.each([
    [['events', '--limit', '-5']],
    [['events', '--limit', 'abc']],
    [['events', '--offset', '1.5']],
    [['search', 'talks', '-n', 'xyz']],
    [['events', '--from', '2020-02-30']],
  ])('refuses %j with a coded usage error and no stack trace', (args) => {
    const db = join(tempDir(), 'cli.db');
    const result = runCli([...args, '--db', db]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/E030/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('serve on a port in use says so with a coded error', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = runCli(['serve', '--port', String(port), '--db', join(tempDir(), 'serve.db')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/E029: Cannot listen on 127\.0\.0\.1:\d+: the port is in use/);
    } finally {
      blocker.close();
    }
  });

  it('ingest says which records had bytes replaced, and stores them', () => {
    const dir = tempDir();
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from('{"text":"Talks in Zürich went well. '), Buffer.from([0xff]), Buffer.from(' They agreed."}\n')]));
    const result = runCli(['ingest', file, '--db', join(dir, 'x.db')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: E025: ${file}: line 1: 1 byte sequence(s) are not valid UTF-8`);
  });
});
