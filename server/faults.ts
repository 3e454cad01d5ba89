import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Fault injection for tests ONLY: startServer({faults}) runs this before Hono.
 * `npm run serve` never passes one. Each fault mimics a real failure on the wire.
 */
export type FaultKind =
  | 'status-500'
  /** 503 with Retry-After: `retryAfter` seconds. */
  | 'status-503-retry-after'
  /** Accepts the request and never answers. */
  | 'hang'
  /** Announces the full length, sends half, drops the connection. */
  | 'truncate'
  /** 200 with a body that isn't JSON. */
  | 'invalid-json';

export type FaultTarget = 'manifest' | 'snapshot' | 'delta' | 'corrections' | 'any';

export class Faults {
  private active = new Map<FaultTarget, FaultKind>();
  retryAfter = 120;
  /** Requests seen per target, so tests can tell the extension actually asked. */
  hits: Record<string, number> = {};
  private hung = new Set<ServerResponse>();

  set(target: FaultTarget, kind: FaultKind): void {
    this.active.set(target, kind);
  }
  clear(): void {
    this.active.clear();
    for (const r of this.hung) r.destroy();
    this.hung.clear();
  }

  static targetOf(url: string): FaultTarget | undefined {
    const path = url.split('?')[0] ?? '';
    if (path.endsWith('/factbase/manifest.json')) return 'manifest';
    if (/\/factbase\/snapshot-/.test(path)) return 'snapshot';
    if (/\/factbase\/delta-/.test(path)) return 'delta';
    if (path.startsWith('/v1/corrections')) return 'corrections';
    return undefined;
  }

  /** True when the fault took over the response. `real` produces the genuine body for `truncate`. */
  async intercept(req: IncomingMessage, res: ServerResponse, real: () => Promise<Buffer>): Promise<boolean> {
    const target = Faults.targetOf(req.url ?? '');
    if (!target) return false;
    this.hits[target] = (this.hits[target] ?? 0) + 1;
    const kind = this.active.get(target) ?? this.active.get('any');
    if (!kind) return false;
    switch (kind) {
      case 'status-500':
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"injected failure"}');
        return true;
      case 'status-503-retry-after':
        res.writeHead(503, { 'retry-after': String(this.retryAfter) }).end('busy');
        return true;
      case 'hang':
        this.hung.add(res);
        res.on('close', () => this.hung.delete(res));
        return true;
      case 'invalid-json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"version": "9999", oops');
        return true;
      case 'truncate': {
        const body = await real();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
        return true;
      }
    }
  }
}
