/**
 * `npm start` — the main job in one command: build the extension, serve the
 * demo article on localhost, open Debian's Chromium with the extension on it,
 * wait for the marks, save screenshots/demo.png and print the marked claims.
 * A visible window when there is a display (it stays open until you close it);
 * headless otherwise (it exits as soon as the table is printed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  countMarks,
  FIXTURES_DIR,
  ROOT,
  SCREENSHOTS_DIR,
  launchExtension,
  readMarks,
  startFixtureServer,
  type MarkRow,
} from '../e2e/harness';

function run(cmd: string, args: string[], what: string): void {
  console.log(`\n> ${what}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${what} failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}

/** Waits until marks have appeared and their number has stopped changing. */
async function waitForMarks(page: Page, timeoutMs = 30_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < end) {
    const n = await countMarks(page);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n > 0 && Date.now() - stableSince > 750) {
      return n;
    }
    await page.waitForTimeout(100);
  }
  return Math.max(last, 0);
}

function printTable(rows: MarkRow[]): void {
  const header: MarkRow = {
    verdict: 'verdict',
    model: 'model',
    metric: 'metric',
    value: 'value',
    benchmark: 'benchmark',
    quote: 'quote',
  };
  const cols = Object.keys(header) as (keyof MarkRow)[];
  const clip = (raw: string) => {
    const s = raw.replace(/\s+/g, ' ').trim();
    return s.length > 60 ? s.slice(0, 57) + '...' : s;
  };
  const all = [header, ...rows].map((r) => cols.map((c) => clip(r[c])));
  const widths = cols.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(all[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of all.slice(1)) console.log(line(r));
}

async function main(): Promise<void> {
  const noBuild = process.argv.includes('--no-build');
  run('bash', ['scripts/ensure-chromium.sh'], "Checking for Debian's Chromium");
  if (!noBuild) {
    if (existsSync(join(ROOT, 'scripts', 'factbase-build.ts')))
      run('npm', ['run', '--silent', 'factbase:build'], 'Building the fact base snapshot');
    run('npx', ['wxt', 'build'], 'Building the extension');
  }

  const server = await startFixtureServer(join(FIXTURES_DIR, 'demo'));
  const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  console.log(`\nServing the demo article at ${server.url}`);
  console.log(
    `Opening Chromium ${hasDisplay ? 'in a window' : 'headless (no $DISPLAY or $WAYLAND_DISPLAY)'} with the extension...`,
  );
  const ext = await launchExtension({ headless: !hasDisplay });
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 }).catch(() => undefined);
  await page.goto(server.url);

  const count = await waitForMarks(page);
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const shot = join(SCREENSHOTS_DIR, 'demo.png');
  await page.screenshot({ path: shot, fullPage: true });
  const rows = await readMarks(page);
  console.log(`\n${count} claims marked on the demo article (screenshot: ${shot}):\n`);
  printTable(rows);
  const byVerdict = new Map<string, number>();
  for (const r of rows) byVerdict.set(r.verdict, (byVerdict.get(r.verdict) ?? 0) + 1);
  console.log('\n' + [...byVerdict].map(([v, n]) => `${v}: ${n}`).join(', '));

  if (hasDisplay) {
    console.log(
      '\nThe window stays open: hover or Tab to a mark to see its card. Close the browser (or press Ctrl+C) to finish.',
    );
    await new Promise<void>((done) => {
      ext.context.on('close', () => done());
      process.once('SIGINT', () => done());
    });
  }
  await ext.close().catch(() => undefined);
  await server.close();
  if (count === 0) {
    console.error('No claim was marked: is the content script built and the fact base loaded?');
    process.exit(1);
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
