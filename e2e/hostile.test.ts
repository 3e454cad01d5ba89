import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeAll,
  launchWithFixtures,
  MARK_SELECTOR,
  openFixture,
  patchSettings,
  waitForMarks,
  watchPageErrors,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { inCardRoot, uiShadowRoots } from './card-root';

/**
 * Pages that try to break us or that we must not break: markup-looking text,
 * look-alike attributes, overridden built-ins (attachShadow, JSON.parse,
 * createElement, getComputedStyle, normalize), a massive and very deep DOM;
 * and a page of form fields, editors, code, SVG, live regions, widgets, an
 * open shadow root and an iframe, none of which may be touched.
 */
const MARK = MARK_SELECTOR;
let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  ({ ext, server } = await launchWithFixtures());
});
afterAll(() => closeAll(ext, server));

const quotes = (page: Page, sel = '') =>
  page.$$eval(`${sel} ${MARK}`.trim(), (els) => els.map((e) => e.getAttribute('data-claimcheck-quote')));

describe('hostile page', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await ext.context.newPage();
    errors = watchPageErrors(page);
    await page.goto(server.url + 'pages/hostile.html');
    await page.waitForSelector('body[data-ready]');
    // 2 claims in #inject, 3 in the massive section, 1 at the bottom of the deep chain.
    await waitForMarks(page, 6, 30_000);
  });

  it('marks claims in a massive (≈100k words) and 1,500-deep DOM', async () => {
    expect(await quotes(page, '#massive')).toHaveLength(3);
    expect(await quotes(page, '#deep-leaf')).toEqual([expect.stringMatching(/^17B active/)]);
  });

  it('markup-looking page text stays text: no element is created from it and no script runs', async () => {
    expect(await quotes(page, '#inject')).toEqual([
      expect.stringMatching(/^402B total/),
      expect.stringMatching(/^128 experts/),
    ]);
    expect(await page.$$eval('#inject *:not([data-claimcheck-mark])', (e) => e.length)).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$eval('#inject', (p) => p.textContent)).toContain(
      '<img src=x onerror="window.__pwned=1">',
    );
  });

  it('the page overrides never reach the content script (it keeps its own built-ins)', async () => {
    await page.focus('#inject ' + MARK);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-claimcheck-ui') === 'card');
    // Our card's root is closed (the page's look-alike host has none): read it through CDP.
    const card = await inCardRoot(page, (root) => ({
      quote: root.querySelector('[data-field="quote"]')?.textContent,
      imgs: root.querySelectorAll('img, script').length,
    }));
    expect(card?.quote).toMatch(/402B total/);
    expect(card?.imgs).toBe(0);
    const calls = await page.evaluate(
      () => (window as unknown as { __calls: Record<string, number> }).__calls,
    );
    expect(calls).toEqual({ attachShadow: 0, jsonParse: 0, createElement: expect.any(Number) });
    // createElement calls all come from the page's own script (3,000 paragraphs + 1,501 nodes).
    expect(calls.createElement).toBe(3000 + 1500 + 1);
    await page.keyboard.press('Escape');
  });

  it('look-alike attributes are neither trusted nor touched, even by pause', async () => {
    // Focusing the page's fake mark opens nothing.
    await page.focus('#fake-mark');
    await page.keyboard.press('Enter');
    // The page's fake card host is there, and no host has a shadow root of any mode (no card).
    expect(await page.$$eval('[data-claimcheck-ui]', (hs) => hs.length)).toBe(1);
    expect(await uiShadowRoots(page)).toEqual([]);
    await patchSettings(ext, { paused: true });
    await page.waitForFunction((s) => document.querySelectorAll(s).length === 1, MARK);
    // Only the fake survives, unchanged.
    expect(
      await page.$eval('#fake-mark', (e) => [e.textContent, e.getAttribute('data-claimcheck-quote')]),
    ).toEqual(['a fake mark', 'x']);
    await patchSettings(ext, { paused: false });
    await waitForMarks(page, 7, 30_000);
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('a page of editors, code and widgets', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openFixture(ext, server, 'pages/widgets.html', 1));
  });

  it('marks only the plain paragraph', async () => {
    expect(await quotes(page)).toEqual([expect.stringMatching(/^17B active/)]);
    for (const sel of ['#ce', '#pre', '#code', '#svg', '#live', '#tabs', '#btn', 'form']) {
      expect(await page.$$eval(`${sel} [data-claimcheck-mark]`, (e) => e.length)).toBe(0);
    }
    expect(
      await page.$eval('#host', (h) => h.shadowRoot!.querySelectorAll('[data-claimcheck-mark]').length),
    ).toBe(0);
    expect(await page.$eval('#in', (i) => (i as HTMLInputElement).value)).toBe(
      'Llama 4 Maverick has 402B total parameters',
    );
  });

  it('skips iframes (top frame only)', async () => {
    const frame = page.frames().find((f) => f.url().includes('article.html'))!;
    await frame.waitForLoadState('load');
    expect(await frame.$$eval('[data-claimcheck-mark]', (e) => e.length)).toBe(0);
  });

  it('typing in an editor never gets marked, while new page content does', async () => {
    await page.click('#ce p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Also Llama 4 Scout has 109B total parameters.');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later';
      p.textContent = 'Llama 4 Scout has 109B total parameters.';
      document.querySelector('main')!.appendChild(p);
    });
    await page.waitForSelector('#later [data-claimcheck-mark]');
    expect(await page.$$eval('#ce [data-claimcheck-mark]', (e) => e.length)).toBe(0);
    expect(await page.$eval('#ce', (e) => e.textContent)).toContain(
      'Also Llama 4 Scout has 109B total parameters.',
    );
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});
