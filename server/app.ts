import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { correctionsRoutes, type CorrectionsDeps } from './corrections-routes';
import { feedRoutes } from './feed-routes';

export interface AppDeps extends CorrectionsDeps {
  feedDir: string;
  /** Exact origins, or `scheme://*` to allow any origin of an extension scheme. */
  allowedOrigins: string[];
}

/** True when `origin` is in the allow-list (exact, or an extension scheme wildcard). */
export function originAllowed(origin: string, allowed: string[]): boolean {
  return allowed.some((a) => {
    if (a.endsWith('://*')) {
      const scheme = a.slice(0, -1); // "chrome-extension://"
      return (
        (scheme === 'chrome-extension://' || scheme === 'moz-extension://') &&
        origin.startsWith(scheme) &&
        /^[a-z-]+:\/\/[A-Za-z0-9-]+$/.test(origin)
      );
    }
    return a === origin;
  });
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', secureHeaders({ crossOriginResourcePolicy: false }));
  // CORS headers go only to the extension and the configured site; anyone else
  // gets no Access-Control-Allow-Origin, so their pages can't read our answers
  // and the Idempotency-Key preflight stops their POSTs.
  app.use(
    '*',
    cors({
      origin: (origin) => (origin && originAllowed(origin, deps.allowedOrigins) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Retry-After'],
      maxAge: 600,
    }),
  );
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/v1/factbase', feedRoutes(deps.feedDir));
  app.route('/v1/corrections', correctionsRoutes(deps));
  app.notFound((c) => c.json({ error: 'Not found.' }, 404));
  app.onError((err, c) => {
    console.error('[server]', err);
    return c.json({ error: 'Internal error.' }, 500);
  });
  return app;
}
