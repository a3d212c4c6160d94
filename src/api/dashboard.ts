import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Hono } from 'hono';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

// Only our own files run and load: news text that slipped into the page as markup could not act.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The built dashboard (web/dist), read once at start: only the files found there are served, so
 * no request path reaches the file system.
 */
export function dashboardRoutes(root: string): Hono {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(root)) {
    const type = TYPES[extname(name)];
    if (type) files.set(`/${name}`, { body: readFileSync(join(root, name)), type });
  }
  const app = new Hono();
  app.get('*', (c, next) => {
    const file = files.get(c.req.path === '/' ? '/index.html' : c.req.path);
    if (!file) return next();
    c.header('Content-Type', file.type);
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-cache');
    return c.body(new Uint8Array(file.body));
  });
  return app;
}
