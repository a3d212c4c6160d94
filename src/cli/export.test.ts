import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { Document } from '../core/document.js';
import { parseCsv } from '../export/csv.js';
import { globalEventId } from '../export/gdelt.js';
import { ploverRecords } from '../stages/events/plover-records.js';
import { openSqliteStore } from '../store/sqlite.js';
import { eventDoc } from '../../test/support/test-events.js';
import { exportEvents, tableLines } from './export.js';

const PUTIN = { words: 'Putin', id: 'Q7747', code: 'RUS' };
const MACRON = { words: 'Macron', id: 'Q3052772', code: 'FRA' };
const plain = eventDoc({
  text: 'Putin held talks with Macron in Moscow, "frankly". Macron accused Putin of lying. Putin urged Macron to ease the sanctions.',
  meta: { date: '2020-06-26', sourceId: 'tass-1', title: 'Talks, "frank"' },
  events: [
    { event: 'CONSULT', trigger: 'talks', actor: PUTIN, recipient: MACRON, date: '2020-06-26', place: { words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 }, context: ['diplomatic'] },
    { event: 'ACCUSE', trigger: 'accused', actor: MACRON, recipient: PUTIN, date: '2020-07-03', mode: 'allege' },
    { event: 'REQUEST', trigger: 'urged', actor: PUTIN, recipient: MACRON, date: '2020-07-04', mode: 'yield' },
  ],
  actors: [PUTIN, MACRON],
});
// The third event keeps the CAMEO code the coder matched, with its leading zero; the others have none.
const coded = plain.layers.events!;
const doc: Document = { ...plain, layers: { ...plain.layers, events: { ...coded, events: coded.events.map((e, i) => (i === 2 ? { ...e, cameo: '0251' } : e)) } } };

async function store() {
  const s = openSqliteStore(':memory:');
  await s.put([doc]);
  return s;
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
let files = 0;

/** Export to a fresh file; returns its text and the sidecar. */
async function exported(format: Parameters<typeof exportEvents>[2], filter = {}) {
  const path = join(dir, `out-${files++}`);
  const sidecar = JSON.parse(await exportEvents(await store(), filter, format, path)) as Record<string, unknown>;
  return { path, text: readFileSync(path, 'utf8'), sidecar };
}

const tsvRows = (text: string) => text.trimEnd().split('\n').map((line) => line.split('\t'));

describe('dyad export --format plover, jsonl, csv', () => {
  it('writes PLOVER records equal to the document’s own, oldest first', async () => {
    const { text } = await exported('plover');
    expect(text.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(ploverRecords(doc));
  });

  it('writes JSON Lines that read back as the stored events', async () => {
    const s = await store();
    const { text } = await exported('jsonl', { event: ['ACCUSE'] });
    expect(text.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual((await s.events({ event: ['ACCUSE'] })).items);
  });

  it('writes a CSV whose fields read back unchanged, with both quad codings', async () => {
    const rows = parseCsv((await exported('csv')).text);
    const at = (row: string[], name: string) => row[rows[0].indexOf(name)];
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => [at(r, 'id'), at(r, 'event'), at(r, 'quad_code'), at(r, 'cameo'), at(r, 'cameo_quad'), at(r, 'goldstein')])).toEqual([
      ['tass-1-1', 'CONSULT', '1', '', '', ''],
      ['tass-1-2', 'ACCUSE', '3', '', '', ''],
      ['tass-1-3', 'REQUEST', '3', '0251', '1', '-0.3'],
    ]);
    expect(at(rows[1], 'evidence')).toBe('Putin held talks with Macron in Moscow, "frankly".');
  });
});

describe('dyad export --format gdelt (GDELT 2.0 event table)', () => {
  it('has exactly the 61 published columns, tab-separated, without a header', async () => {
    const { text, sidecar } = await exported('gdelt');
    const rows = tsvRows(text);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(61);
    expect(sidecar.columns).toEqual([
      'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
      'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
      'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
      'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
      'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
      'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
      'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
      'DATEADDED', 'SOURCEURL',
    ]);
  });

  it('keeps CAMEO codes as strings with leading zeros, with CAMEO’s quad class and Goldstein score', async () => {
    const { text, sidecar } = await exported('gdelt');
    const columns = sidecar.columns as string[];
    const record = (row: string[]) => Object.fromEntries(columns.map((c, i) => [c, row[i]]));
    const [consult, , request] = tsvRows(text).map(record);
    expect(request).toMatchObject({ EventCode: '0251', EventBaseCode: '025', EventRootCode: '02', QuadClass: '1', GoldsteinScale: '-0.3', Day: '20200704' });
    expect(consult).toMatchObject({
      GlobalEventID: String(globalEventId('tass-1-1')), Day: '20200626', MonthYear: '202006', Year: '2020', FractionDate: '2020.5644',
      Actor1Code: 'RUS', Actor1Name: 'PUTIN', Actor1CountryCode: 'RUS', Actor2CountryCode: 'FRA',
      NumMentions: '1', NumSources: '1', NumArticles: '1',
      ActionGeo_Type: '4', ActionGeo_FullName: 'Moscow', ActionGeo_CountryCode: 'RS', ActionGeo_Lat: '55.75', ActionGeo_Long: '37.62',
      DATEADDED: '20200626000000', SOURCEURL: 'tass-1',
    });
    expect(consult.EventCode).toMatch(/^04/);
  });

  it('flags events whose CAMEO code was inferred from the PLOVER type', async () => {
    const { sidecar } = await exported('gdelt');
    expect(sidecar).toMatchObject({ format: 'gdelt', rows: 3, lossy: 2 });
    expect(sidecar.crosswalk).toMatch(/^CAMEO2PLOVER-2021.*sha256:[0-9a-f]{16}$/);
  });

  it('writes the GDELT 2.0 mentions table: 16 columns, one row per report with character offsets', async () => {
    const { text, sidecar } = await exported('gdelt-mentions');
    const rows = tsvRows(text);
    expect(rows.every((r) => r.length === 16)).toBe(true);
    expect((sidecar.columns as string[]).slice(0, 12)).toEqual([
      'GlobalEventID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier',
      'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence',
    ]);
    const [first] = rows;
    expect(first[0]).toBe(String(globalEventId('tass-1-1')));
    expect(doc.text.slice(Number(first[7]), Number(first[7]) + 5)).toBe('Putin');
    expect(doc.text.slice(Number(first[9]), Number(first[9]) + 5)).toBe('talks');
    expect(first[15]).toBe('<DYADID>tass-1-1</DYADID>');
  });
});

describe('dyad export --format icews, polecat', () => {
  it('writes the ICEWS event file columns with country names and CAMEO codes', async () => {
    const rows = tsvRows((await exported('icews')).text);
    expect(rows[0]).toEqual([
      'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity',
      'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher',
      'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude',
    ]);
    const request = Object.fromEntries(rows[0].map((c, i) => [c, rows[3][i]]));
    expect(request).toMatchObject({ 'Event Date': '2020-07-04', 'Source Name': 'Putin', 'Source Country': 'Russia', 'Target Country': 'France', 'CAMEO Code': '0251', Intensity: '-0.3' });
  });

  it('writes the POLECAT columns with PLOVER’s type, mode, quad and COW codes', async () => {
    const rows = tsvRows((await exported('polecat')).text);
    expect(rows[0]).toHaveLength(40);
    expect(rows[0].slice(0, 10)).toEqual(['Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Event Intensity', 'Quad Code', 'Contexts', 'Actor Name', 'Actor Country', 'Actor COW']);
    expect(rows[0].slice(-6)).toEqual(['Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language', 'Version']);
    const accuse = Object.fromEntries(rows[0].map((c, i) => [c, rows[2][i]]));
    expect(accuse).toMatchObject({ 'Event Type': 'ACCUSE', 'Event Mode': 'allege', 'Quad Code': 'VERBAL CONFLICT', 'Actor Country': 'FRA', 'Actor COW': '220', 'Recipient COW': '365' });
  });
});

describe('dyad export --format parquet', () => {
  it('reads back with its types and the sidecar in the file’s metadata', async () => {
    const { path } = await exported('parquet');
    const buffer = readFileSync(path);
    const file = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const rows = await parquetReadObjects({ file });
    expect(rows.map((r) => [r.id, r.event, r.quad_code, r.cameo, r.negated])).toEqual([
      ['tass-1-1', 'CONSULT', 1, null, false],
      ['tass-1-2', 'ACCUSE', 3, null, false],
      ['tass-1-3', 'REQUEST', 3, '0251', false],
    ]);
    expect(rows[0].lat).toBe(55.75);
    const meta = parquetMetadata(file).key_value_metadata?.find((kv) => kv.key === 'dyad');
    expect(JSON.parse(meta!.value!)).toMatchObject({ format: 'parquet' });
  });
});

describe('dyad export --table', () => {
  it.each([['jsonl'], ['csv']] as const)('exports the actors table as %s', async (format) => {
    let text = '';
    for await (const line of tableLines(await store(), 'actors', format)) text += line;
    expect(text).toContain('Q7747');
    expect(text.trimEnd().split(/\r?\n/)).toHaveLength(format === 'csv' ? 3 : 2);
  });

  it('exports the documents table with its titles intact', async () => {
    let text = '';
    for await (const line of tableLines(await store(), 'documents', 'csv')) text += line;
    const rows = parseCsv(text);
    expect(rows[1][rows[0].indexOf('title')]).toBe('Talks, "frank"');
  });
});

describe('dyad export --dedup', () => {
  // The same wire story from a second agency: one story, whose acts two articles of two sources report.
  const copy = eventDoc({
    text: plain.text,
    meta: { date: '2020-06-26', sourceId: 'afp-1', source: 'AFP', title: 'Talks' },
    events: [{ event: 'CONSULT', trigger: 'talks', actor: PUTIN, recipient: MACRON, date: '2020-06-26', place: { words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 }, context: ['diplomatic'] }],
    actors: [PUTIN, MACRON],
  });

  async function twoSources(format: Parameters<typeof exportEvents>[2], filter = {}) {
    const s = openSqliteStore(':memory:');
    await s.put([{ ...doc, meta: { ...doc.meta, source: 'TASS' } }, copy]);
    const path = join(dir, `out-${files++}`);
    const sidecar = JSON.parse(await exportEvents(s, filter, format, path)) as Record<string, unknown>;
    return { text: readFileSync(path, 'utf8'), sidecar };
  }

  it('fills GDELT’s NumMentions, NumSources and NumArticles from the story', async () => {
    const { text, sidecar } = await twoSources('gdelt', { dedup: true });
    const columns = sidecar.columns as string[];
    const rows = tsvRows(text).map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
    expect(rows).toHaveLength(3);
    const counts = (r: Record<string, string>) => [r.NumMentions, r.NumSources, r.NumArticles];
    expect(rows.map(counts).sort()).toEqual([['1', '1', '1'], ['1', '1', '1'], ['2', '2', '2']]);
  });

  it('fills the CSV’s story columns with --dedup only', async () => {
    const read = async (filter: object) => {
      const rows = parseCsv((await twoSources('csv', filter)).text);
      return rows.slice(1).map((r) => [r[rows[0].indexOf('event')], r[rows[0].indexOf('num_articles')], r[rows[0].indexOf('num_sources')]]);
    };
    expect(await read({})).toEqual([['CONSULT', '', ''], ['CONSULT', '', ''], ['ACCUSE', '', ''], ['REQUEST', '', '']]);
    expect((await read({ dedup: true })).find((r) => r[0] === 'CONSULT')).toEqual(['CONSULT', '2', '2']);
  });
});
