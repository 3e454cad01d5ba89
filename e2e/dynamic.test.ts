import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeAll,
  countMarks,
  launchWithFixtures,
  MARK_SELECTOR,
  openFixture,
  readMarks,
  stopServiceWorkers,
  watchPageErrors,
  watchWorkerStatus,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

/**
 * Pages that change under the content script: an infinite-scroll live blog
 * (entries appended, a section re-rendered, the feed cleared) and a
 * single-page app that navigates with history.pushState / popstate.
 */
const MARK = MARK_SELECTOR;

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  ({ ext, server } = await launchWithFixtures());
});
afterAll(() => closeAll(ext, server));

const quotesIn = (page: Page, sel: string) =>
  page.$$eval(`${sel} ${MARK}`, (els) => els.map((e) => e.getAttribute('data-claimcheck-quote')));

/** Waits until `sel` holds exactly `n` marks. */
const marksIn = (page: Page, sel: string, n: number) =>
  page.waitForFunction(
    ([s, k]) => document.querySelectorAll(s as string).length === k,
    [`${sel} ${MARK}`, n] as const,
    {
      timeout: 15_000,
    },
  );

describe('infinite scroll and re-rendered sections', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openFixture(ext, server, 'pages/infinite.html', 3));
  });

  it('marks entries appended later, each once', async () => {
    expect(await quotesIn(page, '#feed')).toHaveLength(1);
    await page.click('#more');
    await marksIn(page, '#e1', 1);
    await page.click('#more');
    await marksIn(page, '#e2', 1);
    expect(await quotesIn(page, '#e2')).toEqual([expect.stringMatching(/^1417/)]);
    await page.click('#more');
    await marksIn(page, '#e3', 1);
    // Every earlier entry still has exactly its one mark: nothing was re-marked.
    for (const id of ['#e0', '#e1', '#e2', '#e3']) expect(await quotesIn(page, id)).toHaveLength(1);
  });

  it('a re-rendered section is marked again, without duplicates or stale marks', async () => {
    expect(await quotesIn(page, '#rerender')).toHaveLength(1);
    await page.$eval('#rerender p', (p) => p.setAttribute('data-old', ''));
    await page.click('#redraw');
    // A new <p> replaced the old one, and it got its own mark.
    await page.waitForFunction(
      () => !!document.querySelector('#rerender p:not([data-old]) [data-claimcheck-mark]'),
      null,
      {
        timeout: 15_000,
      },
    );
    expect(await page.$$eval('#rerender p[data-old]', (e) => e.length)).toBe(0);
    expect(await quotesIn(page, '#rerender')).toHaveLength(1);
  });

  it('removing marked content closes its open card and forgets the claims', async () => {
    await page.focus('#e1 ' + MARK);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-claimcheck-ui'));
    // The page's own code clears the feed (the open card may cover the button).
    await page.evaluate(() => document.getElementById('clear')!.click());
    await page.waitForFunction(() => !document.querySelector('[data-claimcheck-ui]'), null, {
      timeout: 15_000,
    });
    expect(await countMarks(page)).toBe(2); // only the pinned section and the status line are left
    // The content script no longer lists the removed claims.
    const ids = await page.$$eval(MARK, (els) => els.map((e) => e.getAttribute('data-claimcheck-id')));
    const listed = await listedClaimIds(page);
    expect(listed.sort()).toEqual(ids.sort());
  });

  it('a framework updating and removing its own Text node keeps working, with no text twice', async () => {
    await marksIn(page, '#owned', 1);
    expect(await quotesIn(page, '#owned')).toEqual([expect.stringMatching(/^109B/)]);
    await page.evaluate(() => document.getElementById('retext')!.click());
    await page.waitForFunction(
      () => document.querySelector('#owned [data-claimcheck-mark]')?.textContent?.startsWith('17B'),
      null,
      {
        timeout: 15_000,
      },
    );
    expect(await page.$eval('#owned', (p) => p.textContent)).toBe(
      'Status: Llama 4 Maverick has 17B active parameters.',
    );
    expect(await quotesIn(page, '#owned')).toHaveLength(1);
    // removeChild on the page's node must not throw (the node never moved), and nothing of ours stays behind.
    await page.evaluate(() => document.getElementById('unmount')!.click());
    await page.waitForFunction(() => document.getElementById('owned')!.childNodes.length === 0, null, {
      timeout: 15_000,
    });
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('single-page app navigation', () => {
  it('pushState navigation marks the new view; Back marks the old one again', async () => {
    const page = await ext.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(server.url + 'pages/spa.html?view=scout');
    await marksIn(page, '#app', 2);
    expect(await quotesIn(page, '#app')).toEqual([
      expect.stringMatching(/^109B/),
      expect.stringMatching(/^10M/),
    ]);
    await page.click('a[data-view="deepseek"]');
    await page.waitForFunction(() => location.search === '?view=deepseek');
    await marksIn(page, '#app', 2);
    const ds = await page.$$eval('#app ' + MARK, (els) =>
      els.map((e) => e.getAttribute('data-claimcheck-model')),
    );
    expect(ds).toEqual(['DeepSeek-V3', 'DeepSeek-V3']);
    await page.goBack();
    await page.waitForFunction(() => !!document.querySelector('#app .view-scout'));
    await marksIn(page, '#app', 2);
    expect(await quotesIn(page, '#app')).toEqual([
      expect.stringMatching(/^109B/),
      expect.stringMatching(/^10M/),
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Claim ids the content script reports to the popup (tabs.sendMessage from the worker). */
async function listedClaimIds(page: Page): Promise<string[]> {
  const w = await ext.worker();
  const url = page.url();
  return w.evaluate(async (u: string) => {
    const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = (await c.tabs.query({})).filter((t) => t.url === u);
    const reply = await c.tabs.sendMessage(tab.id!, {
      channel: 'claimcheck',
      type: 'getPageClaims',
      payload: {},
    });
    return (reply as { data: { claims: { claim: { id: string } }[] } }).data.claims.map((c2) => c2.claim.id);
  }, url);
}
type ChromeLike = {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
};

describe('a page’s context outlives the worker', () => {
  it('after Chrome stops the worker, a later entry’s bare “Maverick” still reads as Llama 4’s', async () => {
    const { page, errors } = await openFixture(ext, server, 'pages/infinite.html', 3);
    const worker = await watchWorkerStatus(ext, page);
    await stopServiceWorkers(ext.context, page);
    await expect.poll(() => worker.statuses.at(-1), { timeout: 10_000 }).toBe('stopped');
    // The new entry names no family: only the page's earlier "Llama 4 Scout" makes "Maverick" a model.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.className = 'entry';
      p.id = 'after-stop';
      p.textContent = '12:40 — Maverick, the bigger sibling, runs with 17B active parameters.';
      document.querySelector('#feed')!.append(p);
    });
    await marksIn(page, '#after-stop', 1);
    const rows = (await readMarks(page)).filter((r) => /17B active/.test(r.quote));
    expect(rows.map((r) => [r.model, r.metric])).toEqual([['Llama 4 Maverick', 'active_params']]);
    expect(worker.statuses).toContain('running');
    expect(errors).toEqual([]);
    await worker.detach();
    await page.close();
  });
});
