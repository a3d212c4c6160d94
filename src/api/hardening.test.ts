import { connect, type AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createPipeline } from '../core/pipeline.js';
import { openSqliteStore } from '../store/sqlite.js';
import { createApp, type AppOptions } from './app.js';
import { workerAnnotator } from './annotator.js';

const appWith = (options: Partial<AppOptions> = {}) => {
  const store = openSqliteStore(':memory:');
  return { store, app: createApp({ store, pipeline: () => createPipeline([]), ...options }) };
};
const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('issue-16: the write token', () => {
  it.each([['secret'], ['Basic secret'], ['bearer secret'], ['Bearer  secret'], ['Bearer secret extra']])('refuses the header %j', async (authorization) => {
    const { app } = appWith({ token: 'secret' });
    const res = await app.request('/api/documents', post({ text: 'Talks were held.' }, { authorization }));
    expect(res.status).toBe(401);
  });
});

describe('issue-16: Host header allow-list (DNS rebinding)', () => {
  it.each([
    ['http://localhost/api/documents', 200],
    ['http://127.0.0.1:8080/api/documents', 200],
    ['http://evil.example/api/documents', 421],
    ['http://localhost.evil.example/', 421],
  ])('%s → %i', async (url, status) => {
    const { app } = appWith({ allowedHosts: ['localhost', '127.0.0.1'] });
    const res = await app.request(url);
    expect(res.status).toBe(status);
    if (status !== 200) expect(((await res.json()) as { code: string }).code).toBe('misdirected');
  });
});

describe('issue-16: security headers', () => {
  it.each(['/api/documents', '/api/nowhere', '/openapi.json', '/api/events?limit=-1'])('JSON from %s carries them', async (url) => {
    const { app } = appWith();
    const res = await app.request(url);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('issue-16: a POST does not block other requests', () => {
  const annotators: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const a of annotators.splice(0)) await a.close();
  });

  it('annotates in a worker thread while reads are answered', async () => {
    const annotator = workerAnnotator();
    annotators.push(annotator);
    const { app, store } = appWith({ token: 't', annotator });
    const text = 'The ministers met in Geneva and agreed to talk again. '.repeat(400);
    const done: string[] = [];
    const write = Promise.resolve(app.request('/api/documents', post({ text }, { authorization: 'Bearer t' }))).then((res) => {
      done.push('post');
      return res;
    });
    // On the event loop the pipeline would run before any other request could finish.
    const read = await app.request('/api/documents');
    done.push('get');
    expect(read.status).toBe(200);
    const res = await write;
    expect(await res.clone().text()).toContain('stored');
    expect(res.status).toBe(201);
    expect(done).toEqual(['get', 'post']);
    const { id } = (await res.json()) as { id: string };
    expect((await store.get(id))?.layers.tokens?.length).toBeGreaterThan(1000);
  });

  it('refuses work beyond the queue bound with a coded 503 instead of queueing without end', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { app } = appWith({ token: 't', annotator: { annotate: async (doc) => (await gate, doc), pending: () => 1, maxPending: 1, close: async () => undefined } });
    const res = await app.request('/api/documents', post({ text: 'One more.' }, { authorization: 'Bearer t' }));
    expect(res.status).toBe(503);
    expect(((await res.json()) as { code: string }).code).toBe('busy');
    release();
  });
});

describe('issue-16: 413 on a keep-alive connection', () => {
  it('says it closes the connection and closes it, so no client sends its next request into the unread body', async () => {
    const { app } = appWith({ token: 't', maxBodyBytes: 100 });
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      const body = JSON.stringify({ text: 'x'.repeat(5000) });
      socket.write(`POST /api/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      await new Promise<void>((resolve) => socket.on('data', () => received.includes('\r\n\r\n') && resolve()));
      expect(received).toMatch(/^HTTP\/1\.1 413/);
      expect(received).toMatch(/\r\nconnection: close\r\n/i);
      await closed;
      expect((await fetch(`http://127.0.0.1:${port}/api/documents`)).status).toBe(200);
    } finally {
      (server as import('node:http').Server).closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
