import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  FIXTURES_DIR,
  OFFLINE_ARGS,
  SCREENSHOTS_DIR,
  launchExtension,
  startFixtureServer,
  stopServiceWorkers,
  watchPageErrors,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

/**
 * The background's fact base in the built extension: loaded from the bundled
 * snapshot on install with no network, answering the content script, and
 * still answering after Chrome stops the MV3 service worker.
 */

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/** The demo article's claims and the verdict each must get (quote substring → verdict). */
const EXPECTED: [quote: string, verdict: string][] = [
  ['17B active', 'supported'],
  ['128 experts', 'supported'],
  ['402B total', 'close'],
  ['1417', 'misleading'],
  ['10M-token context', 'disputed'],
  ['1273', 'outdated'],
  ['88.7% on MMLU', 'supported'],
  ['79.7% on GPQA Diamond', 'misleading'],
  ['70B parameters', 'contradicted'],
  ['1285', 'outdated'],
  ['100,000 H100', 'unverified'],
];

interface Mark {
  verdict: string;
  model: string;
  metric: string;
  value: string;
  quote: string;
}

async function waitForMarks(page: Page, atLeast: number): Promise<Mark[]> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-claimcheck-verdict]').length >= n, atLeast, {
    timeout: 20_000,
  });
  // Let a last batch land, then read.
  await page.waitForTimeout(300);
  return page.$$eval('[data-claimcheck-verdict]', (els) =>
    els.map((el) => ({
      verdict: el.getAttribute('data-claimcheck-verdict') ?? '',
      model: el.getAttribute('data-claimcheck-model') ?? '',
      metric: el.getAttribute('data-claimcheck-metric') ?? '',
      value: el.getAttribute('data-claimcheck-value') ?? '',
      quote: el.getAttribute('data-claimcheck-quote') ?? '',
    })),
  );
}

function verdictOf(marks: Mark[], quote: string): string | undefined {
  return marks.find((m) => m.quote.includes(quote))?.verdict;
}

async function askBackground(ext: ExtensionBrowser, type: string, payload: object): Promise<unknown> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const reply = await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ channel: 'claimcheck', type: t, payload: p }),
    [type, payload] as const,
  );
  await page.close();
  return reply;
}

describe('background fact base in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'factbase', 'manifest.json'), 'utf8')) as {
    version: string;
    counts: { models: number; facts: number; sources: number };
  };

  beforeAll(async () => {
    // Every host but loopback is unresolvable: the first run must not need the network.
    ext = await launchExtension({ args: OFFLINE_ARGS });
    server = await startFixtureServer(join(FIXTURES_DIR, 'demo'));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('loads the bundled snapshot on install, with counts matching its manifest', async () => {
    const reply = (await askBackground(ext, 'getFactbaseInfo', {})) as {
      ok: boolean;
      data: { version: string; counts: typeof manifest.counts };
    };
    expect(reply.ok).toBe(true);
    expect(reply.data.version).toBe(manifest.version);
    expect(reply.data.counts).toEqual(manifest.counts);
    expect(manifest.counts.facts).toBeGreaterThan(1000);
  });

  it('marks every claim on the demo article with the right verdict', async () => {
    const page = await ext.context.newPage();
    const errors = watchPageErrors(page);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(server.url);
    const marks = await waitForMarks(page, EXPECTED.length);
    const got = EXPECTED.map(([q]) => [q, verdictOf(marks, q)]);
    expect(got).toEqual(EXPECTED);
    // All seven verdicts appear on the demo article.
    expect(new Set(marks.map((m) => m.verdict))).toEqual(
      new Set(['supported', 'close', 'misleading', 'disputed', 'contradicted', 'outdated', 'unverified']),
    );
    expect(errors).toEqual([]);

    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'demo-article.png'), fullPage: true });
    // Open one card from the keyboard (focus + Enter) and capture it.
    const mark = page.locator('[data-claimcheck-verdict="misleading"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'demo-card.png') });
    await page.close();
  });

  it('still marks claims on a new page after the service worker is stopped', async () => {
    const page = await ext.context.newPage();
    await page.goto('about:blank');
    await stopServiceWorkers(ext.context, page);
    await expect.poll(() => ext.context.serviceWorkers().length, { timeout: 10_000 }).toBe(0);
    await page.goto(server.url);
    const marks = await waitForMarks(page, EXPECTED.length);
    expect(EXPECTED.map(([q]) => [q, verdictOf(marks, q)])).toEqual(EXPECTED);
    await page.close();
  });
});
