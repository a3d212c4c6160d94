import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web.js';
import { createApp } from '../../src/api/app.js';
import type { Pipeline } from '../../src/core/pipeline.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../helpers.js';

/**
 * The dashboard in a real headless Chromium (Debian's `chromium`, driven by playwright-core), for
 * the browser tests (test/dashboard*.test.ts): the built web bundle served by the API on a free
 * local port, over a store the test filled. Tests skip when no `chromium` is on PATH.
 */

/** The path of Debian's `chromium`, or undefined when it is not installed. */
export function findChromium(): string | undefined {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Flags for a sandboxless CI container: no GPU, no background traffic to Google. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface Dashboard {
  /** A new page at `hash` (`#/events`), once the dashboard has rendered it. */
  open(hash: string): Promise<Page>;
  /** Closes the browser and the server (not the store: the test owns it). */
  close(): Promise<void>;
}

/** Build the web bundle, serve it with the API over `store`, and start Chromium at `executablePath`. */
export async function startDashboard(store: Store, pipeline: Pipeline, executablePath: string): Promise<Dashboard> {
  const web = tempDir('dyad-web-');
  await buildWeb(web);
  const app = createApp({ store, pipeline: () => pipeline, webRoot: web });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    await new Promise((resolve) => server.close(resolve));
    throw error;
  }
  return {
    async open(hash) {
      const page = await browser.newPage();
      // Playwright's own 30 s limit on each wait fails a test on a busy machine: the test's limit
      // (vitest.config.ts) is the one that stops a hung test.
      page.setDefaultTimeout(0);
      await page.goto(`${base}/${hash}`);
      await page.waitForSelector('main[data-ready]');
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
