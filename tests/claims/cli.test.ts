import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'claimcheck-cli-'));
const hasDictionary = existsSync(join(ROOT, 'data/dictionary.json'));
// Each case spawns tsx; on a busy 2-core machine that can take several seconds.
vi.setConfig({ testTimeout: 90_000 });

function scan(args: string[], input?: Buffer | string) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/scan.ts'), ...args],
    {
      input,
      encoding: 'utf8',
      cwd: ROOT,
      timeout: 60_000,
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, data: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

describe('scan CLI errors', () => {
  it.each([
    ['empty file', file('empty.html', ''), /empty/],
    ['whitespace only', file('blank.txt', '   \n\n '), /empty/],
    ['binary (NUL bytes)', file('bin.html', Buffer.from([0x3c, 0x70, 0x00, 0x01, 0x02])), /binary/],
    [
      'non-UTF-8',
      file('latin1.txt', Buffer.from([0x4d, 0x61, 0x76, 0x65, 0x72, 0x69, 0x63, 0x6b, 0xe9, 0xff])),
      /UTF-8/,
    ],
    ['missing file', join(dir, 'nope.html'), /cannot read/],
  ])('%s: one-line error, exit 1, no stack trace', (_name, path, message) => {
    const r = scan([path]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(r.out).toBe('');
  });

  it('rejects input over 50 MB', () => {
    const big = file('big.txt', Buffer.alloc(50 * 1024 * 1024 + 10, 0x61));
    const r = scan([big]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/50 MB/);
  });

  it('rejects empty standard input and bad arguments', () => {
    expect(scan(['-'], '').err).toMatch(/empty/);
    const bad = scan(['--bogus']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/usage/);
  });
});

describe.skipIf(!hasDictionary)('scan CLI output', () => {
  const html = `<html><head><meta property="article:published_time" content="2025-04-07"></head><body>
    <nav>Llama 4 Scout has 999B parameters</nav>
    <p>Meta released Llama 4 this week. Maverick (402B total, 17B active) scored 1417 Elo on LMArena.</p></body></html>`;

  it('prints {"claims": [...]} with --json', () => {
    const r = scan([file('page.html', html), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { claims: { quote: string; metric: string; model: { id: string } }[] };
    expect(json.claims.map((c) => [c.quote, c.metric, c.model.id])).toEqual([
      ['402B total', 'total_params', 'llama-4-maverick'],
      ['17B active', 'active_params', 'llama-4-maverick'],
      ['1417 Elo', 'arena_elo', 'llama-4-maverick'],
    ]);
  });

  it('prints a readable table for humans, and reads text from stdin', () => {
    const r = scan([file('page2.html', html)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/3 claims/);
    expect(r.out).toMatch(/Llama 4 Maverick\s+total_params\s+402B/);
    const t = scan(['-', '--json'], 'GPT-4o scored 88.7 on MMLU.');
    expect(JSON.parse(t.out).claims[0].value).toBe(88.7);
  });

  it('ends quietly when its reader closes the pipe early (scan | head)', () => {
    // Thousands of claims overflow the pipe buffer, so the write after `head -c 1` exits fails with EPIPE.
    const big = file(
      'big.txt',
      'Llama 4 Maverick has 402B total parameters and 17B active ones.\n'.repeat(4000),
    );
    const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${tsx}" scripts/scan.ts "${big}" | head -c 1 >/dev/null; echo "rc=\${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.ts:\d+/);
    expect(r.stderr).toMatch(/rc=0/);
  });
});
