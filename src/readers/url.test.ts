import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from './inputs.js';
import { LIMITS } from './limits.js';
import { collect } from './test-source.js';

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback wire</title>
<item><title>Talks</title><link>http://127.0.0.1/1</link><description>Ministers met in Geneva.</description></item></channel></rss>`;

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
    if (req.url === '/endless') return void endless(res);
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

/** A body that never ends, written only as fast as the client reads it. */
function endless(res: import('node:http').ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const write = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', write);
  };
  write();
}
afterAll(() => new Promise<void>((resolve) => {
  server.close(() => resolve());
  server.closeAllConnections();
}));

describe('reading from a URL', () => {
  it('fetches a feed over http and reads its items, keeping the URL as origin', async () => {
    const [item] = await collect(readInputs([`${base}/feed`]));
    expect(item.ok && item.doc.text).toBe('Ministers met in Geneva.');
    expect(item.ok && item.doc.meta.origin).toEqual({ location: `${base}/feed`, record: 1, format: 'feed' });
  });

  it('reports an HTTP error as a coded rejection naming the URL', async () => {
    const [result] = await collect(readInputs([`${base}/missing`]));
    expect(!result.ok && result.error.code).toBe('E018');
    expect(!result.ok && result.error.message).toContain(`${base}/missing`);
  });

  it('issue-16: stops reading an endless body at the size limit and says so', async () => {
    const [result] = await collect(readInputs([`${base}/endless`], { limits: { ...LIMITS, maxSourceBytes: 1024 * 1024 } }));
    expect(!result.ok && result.error.code).toBe('E019');
    expect(!result.ok && result.error.message).toContain('1 MiB');
  });
});
