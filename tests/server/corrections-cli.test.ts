import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AcceptedCorrectionsFileSchema } from '@/lib/factbase/accepted-corrections';
import { startServer } from '@/server/start';

let dir: string;
const ids: string[] = [];
const cli = (...args: string[]) =>
  spawnSync(
    'npx',
    ['tsx', 'scripts/corrections.ts', ...args, '--db', join(dir, 'c.sqlite'), '--data', join(dir, 'data')],
    {
      cwd: join(import.meta.dirname, '..', '..'),
      encoding: 'utf8',
    },
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-'));
  mkdirSync(join(dir, 'data', 'facts'), { recursive: true });
  writeFileSync(join(dir, 'data', 'facts', 'corrections.json'), '[]\n');
  // Corrections arrive through the real HTTP API into the SQLite file the CLI reviews.
  const srv = await startServer({ port: 0, dbPath: join(dir, 'c.sqlite'), feedDir: dir });
  for (const [i, proposedValue] of [1290, 1300].entries()) {
    const r = await fetch(`${srv.url}/v1/corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `cli-${i}` },
      body: JSON.stringify({
        kind: 'outdated',
        pageUrl: 'https://example.com/a',
        claim: {
          quote: '1417',
          modelId: 'llama-4-maverick',
          modelName: 'Llama 4 Maverick',
          metric: 'arena_elo',
          benchmark: 'LMArena',
          value: 1417,
        },
        proposedValue,
        sourceUrl: 'https://lmarena.ai/leaderboard',
      }),
    });
    ids.push(((await r.json()) as { id: string }).id);
  }
  await srv.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run corrections', () => {
  it('lists, accepts into the curated data, and rejects with a reason', () => {
    const list = cli('list');
    expect(list.status).toBe(0);
    expect(list.stdout).toContain(ids[0]);
    expect(list.stdout).toContain('2 correction(s)');

    const accept = cli('accept', ids[0]!, '--supersedes', 'lmarena-csv:old');
    expect(accept.status, accept.stderr).toBe(0);
    const entries = AcceptedCorrectionsFileSchema.parse(
      JSON.parse(readFileSync(join(dir, 'data', 'facts', 'corrections.json'), 'utf8')),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      correctionId: ids[0],
      fact: { value: 1290, metric: 'arena_elo' },
      supersedes: ['lmarena-csv:old'],
    });

    expect(cli('accept', ids[0]!).status).not.toBe(0); // already decided
    expect(cli('reject', ids[1]!).status).not.toBe(0); // a reason is required
    expect(cli('reject', ids[1]!, '--reason', 'Source shows 1417').status).toBe(0);
    const shown = JSON.parse(cli('show', ids[1]!).stdout) as { status: string; reason: string };
    expect(shown).toMatchObject({ status: 'rejected', reason: 'Source shows 1417' });
    expect(cli('list', '--status', 'accepted').stdout).toContain('1 correction(s)');
  }, 120_000); // seven tsx start-ups
});
