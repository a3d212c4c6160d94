import { describe, expect, it } from 'vitest';
import { parseCsv } from '../export/csv.js';
import { ploverRecords } from '../stages/events/plover-records.js';
import { openSqliteStore } from '../store/sqlite.js';
import { eventDoc } from '../../test/support/test-events.js';
import { eventLines, tableLines } from './export.js';

const PUTIN = { words: 'Putin', id: 'Q7747', code: 'RUS' };
const MACRON = { words: 'Macron', id: 'Q3052772', code: 'FRA' };
const doc = eventDoc({
  text: 'Putin held talks with Macron in Moscow, "frankly". Macron accused Putin of lying.',
  meta: { date: '2020-06-26', sourceId: 'tass-1', title: 'Talks, "frank"' },
  events: [
    { event: 'CONSULT', trigger: 'talks', actor: PUTIN, recipient: MACRON, date: '2020-06-26', place: { words: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 }, context: ['diplomatic'] },
    { event: 'ACCUSE', trigger: 'accused', actor: MACRON, recipient: PUTIN, date: '2020-07-03', mode: 'allege' },
  ],
  actors: [PUTIN, MACRON],
});

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const line of lines) text += line;
  return text;
}

async function store() {
  const s = openSqliteStore(':memory:');
  await s.put([doc]);
  return s;
}

describe('dyad export', () => {
  it('writes PLOVER records equal to the document’s own, oldest first', async () => {
    const text = await collect(eventLines(await store(), {}, 'plover'));
    expect(text.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(ploverRecords(doc));
  });

  it('writes JSON Lines that read back as the stored events', async () => {
    const s = await store();
    const text = await collect(eventLines(s, { event: ['ACCUSE'] }, 'jsonl'));
    expect(text.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual((await s.events({ event: ['ACCUSE'] })).items);
  });

  it('writes a CSV whose fields read back unchanged, quotes and commas included', async () => {
    const rows = parseCsv(await collect(eventLines(await store(), {}, 'csv')));
    const at = (row: string[], name: string) => row[rows[0].indexOf(name)];
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((r) => [at(r, 'id'), at(r, 'event'), at(r, 'actor_code'), at(r, 'recipient_code'), at(r, 'event_scale')])).toEqual([
      ['tass-1-1', 'CONSULT', 'RUS', 'FRA', '2.5'],
      ['tass-1-2', 'ACCUSE', 'FRA', 'RUS', '-3.5'],
    ]);
    expect(at(rows[1], 'evidence')).toBe('Putin held talks with Macron in Moscow, "frankly".');
  });

  it('fills GDELT 2.0 columns: dates, actors, quad class and the action location', async () => {
    const rows = parseCsv(await collect(eventLines(await store(), { event: ['CONSULT'] }, 'gdelt')));
    const record = Object.fromEntries(rows[0].map((name, i) => [name, rows[1][i]]));
    expect(record).toMatchObject({
      GLOBALEVENTID: 'tass-1-1', SQLDATE: '20200626', MonthYear: '202006', Year: '2020', FractionDate: '2020.5644',
      Actor1Code: 'RUS', Actor1CountryCode: 'RUS', Actor2Name: 'Macron', QuadClass: '1',
      ActionGeo_Type: '4', ActionGeo_FullName: 'Moscow', ActionGeo_Lat: '55.75', ActionGeo_Long: '37.62', PloverEvent: 'CONSULT',
    });
  });

  it.each([['jsonl'], ['csv']] as const)('exports the actors table as %s', async (format) => {
    const text = await collect(tableLines(await store(), 'actors', format));
    expect(text).toContain('Q7747');
    expect(text.trimEnd().split(/\r?\n/)).toHaveLength(format === 'csv' ? 3 : 2);
  });

  it('exports the documents table with its titles intact', async () => {
    const rows = parseCsv(await collect(tableLines(await store(), 'documents', 'csv')));
    expect(rows[1][rows[0].indexOf('title')]).toBe('Talks, "frank"');
  });
});
