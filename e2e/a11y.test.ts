import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeAll,
  launchWithFixtures,
  openFixture,
  tabIdOf,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

/**
 * axe-core inside the real popup and options pages (every view the reader can
 * reach: claim list, correction form with errors, no-claims / can't-run
 * states, options). No serious or critical violation is allowed; keyboard-only
 * use is checked by walking the Tab order.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
  passes: unknown[];
}

async function axe(page: Page): Promise<AxeResult> {
  // Extension pages' CSP (script-src 'self') blocks addScriptTag's inline
  // script; evaluating over the DevTools protocol is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const r = await (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      })),
      passes: r.passes,
    };
  });
}

function serious(r: AxeResult) {
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} @ ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

let ext: ExtensionBrowser;
let fixtures: FixtureServer;
let tabId: number;

beforeAll(async () => {
  ({ ext, server: fixtures } = await launchWithFixtures());
  const { page: article } = await openFixture(ext, fixtures, 'pages/article.html', 6);
  tabId = await tabIdOf(ext, article);
});
afterAll(() => closeAll(ext, fixtures));

const popupUrl = (q: string) => `chrome-extension://${ext.extensionId}/popup.html?${q}`;

describe('accessibility (axe-core, keyboard)', () => {
  it('popup claim list: no serious or critical violations', async () => {
    const p = await ext.context.newPage();
    await p.goto(popupUrl(`tabId=${tabId}`));
    await p.locator('li[data-claimcheck-verdict]').first().waitFor();
    await p.getByTestId('factbase-version').waitFor();
    const r = await axe(p);
    expect(r.passes.length).toBeGreaterThan(10);
    expect(serious(r)).toEqual([]);
    await p.close();
  });

  it('correction form, including its error state: no serious or critical violations', async () => {
    const p = await ext.context.newPage();
    await p.goto(popupUrl(`tabId=${tabId}`));
    await p.locator('li[data-claimcheck-verdict] button.cc-claim-correct').first().click();
    const form = p.getByRole('form', { name: 'Suggest a correction' });
    await form.getByRole('button', { name: 'Send correction' }).click();
    await form.getByText('Give the value you propose.').waitFor();
    expect(serious(await axe(p))).toEqual([]);
    await p.close();
  });

  it('state pages (can’t run here): no serious or critical violations', async () => {
    const p = await ext.context.newPage();
    await p.goto(popupUrl('tabId=987654'));
    await p.getByRole('heading', { name: /can’t read this page/ }).waitFor();
    expect(serious(await axe(p))).toEqual([]);
    // Control: the same check does catch a real problem (an unlabelled field).
    await p.evaluate(() => document.querySelector('main')!.appendChild(document.createElement('input')));
    expect(serious(await axe(p)).join('\n')).toMatch(/^label \(critical\)/m);
    await p.close();
  });

  it('options page: no serious or critical violations', async () => {
    const p = await ext.context.newPage();
    await p.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await p.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(serious(await axe(p))).toEqual([]);
    await p.close();
  });

  it('every focusable control in the popup and options has an accessible name, reachable by Tab', async () => {
    const pages: [string, string][] = [
      [popupUrl(`tabId=${tabId}`), 'li[data-claimcheck-verdict]'],
      [`chrome-extension://${ext.extensionId}/options.html`, 'form'],
    ];
    for (const [url, ready] of pages) {
      const p = await ext.context.newPage();
      await p.goto(url);
      await p.locator(ready).first().waitFor();
      const expected = await p.$$eval(
        'button:not([disabled]), input, textarea, select, a[href]',
        (els) => els.length,
      );
      const seen = new Set<string>();
      for (let i = 0; i < expected + 5; i++) {
        await p.keyboard.press('Tab');
        const info = await p.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const labelled =
            el.getAttribute('aria-label') ||
            (el as HTMLInputElement).labels?.[0]?.textContent ||
            (el.tagName === 'BUTTON' || el.tagName === 'A' ? el.textContent : '');
          const all = [
            ...document.querySelectorAll('button:not([disabled]), input, textarea, select, a[href]'),
          ];
          return { index: all.indexOf(el), name: (labelled ?? '').trim() };
        });
        if (!info || info.index < 0) continue;
        expect(info.name, `control #${info.index} on ${url} has no name`).not.toBe('');
        seen.add(String(info.index));
      }
      // Radio groups are one Tab stop; everything else must be reached.
      const radiosExtra = await p.$$eval('input[type=radio]', (els) =>
        Math.max(0, els.length - new Set(els.map((e) => (e as HTMLInputElement).name)).size),
      );
      expect(seen.size).toBeGreaterThanOrEqual(expected - radiosExtra);
      await p.close();
    }
  });
});
