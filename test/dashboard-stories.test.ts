/**
 * The stories pages of the dashboard (see #15) in a real headless Chromium, as in dashboard.test.ts:
 * the Kremlin's and the White House's readouts of one call are ingested through the default
 * pipeline, grouped by the store, listed as one story, and shown side by side.
 * Skipped when chromium is not installed; CI installs it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../src/core/document.js';
import { defaultPipeline, defaultStages } from '../src/pipeline.js';
import { openStore } from '../src/cli/open-store.js';
import type { Store } from '../src/store/store.js';
import { findChromium, startDashboard, type Dashboard } from './support/browser.js';
import { BACKENDS } from './support/test-stores.js';
import { ROOT } from './helpers.js';

const executablePath = findChromium();
const eventsInPipeline = defaultStages().some((s) => s.name === 'events');
if (!executablePath) console.warn('dashboard stories test skipped: no `chromium` on PATH (apt-get install chromium)');

interface Readout { id: string; date: string; source: string; title: string; url: string; text: string }
const READOUTS = readFileSync(join(ROOT, 'test', 'fixtures', 'stories', 'biden-putin-call-2021-12-30.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((line) => JSON.parse(line) as Readout);
const KREMLIN = READOUTS.find((r) => r.id.startsWith('kremlin'))!;
const WHITE_HOUSE = READOUTS.find((r) => r.id.startsWith('whitehouse'))!;

describe.skipIf(!executablePath || !eventsInPipeline).each(BACKENDS)('dashboard stories in headless Chromium on the $name store', (backend) => {
  let store: Store;
  let dashboard: Dashboard;

  beforeAll(async () => {
    const pipeline = defaultPipeline();
    const docs = READOUTS.map((r) => pipeline.run(createDocument(r.text, {
      sourceId: r.id, title: r.title, date: r.date, source: r.source, url: r.url, origin: { location: 'test', format: 'jsonl' },
    })));
    store = openStore(backend.newTarget());
    // One at a time, as two ingests would store them: the second joins the story the first started.
    for (const doc of docs) await store.put([doc]);
    dashboard = await startDashboard(store, pipeline, executablePath!);
  });

  afterAll(async () => {
    await dashboard?.close();
    await store?.close();
  });

  const open = (hash: string) => dashboard.open(hash);

  it('lists the two readouts of the call as one story from two sources', async () => {
    const page = await open('#/stories');
    const rows = page.locator('#stories tbody tr');
    expect(await rows.count()).toBe(1);
    const row = await rows.first().innerText();
    expect(row).toContain('2 articles');
    expect(row).toContain(KREMLIN.source);
    expect(row).toContain(WHITE_HOUSE.source);
    await page.close();
  });

  it('opens the story from the list and shows both sides aligned', async () => {
    const page = await open('#/stories');
    await page.click('#stories tbody tr a');
    await page.waitForURL(/#\/story\//);
    await page.waitForSelector('main[data-ready=story] #side-by-side');
    const headers = await page.locator('#side-by-side thead th').allInnerTexts();
    expect(headers.slice(1).sort()).toEqual([KREMLIN.source, WHITE_HOUSE.source].sort());
    const kremlinColumn = headers.indexOf(KREMLIN.source);
    const whiteHouseColumn = headers.indexOf(WHITE_HOUSE.source);
    // The call itself: each side's own sentence about it, in one row.
    const call = page.locator('#side-by-side tbody tr[data-kind=agree]').filter({ hasText: 'CONSULT' });
    expect(await call.count()).toBe(1);
    const cells = call.locator('td');
    expect(await cells.nth(kremlinColumn - 1).innerText()).toContain('Vladimir Putin had a telephone conversation');
    expect(await cells.nth(whiteHouseColumn - 1).innerText()).toContain('spoke today with President Vladimir Putin');
    // What only one side says has an empty cell on the other side.
    const only = page.locator('#side-by-side tbody tr[data-kind=only]');
    expect(await only.count()).toBeGreaterThan(0);
    expect(await only.locator('td.absent').count()).toBe(await only.count());
    // The members are listed with links to the articles.
    expect(await page.locator('#story-members a').allInnerTexts()).toEqual(expect.arrayContaining([KREMLIN.title, WHITE_HOUSE.title]));
    await page.close();
  });

  it('links each event of the deduplicated table to its story', async () => {
    const page = await open('#/events?dedup=true');
    const links = page.locator('#events tbody tr a[href^="#/story/"]');
    // Every event of either readout belongs to the story of the call.
    expect(await links.count()).toBe(await page.locator('#events tbody tr').count());
    expect(await links.first().innerText()).toMatch(/^\d+ reports?, \d+ sources?$/);
    await links.first().click();
    await page.waitForURL(/#\/story\//);
    await page.waitForSelector('main[data-ready=story] #side-by-side');
    expect((await page.locator('#side-by-side thead th').allInnerTexts()).slice(1).sort()).toEqual([KREMLIN.source, WHITE_HOUSE.source].sort());
    await page.close();
  });

  it('answers an unknown story with the API’s error, shown on the page', async () => {
    const page = await open('#/story/s-0000000000000000');
    expect(await page.locator('main .error').innerText()).toContain('not found');
    await page.close();
  });
});
