import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  FIXTURES_DIR,
  launchExtension,
  OFFLINE_ARGS,
  readMarks,
  SCREENSHOTS_DIR,
  startFixtureServer,
  stopServiceWorkers,
  waitForMarks,
  watchPageErrors,
  watchWorkerStatus,
  type ExtensionBrowser,
  type FixtureServer,
  type MarkRow,
} from './harness';

/**
 * The background's fact base in the built extension: loaded from the bundled
 * snapshot on install with no network, answering the content script, and
 * still answering after Chrome stops the MV3 service worker.
 */

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/**
 * The demo article's claims, in page order: a quote substring, the model the
 * mark must name, and the verdict it must get (checked with `npm run scan` too).
 */
const EXPECTED: [quote: string, model: string, verdict: string][] = [
  ['17B active', 'Llama 4 Maverick', 'supported'],
  ['128 experts', 'Llama 4 Maverick', 'supported'],
  ['16 experts', 'Llama 4 Scout', 'supported'],
  ['109B total', 'Llama 4 Scout', 'supported'],
  ['402B total', 'Llama 4 Maverick', 'close'],
  ['2 trillion', 'Llama 4 Behemoth', 'supported'],
  ['1417', 'Llama 4 Maverick', 'misleading'],
  ['1273', 'Llama 4 Maverick', 'outdated'],
  ['10M-token', 'Llama 4 Scout', 'disputed'],
  ['57.2%', 'Llama 4 Scout', 'disputed'],
  ['671B total', 'DeepSeek-V3', 'supported'],
  ['14.8T', 'DeepSeek-V3', 'supported'],
  ['90.2%', 'DeepSeek-V3', 'supported'],
  ['79.7%', 'Claude 3.7 Sonnet', 'misleading'],
  ['70B parameters', 'Mistral Small 3.1', 'contradicted'],
  ['beats GPT-4o', 'Llama 4 Maverick', 'contradicted'],
  ['1285', 'GPT-4o (2024-05-13)', 'outdated'],
  // The text names the family; the engine may pin it to the family or to its last-named member.
  ['100,000 H100', 'Llama 4*', 'unverified'],
];

/** The marks once at least `atLeast` are present, after a last batch has had time to land. */
async function settledMarks(page: Page, atLeast: number): Promise<MarkRow[]> {
  await waitForMarks(page, atLeast, 20_000);
  await page.waitForTimeout(300);
  return readMarks(page);
}

/** Each expected claim as the page marked it: [quote, model, verdict] of the first mark quoting it. */
function asMarked(marks: MarkRow[]): [string, string, string | undefined][] {
  return EXPECTED.map(([q, model]) => {
    const m = marks.find((x) => x.quote.replace(/\s+/g, ' ').includes(q));
    // `Name*` in EXPECTED accepts any model whose name starts with `Name`.
    const okPrefix = model.endsWith('*') && m?.model.startsWith(model.slice(0, -1));
    return [q, okPrefix ? model : (m?.model ?? '(not marked)'), m?.verdict];
  });
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
    sha256: string;
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

    // The meta row records that the bundled package was the source, and how long the first-run load took.
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const meta = await page.evaluate(
      () =>
        new Promise<{
          origin?: string;
          loadMs?: number;
          fetchMs?: number;
          verifyParseMs?: number;
          writeMs?: number;
          hash?: string;
        }>((resolve, reject) => {
          const open = indexedDB.open('claimcheck');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('factbase');
            get.onsuccess = () => resolve(get.result?.value ?? {});
            get.onerror = () => reject(get.error);
          };
        }),
    );
    await page.close();
    expect(meta.origin).toBe('bundled');
    expect(meta.hash).toBe(manifest.sha256);
    console.log(
      `first-run load of the bundled snapshot: ${meta.loadMs?.toFixed(0)} ms ` +
        `(fetch ${meta.fetchMs?.toFixed(0)}, sha256 + parse + validate ${meta.verifyParseMs?.toFixed(0)}, Dexie write ${meta.writeMs?.toFixed(0)})`,
    );
  });

  it('marks every claim on the demo article with the right verdict', async () => {
    const page = await ext.context.newPage();
    const errors = watchPageErrors(page);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(server.url + 'index.html');
    const marks = await settledMarks(page, EXPECTED.length);
    expect(asMarked(marks)).toEqual(EXPECTED);
    // No false positives: nothing else on the page is marked.
    expect(marks).toHaveLength(EXPECTED.length);
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
    // Follow the worker's running status through DevTools, to prove it really stopped and restarted.
    const worker = await watchWorkerStatus(ext, page);
    const statuses = worker.statuses;
    await stopServiceWorkers(ext.context, page);
    await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('stopped');
    const stoppedAt = statuses.length;

    await page.goto(server.url + 'index.html');
    const marks = await settledMarks(page, EXPECTED.length);
    expect(asMarked(marks)).toEqual(EXPECTED);
    expect(statuses.slice(stoppedAt)).toContain('running');
    await worker.detach();
    await page.close();
  });
});
