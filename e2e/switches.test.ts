import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeAll,
  countMarks,
  launchWithFixtures,
  openFixture,
  patchSettings,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

/**
 * The global pause, the per-site switch and hidden verdicts, changed through
 * extension storage (as the popup does) while the page stays open: marks go
 * and come back without a reload, the page's text nodes are restored, and
 * nothing moves.
 */
let ext: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ ext, server } = await launchWithFixtures());
  ({ page, errors } = await openFixture(ext, server, 'pages/article.html', 6));
});
afterAll(() => closeAll(ext, server));

const waitCount = (n: number) =>
  page.waitForFunction(
    (k) =>
      document.querySelectorAll('[data-claimcheck-mark][data-claimcheck-verdict]:not([data-claimcheck-part])')
        .length === k,
    n,
    { timeout: 15_000 },
  );

/** Structure of the article: child node counts and text per paragraph, plus layout boxes. */
const shape = () =>
  page.$$eval('article p', (ps) =>
    ps.map((p) => {
      const r = p.getBoundingClientRect();
      return {
        nodes: p.childNodes.length,
        text: p.textContent,
        box: [r.x, r.y, r.width, r.height].map(Math.round),
      };
    }),
  );

/** What the content script tells the popup about its state (tabs.sendMessage from the worker). */
async function reportedState(): Promise<string> {
  const w = await ext.worker();
  return w.evaluate(async (u: string) => {
    const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = (await c.tabs.query({})).filter((t) => t.url === u);
    const reply = (await c.tabs.sendMessage(tab.id!, {
      channel: 'claimcheck',
      type: 'getPageClaims',
      payload: {},
    })) as {
      data: { state: string };
    };
    return reply.data.state;
  }, page.url());
}
type ChromeLike = {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
};

describe('switches', () => {
  let marked = 0;
  let active: Awaited<ReturnType<typeof shape>>;

  it('global pause removes every mark at once and restores the original text nodes', async () => {
    marked = await countMarks(page);
    active = await shape();
    await patchSettings(ext, { paused: true });
    await waitCount(0);
    expect(await page.$$eval('[data-claimcheck-mark], [data-claimcheck-ui]', (e) => e.length)).toBe(0);
    const paused = await shape();
    // Texts identical; every paragraph is back to its served node structure
    // (e.g. "#p-params" is one text node again).
    expect(paused.map((p) => p.text)).toEqual(active.map((p) => p.text));
    expect(await page.$eval('#p-params', (p) => p.childNodes.length)).toBe(1);
    // Marks never moved anything: same boxes with and without them.
    expect(paused.map((p) => p.box)).toEqual(active.map((p) => p.box));
    expect(await reportedState()).toBe('paused');
  });

  it('resuming marks the page again', async () => {
    await patchSettings(ext, { paused: false });
    await waitCount(marked);
    expect(await reportedState()).toBe('active');
    expect((await shape()).map((p) => p.box)).toEqual(active.map((p) => p.box));
  });

  it('turning the site off removes marks; turning it on brings them back', async () => {
    await patchSettings(ext, { disabledSites: ['127.0.0.1'] });
    await waitCount(0);
    expect(await reportedState()).toBe('site-off');
    await patchSettings(ext, { disabledSites: [] });
    await waitCount(marked);
  });

  it('hidden verdicts are not marked', async () => {
    const verdict = await page.$eval('#p-params [data-claimcheck-mark]', (e) =>
      e.getAttribute('data-claimcheck-verdict')!,
    );
    const withVerdict = await page.$$eval(
      `[data-claimcheck-verdict="${verdict}"]:not([data-claimcheck-part])`,
      (e) => e.length,
    );
    await patchSettings(ext, { hiddenVerdicts: [verdict] });
    await waitCount(marked - withVerdict);
    expect(await page.$$eval(`[data-claimcheck-verdict="${verdict}"]`, (e) => e.length)).toBe(0);
    await patchSettings(ext, { hiddenVerdicts: [] });
    await waitCount(marked);
  });

  it('a page opened while paused gets no marks, and resuming marks it without a reload', async () => {
    await patchSettings(ext, { paused: true });
    await waitCount(0);
    await page.reload();
    // The content script answers (so it ran) and reports itself paused.
    await page.waitForFunction(() => document.readyState === 'complete');
    await expect.poll(() => reportedState().catch(() => 'none'), { timeout: 10_000 }).toBe('paused');
    expect(await countMarks(page)).toBe(0);
    await patchSettings(ext, { paused: false });
    await waitCount(marked);
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});
