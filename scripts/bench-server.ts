/**
 * `npm run bench:server` — the server under load on loopback, in figures (no assertions).
 * 1. 1,000 concurrent GET /v1/factbase/manifest.json, each on its own connection.
 * 2. POST /v1/corrections at a steady 200 requests/s for 10 s (open loop: sends on
 *    schedule whatever the answers), latency p50/p99. Every request comes from
 *    127.0.0.1, so the per-client rate limit is raised for the run (as for a proxy's many readers).
 * Bounded: fixed counts and durations, then it stops. Targets (issue 6): no errors; p99 ≤ 50 ms.
 */
import { fork } from 'node:child_process';
import { request, Agent } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '../lib/sync/signature';
import { publishFeed } from '../server/publish';
import { startServer } from '../server/start';
import { syntheticSnapshot } from '../server/synthetic-snapshot';
import { arenaCorrection } from '../tests/corrections/fixtures';

const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

function call(
  port: number,
  method: string,
  path: string,
  agent: Agent | false,
  body?: string,
  headers: Record<string, string> = {},
) {
  return new Promise<{ status: number; ms: number }>((ok, fail) => {
    const t0 = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: { ...headers, ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) },
      },
      (res) => {
        res.resume();
        res.on('end', () => ok({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', fail);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const feedDir = mkdtempSync(join(tmpdir(), 'claimcheck-bench-server-'));
  const dbDir = mkdtempSync(join(tmpdir(), 'claimcheck-bench-db-'));
  const keys = await generateKeyPair();
  await publishFeed({
    snapshot: syntheticSnapshot({ version: 'bench-1', facts: 100 }),
    outDir: feedDir,
    secretKey: keys.secretKey,
  });
  // The server runs in its own process, as in production: the load generator doesn't steal its event loop.
  const dbPath = process.env.BENCH_DB === 'memory' ? ':memory:' : join(dbDir, 'corrections.sqlite');
  const child = fork(import.meta.filename, ['--child', feedDir, dbPath], {
    execArgv: ['--import', 'tsx'],
  });
  const port = await new Promise<number>((ok, fail) => {
    child.once('message', (m) => ok(Number(m as number)));
    child.once('exit', (c) => fail(new Error(`server exited ${c}`)));
  });
  const server = { port };
  try {
    // 1. A burst of concurrent manifest requests, one socket each.
    const t0 = performance.now();
    const settled = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, () => call(server.port, 'GET', '/v1/factbase/manifest.json', false)),
    );
    const wall = performance.now() - t0;
    const oks = settled.filter((s) => s.status === 'fulfilled' && s.value.status === 200).length;
    const errors = settled.length - oks;
    const ms = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.ms] : []));
    console.log(
      `manifest: ${CONCURRENT} concurrent → ${oks} × 200, ${errors} errors; wall ${wall.toFixed(0)} ms, p50 ${pct(ms, 50).toFixed(1)} ms, p99 ${pct(ms, 99).toFixed(1)} ms`,
    );
    if (errors) {
      const reasons = new Map<string, number>();
      for (const s of settled) {
        const k = s.status === 'rejected' ? String((s.reason as Error).message) : `HTTP ${s.value.status}`;
        if (s.status === 'rejected' || s.value.status !== 200) reasons.set(k, (reasons.get(k) ?? 0) + 1);
      }
      console.log('  errors:', Object.fromEntries(reasons));
    }

    // 2. Corrections at a steady rate, open loop, keep-alive connections as a proxy would hold.
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    const body = (i: number) =>
      JSON.stringify({
        ...arenaCorrection,
        pageUrl: `https://example.com/post/${i}`,
        proposedValue: 1400 + (i % 50),
      });
    const total = RATE * SECONDS;
    const pending: Promise<{ status: number; ms: number } | Error>[] = [];
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      pending.push(
        call(server.port, 'POST', '/v1/corrections', agent, body(i), {
          'content-type': 'application/json',
          'idempotency-key': `bench-${i}`,
        }).catch((e: Error) => e),
      );
    }
    const results = await Promise.all(pending);
    const elapsed = (performance.now() - start) / 1000;
    agent.destroy();
    const lat = results.flatMap((r) => (r instanceof Error ? [] : [r.ms]));
    const created = results.filter((r) => !(r instanceof Error) && r.status === 201).length;
    console.log(
      `corrections: ${total} POSTs in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)} req/s) → ${created} × 201, ${total - created} other/errors; ` +
        `latency p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms (target p99 ≤ 50 ms)`,
    );
    child.send('timings');
    const st = await new Promise<{ p50: number; p99: number; n: number; loopP99: number; loopMax: number }>(
      (ok) => child.once('message', (m) => ok(m as never)),
    );
    console.log(
      `  server side (arrival → response sent): p50 ${st.p50.toFixed(2)} ms, p99 ${st.p99.toFixed(2)} ms over ${st.n} POSTs; ` +
        `server event-loop delay p99 ${st.loopP99.toFixed(1)} ms, max ${st.loopMax.toFixed(1)} ms (time the process was not running)`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(feedDir, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  }
}

async function child(feedDir: string, dbPath: string): Promise<void> {
  const server = await startServer({
    port: 0,
    feedDir,
    dbPath,
    rateLimit: { capacity: 1e9, refillPerSecond: 1e9 },
  });
  // Server-side time per POST (arrival → last byte written): separates the server from the load generator.
  const serverMs: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  server.httpServer.on('request', (req, res) => {
    if (req.method !== 'POST') return;
    const t0 = performance.now();
    res.on('finish', () => serverMs.push(performance.now() - t0));
  });
  process.send?.(server.port);
  process.on('message', (m) => {
    if (m === 'timings')
      process.send?.({
        p50: pct(serverMs, 50),
        p99: pct(serverMs, 99),
        n: serverMs.length,
        loopP99: loop.percentile(99) / 1e6,
        loopMax: loop.max / 1e6,
      });
  });
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

const run = process.argv[2] === '--child' ? child(process.argv[3]!, process.argv[4]!) : main();
run.catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
