/**
 * Pipeline specs end to end: a stage from outside dyad, registered by a module a spec file
 * imports, runs through the library and the CLI and its layer is stored; a spec that breaks a
 * requirement fails with a coded error naming both stages; one that reads an optional input
 * before it is produced warns.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument, loadPipelineSpec, pipelineFromSpec } from '../src/index.js';
import { ROOT, runCli, tempDir } from './helpers.js';

// The CLI runs from source in a child process: a generous limit for a shared machine, not a timing.
const CLI_LIMIT_MS = 180_000;

const SPECS = join(ROOT, 'test', 'fixtures', 'specs');
const ARTICLE = join(SPECS, 'shouting.txt');
const TEXT = 'MOSCOW, June 26. /TASS/. The minister said the answer was NO and would stay NO for now.';

declare module '../src/core/layers.js' {
  interface Layers {
    shouts: { start: number; end: number }[];
  }
}

describe('a stage from outside dyad', () => {
  it('runs from a spec file through the library', async () => {
    const source = join(SPECS, 'shouts.json');
    const pipeline = pipelineFromSpec(await loadPipelineSpec(source), { source });
    const doc = pipeline.run(createDocument(TEXT, { origin: { location: 'test', format: 'text' } }));
    expect(pipeline.produces).toEqual(['paragraphs', 'dateline', 'sentences', 'tokens', 'shouts']);
    expect(doc.layers.shouts?.map((s) => TEXT.slice(s.start, s.end))).toEqual(['NO', 'NO']);
  });

  it('runs from a spec file through the CLI, and `dyad show --json` gives its stored layer', () => {
    const db = join(tempDir(), 'spec.db');
    const ingest = runCli(['ingest', ARTICLE, '--db', db, '--json', '--pipeline', join(SPECS, 'shouts.json')]);
    expect(ingest.stderr).toBe('');
    const { id } = JSON.parse(ingest.stdout) as { id: string };
    const shown = JSON.parse(runCli(['show', id, '--db', db, '--json']).stdout) as { layers: Record<string, unknown> };
    expect(Object.keys(shown.layers)).toEqual(['paragraphs', 'dateline', 'sentences', 'tokens', 'shouts']);
    expect(shown.layers.shouts).toEqual([{ start: 58, end: 60 }, { start: 76, end: 78 }]);
  }, CLI_LIMIT_MS);
});

describe('spec checks', () => {
  it('a spec that breaks a requirement fails with E005 naming both stages', () => {
    const result = runCli(['ingest', ARTICLE, '--db', join(tempDir(), 'spec.db'), '--pipeline', join(SPECS, 'sentences-before-dateline.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('E005: Stage "sentences" requires layer "dateline", but stage "dateline" produces it later');
  }, CLI_LIMIT_MS);

  it('a spec that produces an optional input after its reader prints W001, and the document keeps it', () => {
    const db = join(tempDir(), 'spec.db');
    const ingest = runCli(['ingest', ARTICLE, '--db', db, '--json', '--pipeline', join(SPECS, 'shouts-before-entities.json')]);
    expect(ingest.stderr).toContain('W001: Stage "shouts" reads layer "entities" when present, but stage "entities" produces it later');
    const { id } = JSON.parse(ingest.stdout) as { id: string };
    const shown = JSON.parse(runCli(['show', id, '--db', db, '--json']).stdout) as { diagnostics: { ruleId: string }[] };
    expect(shown.diagnostics.map((d) => d.ruleId)).toContain('W001');
  }, CLI_LIMIT_MS);

  it('a spec naming an unregistered stage fails with E006 naming the entry', () => {
    expect(() => pipelineFromSpec({ stages: ['paragraphs', 'nonesuch'] }, { source: 'inline' })).toThrow(
      /E006: Pipeline spec inline: stages\[1\] names stage kind "nonesuch", which is not registered/,
    );
  });
});
