import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeAll,
  launchExtensionFrom,
  MARK_SELECTOR,
  openFixture,
  patchSettings,
  snapshotExtension,
  startFixtureServer,
  tabIdOf,
  waitForMarks,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { cardText, focusInCard } from './card-root';
import { startServer, type RunningServer } from '../server/start';
import { Faults } from '../server/faults';

/**
 * The popup for a real tab in Chromium: rows mirror the marks, choosing a row
 * flashes its mark, the states (no claims, paused, site off, a page the
 * extension can't run on), the fact-base panel, and the correction form from
 * both the popup and the card, submitted to the REAL corrections server.
 */
const MARK = MARK_SELECTOR;
const ROW = 'li[data-claimcheck-verdict]';

let ext: ExtensionBrowser;
let fixtures: FixtureServer;
let api: RunningServer;
const faults = new Faults();

beforeAll(async () => {
  fixtures = await startFixtureServer();
  api = await startServer({ port: 0, faults });
  ext = await launchExtensionFrom(await snapshotExtension());
  await patchSettings(ext, {
    correctionsUrl: `${api.url}/v1/corrections`,
    feedUrl: 'http://127.0.0.1:9/v1/factbase/manifest.json',
  });
});
afterAll(() => closeAll(ext, api, fixtures));

/** Status of the outbox entry whose note is `note`, read from the extension's IndexedDB (as the popup does). */
function outboxStatus(page: Page, note: string): Promise<string | null> {
  return page.evaluate(
    (n) =>
      new Promise<string | null>((ok) => {
        const r = indexedDB.open('claimcheck');
        r.onsuccess = () => {
          const g = r.result.transaction('outbox').objectStore('outbox').getAll();
          g.onsuccess = () => {
            r.result.close();
            const e = (g.result as { status: string; correction: { note?: string } }[]).find(
              (x) => x.correction.note === n,
            );
            ok(e?.status ?? null);
          };
        };
        r.onerror = () => ok(null);
      }),
    note,
  );
}

async function openPopup(tabId: number | string, extra = ''): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}${extra}`);
  return p;
}

describe('popup for a tab', () => {
  let article: Page;
  let tabId: number;
  let errors: string[];

  beforeAll(async () => {
    ({ page: article, errors } = await openFixture(ext, fixtures, 'pages/article.html', 6));
    tabId = await tabIdOf(ext, article);
  });

  it('lists every marked claim with the same verdict and model attributes, and counts them', async () => {
    const popup = await openPopup(tabId);
    await popup.locator(ROW).first().waitFor();
    const marks = await article.$$eval(MARK, (els) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-claimcheck-verdict')}|${e.getAttribute('data-claimcheck-model')}|${e.getAttribute('data-claimcheck-quote')}`,
      ),
    );
    const rows = await popup.$$eval('li[data-claimcheck-verdict]', (els) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-claimcheck-verdict')}|${e.getAttribute('data-claimcheck-model')}|${e.getAttribute('data-claimcheck-quote')}`,
      ),
    );
    expect(rows.slice().sort()).toEqual(marks.slice().sort());
    await expect(popup.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe(
      `${marks.length} claims on this page`,
    );
    const counted = await popup.$$eval('[data-verdict-count]', (els) =>
      els.reduce((n, e) => n + Number(e.querySelector('.cc-count')?.textContent ?? 0), 0),
    );
    expect(counted).toBe(marks.length);
    await popup.close();
  });

  it('choosing a row (keyboard) scrolls the page to its mark and flashes it', async () => {
    const popup = await openPopup(tabId);
    const last = popup.locator(ROW).last();
    await last.waitFor();
    const id = await last.getAttribute('data-claimcheck-id');
    await article.evaluate(() => window.scrollTo(0, 0));
    await last.locator('button.cc-claim-show').focus();
    await popup.keyboard.press('Enter');
    await article.waitForFunction(
      (cid) => document.querySelector(`[data-claimcheck-id="${cid}"]`)?.hasAttribute('data-claimcheck-flash'),
      id,
    );
    const inView = await article.evaluate((cid) => {
      const r = document.querySelector(`[data-claimcheck-id="${cid}"]`)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, id);
    expect(inView).toBe(true);
    await popup.close();
  });

  it('pauses everywhere and switches the site off from the popup; the page follows', async () => {
    onTestFinished(() => patchSettings(ext, { paused: false, disabledSites: [] }));
    const popup = await openPopup(tabId);
    await popup.locator(ROW).first().waitFor();
    await popup.getByLabel('Pause Claimcheck everywhere').check();
    await popup.getByRole('heading', { name: 'Claimcheck is paused' }).waitFor();
    await article.waitForFunction((s) => document.querySelectorAll(s).length === 0, MARK);
    await popup.getByLabel('Pause Claimcheck everywhere').uncheck();
    await waitForMarks(article, 6);
    await popup.locator(ROW).first().waitFor();
    await popup.getByLabel('Check claims on 127.0.0.1').uncheck();
    await popup.getByRole('heading', { name: 'Claimcheck is off for 127.0.0.1' }).waitFor();
    await article.waitForFunction((s) => document.querySelectorAll(s).length === 0, MARK);
    await popup.getByLabel('Check claims on 127.0.0.1').check();
    await waitForMarks(article, 6);
    await popup.locator(ROW).first().waitFor();
    await popup.close();
  });

  it('a correction from a popup row reaches the server once, and the card shows it as pending', async () => {
    const popup = await openPopup(tabId);
    const row = popup.locator(ROW).first();
    await row.waitFor();
    const quote = (await row.getAttribute('data-claimcheck-quote'))!;
    await row.getByRole('button', { name: /Suggest a correction/ }).click();
    const form = popup.getByRole('form', { name: 'Suggest a correction' });
    await form.getByRole('button', { name: 'Send correction' }).click();
    // zod's message sits next to the field.
    await expect(form.getByLabel('Proposed value').getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByText('Give the value you propose.').waitFor();
    await form.getByLabel('Proposed value').fill('400B');
    await form.getByLabel('Source address').fill('https://example.org/model-card');
    await form.getByLabel('Note').fill('popup e2e');
    await form.getByRole('button', { name: 'Send correction' }).click();
    await popup.getByText('Sent — awaiting review').waitFor();
    const held = api.store.list().filter((r) => r.correction.note === 'popup e2e');
    expect(held).toHaveLength(1);
    expect(held[0].correction).toMatchObject({
      kind: 'wrong_value',
      proposedValue: 400e9,
      pageUrl: article.url(),
    });
    expect(held[0].correction.claim.quote).toBe(quote);
    // The reader's own mark now says "your correction (pending)" in its card.
    const mark = article.locator(`${MARK}[data-claimcheck-quote="${quote}"]`).first();
    await mark.focus();
    await article.keyboard.press('Enter');
    await expect.poll(() => cardText(article), { timeout: 10_000 }).toMatch(/Your correction \(pending\)/);
    await article.keyboard.press('Escape');
    await popup.close();
  });

  it('closing the popup while its POST hangs loses nothing: sent once after the endpoint recovers', async () => {
    faults.set('corrections', 'hang');
    onTestFinished(() => faults.clear());
    const before = faults.hits.corrections ?? 0;
    const popup = await openPopup(tabId);
    const row = popup.locator(ROW).nth(2);
    await row.waitFor();
    await row.getByRole('button', { name: /Suggest a correction/ }).click();
    const form = popup.getByRole('form', { name: 'Suggest a correction' });
    await form.getByLabel('The fact is outdated').check();
    await form.getByLabel('Proposed value').fill('1M');
    await form.getByLabel('Source address').fill('https://example.org/newer');
    await form.getByLabel('Note').fill('closed mid-submit');
    await form.getByRole('button', { name: 'Send correction' }).click();
    // The POST is in flight (hanging) once the outbox entry says `sending`.
    await expect.poll(() => outboxStatus(popup, 'closed mid-submit'), { timeout: 15_000 }).toBe('sending');
    // `sending` is written just before fetch(): wait for the request to reach the server.
    await expect.poll(() => faults.hits.corrections ?? 0, { timeout: 10_000 }).toBeGreaterThan(before);
    await popup.close(); // mid-submit: the POST is still hanging
    faults.clear(); // endpoint recovers (the hung connection drops)
    await expect
      .poll(() => api.store.list().filter((r) => r.correction.note === 'closed mid-submit').length, {
        timeout: 30_000,
      })
      .toBe(1);
    // And it stays one: reopen the popup and wait for the outbox to say "sent".
    const again = await openPopup(tabId);
    await again.getByText('Sent — awaiting review').first().waitFor({ timeout: 30_000 });
    expect(api.store.list().filter((r) => r.correction.note === 'closed mid-submit')).toHaveLength(1);
    await again.close();
  });

  it('"Suggest a correction" on a card opens the popup page straight into the form for that claim', async () => {
    const mark = article.locator(MARK).nth(1);
    const quote = await mark.getAttribute('data-claimcheck-quote');
    await mark.focus();
    await article.keyboard.press('Enter');
    const opened = ext.context.waitForEvent('page');
    await article.waitForFunction(() => document.activeElement?.hasAttribute('data-claimcheck-ui'));
    await focusInCard(article, '[data-field="suggest"]');
    await article.keyboard.press('Enter'); // trusted key press, as the card requires
    const formPage = await opened;
    await formPage.waitForLoadState();
    expect(formPage.url()).toContain(`popup.html?tabId=${tabId}&claim=`);
    const form = formPage.getByRole('form', { name: 'Suggest a correction' });
    await form.waitFor();
    await expect(form.locator('.cc-claim-summary dd').first().textContent()).resolves.toBe(`“${quote}”`);
    await formPage.close();
  });

  it('never broke the article page', () => {
    expect(errors).toEqual([]);
  });
});

describe('popup states', () => {
  it('a page with no claims', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixtures.url + 'popup/plain.html');
    const popup = await openPopup(await tabIdOf(ext, page));
    await popup.getByRole('heading', { name: 'No claims found' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('a page the extension cannot run on (an extension page; a tab that does not exist)', async () => {
    const own = await ext.context.newPage();
    await own.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const popup = await openPopup(await tabIdOf(ext, own));
    await popup.getByRole('heading', { name: /can’t read this page/ }).waitFor();
    const ghost = await openPopup(987654);
    await ghost.getByRole('heading', { name: /can’t read this page/ }).waitFor();
    await Promise.all([popup.close(), ghost.close(), own.close()]);
  });

  it('shows the fact-base version and a failed sync clearly', async () => {
    const popup = await openPopup(987654);
    const version = popup.getByTestId('factbase-version');
    await version.waitFor();
    expect((await version.textContent())?.length).toBeGreaterThan(0);
    await popup.getByRole('button', { name: 'Sync now' }).click();
    await popup
      .getByText(/failed/i)
      .first()
      .waitFor();
    await popup.close();
  });
});
