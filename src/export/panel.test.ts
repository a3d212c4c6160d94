import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assetPath } from '../core/assets.js';
import type { Document } from '../core/document.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { eventDoc, type EventInit } from '../../test/support/test-events.js';
import { buildPanel, panelColumns, type PanelOptions, type PanelValue } from './panel.js';

const US = { words: 'Washington', id: 'Q30', code: 'USA' };
const JAPAN = { words: 'Tokyo', id: 'Q17', code: 'JPN' };
const BONN = { words: 'Bonn', id: 'Q183', code: 'DEU' };
const NATO = { words: 'NATO', id: 'Q7184', code: 'IGO' };

/** A wire story of a day in 1987 (the Reuters-21578 months), with its events and coded mentions. */
function story(id: string, date: string, events: EventInit[], cameo?: string): Document {
  const doc = eventDoc({
    text: 'Washington warned Tokyo. Bonn and NATO met. Tokyo protested to Washington.',
    meta: { date, sourceId: id },
    events,
    actors: [US, JAPAN, BONN, NATO],
  });
  if (!cameo) return doc;
  const coded = doc.layers.events!;
  return { ...doc, layers: { ...doc.layers, events: { ...coded, events: coded.events.map((e) => ({ ...e, cameo })) } } };
}

const STORIES = [
  story('r1', '1987-02-26', [{ event: 'THREATEN', trigger: 'warned', actor: US, recipient: JAPAN }], '130'),
  story('r2', '1987-06-01', [{ event: 'CONSULT', trigger: 'met', actor: BONN, recipient: NATO }]),
  story('r3', '1987-10-19', [{ event: 'PROTEST', trigger: 'protested', actor: JAPAN, recipient: US }]),
];

async function storeWith(docs: Document[]): Promise<Store> {
  const store = openSqliteStore(':memory:');
  await store.put(docs);
  return store;
}

async function panel(docs: Document[], options: PanelOptions) {
  const { notes, rows } = await buildPanel(await storeWith(docs), options);
  const columns = panelColumns(options.unit);
  const records = [...rows].map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])) as Record<string, PanelValue>);
  return { notes, records };
}

/** GW members on any day of [from, to], read straight from the data file (not through states.ts). */
function gwMembers(from: string, to: string): number[] {
  const lines = readFileSync(assetPath('src', 'export', 'data', 'gw-states.tsv'), 'utf8').trim().split('\n').slice(1);
  const codes = lines.map((l) => l.split('\t')).filter(([, , , start, end]) => start <= to && (end >= from || end === '2020-12-31'));
  return [...new Set(codes.map(([code]) => Number(code)))].sort((a, b) => a - b);
}

describe('dyad panel --unit country-year --system gw', () => {
  it('has exactly the GW state-years of 1987, the year of the stored articles, zero-filled', async () => {
    const { notes, records } = await panel(STORIES, { unit: 'country-year', system: 'gw' });
    expect([notes.from, notes.to]).toEqual(['1987-01-01', '1987-12-31']);
    expect(records.map((r) => r.period)).toEqual(records.map(() => '1987'));
    expect(records.map((r) => r.gwcode)).toEqual(gwMembers('1987-01-01', '1987-12-31'));
    expect(records.length).toBeGreaterThan(150);
    expect(records.filter((r) => r.events === 0).length).toBe(records.length - 3);
  });

  it('counts events per type and quad, Goldstein where a CAMEO code gives one, and articles as the denominator', async () => {
    const { records } = await panel(STORIES, { unit: 'country-year', system: 'gw' });
    const usa = records.find((r) => r.gwcode === 2)!;
    expect(usa).toMatchObject({
      state: '2', iso3: 'USA', cowcode: 2, articles: 3, events: 2, threaten: 1, protest: 1, consult: 0,
      verbal_conflict: 1, material_conflict: 1, cameo_quad3: 1, goldstein_n: 1, goldstein_sum: -4.4, goldstein_mean: -4.4,
    });
    expect(usa.intensity_sum).toBe(-8.5);
    // Bonn is West Germany (GW 260) in 1987; NATO is no state, so the meeting counts for 260 alone.
    expect(records.find((r) => r.gwcode === 260)).toMatchObject({ events: 1, consult: 1, articles: 3 });
    expect(records.find((r) => r.gwcode === 265)).toMatchObject({ events: 0, articles: 0, goldstein_mean: null, intensity_mean: null });
  });
});

describe('state boundaries in panels', () => {
  const germany = (date: string, id: string) =>
    eventDoc({ text: 'Bonn accused Tokyo.', meta: { date, sourceId: id }, events: [{ event: 'ACCUSE', trigger: 'accused', actor: BONN, recipient: JAPAN }], actors: [BONN, JAPAN] });

  it('gives unified Germany COW 255 and West Germany 260 in the year of unification', async () => {
    const { records } = await panel([germany('1990-06-01', 'a'), germany('1990-11-01', 'b')], { unit: 'country-year', system: 'cow' });
    expect(records.find((r) => r.cowcode === 260)).toMatchObject({ events: 1, articles: 1 });
    expect(records.find((r) => r.cowcode === 255)).toMatchObject({ events: 1, articles: 1, iso3: 'DEU' });
    expect(records.find((r) => r.cowcode === 265)).toMatchObject({ events: 0 });
  });

  it('keeps GW 260 for Germany on both sides of 3 October 1990, and drops the GDR from the months after', async () => {
    const { records } = await panel([germany('1990-06-01', 'a'), germany('1990-11-01', 'b')], { unit: 'country-month', system: 'gw' });
    expect(records.filter((r) => r.gwcode === 260 && r.events === 1).map((r) => r.period)).toEqual(['1990-06', '1990-11']);
    expect(records.filter((r) => r.gwcode === 265).map((r) => r.period)).toEqual(['1990-06', '1990-07', '1990-08', '1990-09', '1990-10']);
  });

  it('has South Sudan from July 2011 and labels the ISO3 panel’s Soviet months SUN, then RUS', async () => {
    const { records } = await panel([], { unit: 'country-month', system: 'gw', from: '2011-06', to: '2011-07' });
    expect(records.filter((r) => r.gwcode === 626).map((r) => r.period)).toEqual(['2011-07']);
    const soviet = await panel([], { unit: 'country-day', system: 'iso3', from: '1991-12-25', to: '1991-12-26' });
    expect(soviet.records.filter((r) => r.gwcode === 365).map((r) => [r.period, r.state])).toEqual([['1991-12-25', 'SUN'], ['1991-12-26', 'RUS']]);
  });
});

describe('dyad panels', () => {
  it('has every directed pair of member states, with the events of each direction', async () => {
    const { records } = await panel(STORIES, { unit: 'dyad-month', system: 'gw', from: '1987-02', to: '1987-02' });
    const states = gwMembers('1987-02-01', '1987-02-28').length;
    expect(records).toHaveLength(states * (states - 1));
    expect(records.filter((r) => r.events !== 0).map((r) => [r.source, r.target, r.threaten])).toEqual([['2', '740', 1]]);
    expect(records.find((r) => r.source === '740' && r.target === '2')).toMatchObject({ events: 0, articles: 1 });
  });
});

describe('--dedup', () => {
  it('counts an act that two agencies report once, and says so', async () => {
    const threat = [{ event: 'THREATEN', trigger: 'warned', actor: US, recipient: JAPAN }] as const;
    const copies = [story('r1', '1987-02-26', [...threat]), story('r9', '1987-02-26', [...threat])];
    const japan = async (dedup: boolean) => {
      const { notes, records } = await panel(copies, { unit: 'country-year', system: 'gw', dedup });
      return { notes, japan: records.find((r) => r.gwcode === 740) };
    };
    expect((await japan(false)).japan).toMatchObject({ events: 2, threaten: 2 });
    const deduped = await japan(true);
    expect(deduped.japan).toMatchObject({ events: 1, threaten: 1 });
    expect(deduped.notes.dedup).toMatch(/^stories/);
  });
});

describe('bad options', () => {
  it('rejects a date that is no ISO date with a coded error naming the option', async () => {
    await expect(panel([], { unit: 'country-year', system: 'gw', from: '26/02/1987' })).rejects.toThrow(/E030.*--from/);
  });
});

describe('the default range', () => {
  it('covers the periods of the articles’ publication dates, leaving out events they date decades back', async () => {
    const history = story('r4', '1987-05-05', [{ event: 'ASSAULT', trigger: 'protested', actor: JAPAN, recipient: US, date: '1945-08-06' }]);
    const { notes, records } = await panel([...STORIES, history], { unit: 'country-year', system: 'gw' });
    expect([notes.from, notes.to]).toEqual(['1987-01-01', '1987-12-31']);
    expect(new Set(records.map((r) => r.period))).toEqual(new Set(['1987']));
    expect(records.find((r) => r.gwcode === 740)).toMatchObject({ events: 2, assault: 0 });
    const explicit = await panel([...STORIES, history], { unit: 'country-year', system: 'gw', from: '1945', to: '1945' });
    expect(explicit.records.find((r) => r.gwcode === 740)).toMatchObject({ events: 1, assault: 1, articles: 0 });
  });
});
