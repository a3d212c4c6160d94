import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assetPath, encodeAsset, loadAsset, ownModule, packageRoot, provideAsset, readAssetBytes, readAssetsAhead, readDataLines, readDataText, readWordClasses, runningFrom, splitAsset, type AssetKind } from './assets.js';

let decodes = 0;
const TABLE: AssetKind<string[]> = {
  kind: 'test-table',
  version: 2,
  decode: (payload) => {
    decodes++;
    return payload.toString('utf8').split('\n');
  },
};
const HAND_KEPT: AssetKind<string> = { kind: 'test-hand-kept', version: null, decode: (payload) => payload.toString('utf8') };

function fileWith(bytes: Buffer | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-asset-')), 'asset');
  writeFileSync(path, bytes);
  return path;
}

describe('loadAsset', () => {
  it('decodes a built file once and serves it from the cache afterwards', () => {
    const path = fileWith(encodeAsset('test-table', 2, 'hand-made', Buffer.from('a\nb')));
    const before = decodes;
    expect(loadAsset(TABLE, path)).toEqual(['a', 'b']);
    expect(loadAsset(TABLE, path)).toBe(loadAsset(TABLE, path));
    expect(decodes - before).toBe(1);
  });

  it.each([
    ['another version', encodeAsset('test-table', 1, 's', Buffer.from('a'))],
    ['another kind', encodeAsset('pos-model', 2, 's', Buffer.from('a'))],
    ['no header', Buffer.from('a\nb\n')],
  ])('refuses a file of %s with E042', (_, bytes) => {
    expect(() => loadAsset(TABLE, fileWith(bytes))).toThrow(expect.objectContaining({ code: 'E042' }));
  });

  it('refuses a payload that does not match its checksum with E041', () => {
    const bytes = encodeAsset('test-table', 2, 's', Buffer.from('a\nb'));
    bytes[bytes.length - 1] ^= 1;
    expect(() => loadAsset(TABLE, fileWith(bytes))).toThrow(expect.objectContaining({ code: 'E041' }));
  });

  it('reports a missing file with E040 naming it', () => {
    expect(() => loadAsset(TABLE, '/nonexistent/table.tsv')).toThrow(/E040.*\/nonexistent\/table\.tsv/);
  });

  it('wraps a decoding failure in E040', () => {
    const BROKEN: AssetKind<never> = { kind: 'test-table', version: 2, decode: () => { throw new SyntaxError('bad row'); } };
    expect(() => loadAsset(BROKEN, fileWith(encodeAsset('test-table', 2, 's', Buffer.from('x'))))).toThrow(/E040.*bad row/);
  });

  it('reads the payload into memory of its own, at offset 0, shared when asked', () => {
    const path = fileWith(encodeAsset('test-table', 2, 's', Buffer.from('a\nb')));
    const { head, payload } = readAssetBytes(path, true, true);
    expect(head.toString()).toMatch(/^#dyad-asset .*"kind":"test-table"/);
    expect(payload.toString()).toBe('a\nb');
    expect(payload.byteOffset).toBe(0);
    expect(payload.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('serves a provided file without reading it, still checked', () => {
    const path = fileWith(encodeAsset('test-table', 2, 's', Buffer.from('a\nb')));
    const bytes = readAssetBytes(path, true);
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'dyad-asset-')), 'not-there');
    provideAsset(elsewhere, bytes);
    expect(loadAsset(TABLE, elsewhere)).toEqual(['a', 'b']);
    const altered = join(mkdtempSync(join(tmpdir(), 'dyad-asset-')), 'altered');
    provideAsset(altered, { head: bytes.head, payload: Buffer.from('a\nc') });
    expect(() => loadAsset(TABLE, altered)).toThrow(expect.objectContaining({ code: 'E041' }));
  });

  it('serves a file read ahead, checked when loaded, and leaves what it could not read to loading', async () => {
    const built = fileWith(encodeAsset('test-table', 2, 's', Buffer.from('a\nb')));
    const tampered = encodeAsset('test-table', 2, 's', Buffer.from('a\nb'));
    tampered[tampered.length - 1] ^= 1;
    const broken = fileWith(tampered);
    const handKept = fileWith('first\nsecond\n');
    const missing = join(mkdtempSync(join(tmpdir(), 'dyad-asset-')), 'not-there');
    await readAssetsAhead([built, broken, handKept, missing]);
    // Gone from disk: only the bytes read ahead can serve it.
    rmSync(built);
    expect(loadAsset(TABLE, built)).toEqual(['a', 'b']);
    expect(() => loadAsset(TABLE, broken)).toThrow(expect.objectContaining({ code: 'E041' }));
    // A file without a header is not split into head and payload ahead: it is read whole when loaded.
    expect(loadAsset(HAND_KEPT, handKept)).toBe('first\nsecond\n');
    expect(() => loadAsset(TABLE, missing)).toThrow(expect.objectContaining({ code: 'E040' }));
  });

  it('reads a hand-kept table without a header', () => {
    expect(loadAsset(HAND_KEPT, fileWith('plain\ttext\n'))).toBe('plain\ttext\n');
  });

  it('keeps the header readable: kind, version, source and checksum on the first line', () => {
    const { header, payload } = splitAsset(encodeAsset('test-table', 2, 'UD EWT train', Buffer.from('x')), 'memory');
    expect(header).toMatchObject({ asset: 1, kind: 'test-table', version: 2, source: 'UD EWT train' });
    expect(payload.toString()).toBe('x');
  });

  it.each([
    ['models/syntax/pos.bin', 'pos-model'],
    ['models/syntax/deps.bin', 'deps-model'],
    ['models/entities/ner.bin.gz', 'entities-model'],
    ['models/actors/kb.bin', 'actors-kb'],
    ['models/events/lexicon.json', 'events-lexicon'],
    ['models/places/gazetteer.tsv', 'places-gazetteer'],
    ['models/themes/phoenix-lexicon.tsv', 'themes-lexicon'],
  ])('every shipped built file carries a header: %s', (path, kind) => {
    expect(splitAsset(readFileSync(assetPath(path)), path).header.kind).toBe(kind);
  });
});

describe('readDataText and readDataLines', () => {
  it('give a data file its entries without comments and blanks, and name a missing file in E040', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-data-'));
    const file = join(dir, 'words.txt');
    writeFileSync(file, '# comment\n  alpha \n\nbeta\n');
    expect(readDataLines(file)).toEqual(['alpha', 'beta']);
    expect(() => readDataText(join(dir, 'missing.txt'))).toThrow(expect.objectContaining({ code: 'E040', message: expect.stringContaining('missing.txt') }));
  });
});

describe('ownModule', () => {
  it('finds a module of dyad beside the running code (here the TypeScript sources)', () => {
    expect(runningFrom()).toBe('src');
    const worker = fileURLToPath(ownModule('store/pipeline-worker'));
    expect(worker).toBe(join(packageRoot(), 'src', 'store', 'pipeline-worker.ts'));
    expect(existsSync(worker)).toBe(true);
  });
});

describe('readWordClasses', () => {
  it('reads each class\'s words, skipping blank and comment lines', () => {
    const file = fileWith('# words\nverb\tsay\n\nnoun\tstate\nverb\ttell\n');
    const read = readWordClasses(file, ['verb', 'noun', 'adverb']);
    expect([...read.verb]).toEqual(['say', 'tell']);
    expect([...read.noun]).toEqual(['state']);
    expect(read.adverb.size).toBe(0);
  });

  it('names the file\'s own line of a row of an unknown class or shape (E170)', () => {
    const file = fileWith('# words\n\nverb\tsay\nadjective\tgreat\n');
    expect(() => readWordClasses(file, ['verb'])).toThrow(/line 4/);
    expect(() => readWordClasses(fileWith('verb\tsay\textra\n'), ['verb'])).toThrow(/line 1/);
  });
});
