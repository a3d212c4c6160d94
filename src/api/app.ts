import { timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { DyadError } from '../core/errors.js';
import type { Pipeline } from '../core/pipeline.js';
import type { Store } from '../store/store.js';
import { actorRoutes } from './actors.js';
import { inlineAnnotator, type Annotator } from './annotator.js';
import { dashboardRoutes } from './dashboard.js';
import { documentRoutes } from './documents.js';
import { ApiError } from './errors.js';
import { eventRoutes } from './events.js';
import { openApi } from './openapi.js';
import { placeRoutes } from './places.js';
import { quoteRoutes } from './quotes.js';
import { seriesRoutes } from './series.js';
import { storyRoutes } from './stories.js';

export interface AppOptions {
  readonly store: Store;
  /** Write access: without a token the API is read-only; with one, writes need `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** The pipeline that annotates ingested articles, made when the first one arrives. */
  readonly pipeline: () => Pipeline;
  /** Runs the pipeline off the request thread (`workerAnnotator`); without one it runs inline. */
  readonly annotator?: Annotator;
  /**
   * Host names requests may address (the `Host` header); others get 421. Against DNS rebinding,
   * where a hostile page's own name resolves to this server (see #16). Unchecked when absent.
   */
  readonly allowedHosts?: readonly string[];
  /** Folder of the built dashboard; no dashboard when absent. */
  readonly webRoot?: string;
  /** Largest request body accepted, in bytes (default 1 MB). */
  readonly maxBodyBytes?: number;
}

/**
 * The HTTP API (under `/api`), its OpenAPI description (`/openapi.json`) and the dashboard (`/`).
 * Errors are JSON `{code, message}`.
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json({ code: error.code, message: error.message }, error.status);
    if (error instanceof DyadError && error.code === 'E030') return c.json({ code: 'invalid_parameter', message: error.message }, 400);
    if (error instanceof DyadError && error.code === 'E021') return c.json({ code: 'not_found', message: error.message }, 404);
    if (error instanceof DyadError && error.code === 'E003') return c.json({ code: 'annotation_failed', message: error.message }, 422);
    console.error(error);
    return c.json({ code: 'internal', message: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` }, 404));

  if (options.allowedHosts) app.use('*', hostGuard(options.allowedHosts));
  // JSON is data, never a page: no sniffing, framing, caching or referrer (see #16).
  const jsonHeaders = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
  });
  const noStore: MiddlewareHandler = async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  };
  app.use('/api/*', jsonHeaders, noStore);
  app.use('/openapi.json', jsonHeaders, noStore);
  const maxSize = options.maxBodyBytes ?? 1_000_000;
  // The unread rest of a refused body would be taken for the next request on a keep-alive
  // connection: close it (see #16).
  const tooLarge = bodyLimit({ maxSize, onError: (c) => c.json({ code: 'payload_too_large', message: `request bodies are limited to ${maxSize} bytes` }, 413, { Connection: 'close' }) });
  app.use('/api/*', tooLarge);
  app.use('/api/*', writeGuard(options.token));

  const { store } = options;
  app.route('/api/documents', documentRoutes(store, options.annotator ?? inlineAnnotator(options.pipeline)));
  app.route('/api/events', eventRoutes(store));
  app.route('/api/actors', actorRoutes(store));
  app.route('/api/quotes', quoteRoutes(store));
  app.route('/api/places', placeRoutes(store));
  app.route('/api/series', seriesRoutes(store));
  app.route('/api/stories', storyRoutes(store));
  app.get('/openapi.json', (c) => c.json(openApi()));
  if (options.webRoot) app.route('/', dashboardRoutes(options.webRoot));
  return app;
}

/** Reads are open; anything else needs the server's token, and without one the server is read-only. */
function writeGuard(token: string | undefined): MiddlewareHandler {
  const expected = token ? Buffer.from(token, 'utf8') : undefined;
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    if (!expected) throw new ApiError(403, 'read_only', 'this server is read-only; start it with --token to allow writes');
    // Only `Bearer <token>`: a bare token was accepted before (see #16).
    const given = Buffer.from(/^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '', 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new ApiError(401, 'unauthorized', 'writes need the header Authorization: Bearer <token>');
    }
    return next();
  };
}

/** Refuse requests addressed to a host name the server was not bound to. */
function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = new URL(c.req.url).hostname.toLowerCase();
    if (!names.has(host)) throw new ApiError(421, 'misdirected', `this server does not answer for host "${host}"`);
    return next();
  };
}
