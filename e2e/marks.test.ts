import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import {
  closeAll,
  FIXTURES_DIR,
  launchWithFixtures,
  MARK_SELECTOR,
  openFixture,
  ROOT,
  SCREENSHOTS_DIR,
  waitForMarks,
  watchPageErrors,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { clickInCard, exposeCardRootToPage, inCardRoot, uiShadowRoots } from './card-root';

/**
 * Marks on a news article in real Chromium: the public attribute contract,
 * page text unchanged, the card (opened by keyboard) and its contents, Esc/Tab
 * behaviour, and the same on a page with a strict CSP. The card's shadow root
 * is `closed` (components/card/card-host.ts): the page cannot read it, which a
 * test checks; the tests read it through the DevTools protocol (e2e/card-root.ts).
 */
const VERDICTS = ['supported', 'close', 'misleading', 'disputed', 'contradicted', 'outdated', 'unverified'];
const MARK = MARK_SELECTOR;

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  ({ ext, server } = await launchWithFixtures());
});
afterAll(() => closeAll(ext, server));

async function articleText(): Promise<string> {
  const html = await readFile(join(FIXTURES_DIR, 'pages', 'article.html'), 'utf8');
  return parseHTML(html).document.querySelector('article')!.textContent ?? '';
}

type MarkInfo = Record<string, string | null>;
function marksOf(page: Page): Promise<MarkInfo[]> {
  return page.$$eval(MARK, (els) =>
    els.map((e) => ({
      // A claim split across elements has one piece per element, all with its id.
      text: Array.from(
        document.querySelectorAll(`[data-claimcheck-id="${e.getAttribute('data-claimcheck-id')}"]`),
      )
        .map((x) => x.textContent)
        .join(''),
      quote: e.getAttribute('data-claimcheck-quote'),
      verdict: e.getAttribute('data-claimcheck-verdict'),
      model: e.getAttribute('data-claimcheck-model'),
      metric: e.getAttribute('data-claimcheck-metric'),
      value: e.getAttribute('data-claimcheck-value'),
      benchmark: e.getAttribute('data-claimcheck-benchmark'),
      tabindex: e.getAttribute('tabindex'),
      role: e.getAttribute('role'),
      label: e.getAttribute('aria-label'),
    })),
  );
}

/** Reads the open card's fields from its closed shadow root (through CDP; see e2e/card-root.ts). */
function cardFields(page: Page) {
  return inCardRoot(page, (root) => {
    const host = root.host;
    const f = (n: string) => root.querySelector(`[data-field="${n}"]`)?.textContent ?? null;
    const links = Array.from(root.querySelectorAll('a')).map((a) => ({
      href: a.getAttribute('href'),
      rel: a.rel,
      target: a.target,
    }));
    const card = root.querySelector('.card') as HTMLElement;
    return {
      quote: f('quote'),
      verdict: f('verdict'),
      model: f('model'),
      metric: f('metric'),
      value: f('value'),
      expected: f('expected'),
      explanation: f('explanation'),
      suggest: f('suggest'),
      pending: f('pending'),
      links,
      borderLeft: getComputedStyle(card).borderLeftWidth,
      hostFocused: document.activeElement === host,
      inner: root.activeElement?.tagName ?? null,
    };
  });
}

const focusedQuote = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-claimcheck-quote') ?? null);

describe('marks on a news article', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openFixture(ext, server, 'pages/article.html', 6));
  });

  it('marks each claim with the public attributes; two claims in one phrase are two marks', async () => {
    const marks = await marksOf(page);
    for (const m of marks) {
      expect(VERDICTS).toContain(m.verdict);
      expect(m.text).toBe(m.quote);
      expect(m.model).toBeTruthy();
      expect(m.metric).toBeTruthy();
      expect(m.tabindex).toBe('0');
      expect(m.role).toBe('button');
      expect(m.label).toBe(`Claimcheck: ${m.verdict} — ${m.quote}`);
    }
    const total = marks.find((m) => m.quote?.startsWith('402B total'));
    const active = marks.find((m) => m.quote?.startsWith('17B active'));
    expect(total).toMatchObject({ model: 'Llama 4 Maverick', metric: 'total_params', value: '402000000000' });
    expect(active).toMatchObject({
      model: 'Llama 4 Maverick',
      metric: 'active_params',
      value: '17000000000',
    });
    // The fact base says 400B: a "402B" claim must not come out as supported.
    expect(total!.verdict).not.toBe('supported');
    const arena = marks.find((m) => m.quote?.startsWith('1417'));
    expect(arena).toMatchObject({ metric: 'arena_elo', benchmark: 'LMArena', value: '1417' });
  });

  it('marks a claim whose text crosses an element boundary (<b>400B</b> total), one piece per element', async () => {
    const pieces = await page.$$eval('#p-split [data-claimcheck-mark]', (els) =>
      els.map((e) => ({
        id: e.getAttribute('data-claimcheck-id'),
        text: e.textContent,
        quote: e.getAttribute('data-claimcheck-quote'),
        inB: e.parentElement?.tagName === 'B',
        part: e.getAttribute('data-claimcheck-part'),
        tabindex: e.getAttribute('tabindex'),
      })),
    );
    const claim = pieces.filter((p) => p.quote?.startsWith('400B'));
    expect(claim.length).toBeGreaterThanOrEqual(2);
    expect(new Set(claim.map((p) => p.id)).size).toBe(1);
    expect(claim.map((p) => p.text).join('')).toBe(claim[0].quote);
    // The page's <b> keeps its place; the first piece sits inside it and is the one tab stop.
    expect(claim[0]).toMatchObject({ text: '400B', inB: true, part: null, tabindex: '0' });
    expect(claim.slice(1).every((p) => p.part !== null && p.tabindex === null)).toBe(true);
    expect(await page.$eval('#p-split b', (b) => b.parentElement?.id)).toBe('p-split');
  });

  it('adds no characters: the article text is exactly the served text', async () => {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'marks-article.png'), fullPage: true });
    const live = await page.$eval('article', (a) => a.textContent);
    expect(live).toBe(await articleText());
  });

  it('leaves non-claims and the navigation alone', async () => {
    const quotes = (await marksOf(page)).map((m) => m.quote ?? '');
    expect(quotes.some((q) => /desks|1,200|people/.test(q))).toBe(false);
    expect(
      await page.$$eval('nav [data-claimcheck-mark], footer [data-claimcheck-mark]', (e) => e.length),
    ).toBe(0);
  });

  it('styles marks with an underline whose line style follows the verdict, despite hostile page CSS', async () => {
    const styles = await page.$$eval(MARK, (els) =>
      els.map((e) => {
        const cs = getComputedStyle(e);
        return {
          verdict: e.getAttribute('data-claimcheck-verdict'),
          line: cs.textDecorationLine,
          style: cs.textDecorationStyle,
          display: cs.display,
          padding: cs.paddingLeft,
        };
      }),
    );
    const byVerdict: Record<string, string> = {
      supported: 'solid',
      close: 'double',
      misleading: 'dashed',
      disputed: 'double',
      contradicted: 'wavy',
      outdated: 'dotted',
      unverified: 'dotted',
    };
    for (const s of styles) {
      expect(s.line).toContain('underline');
      expect(s.style).toBe(byVerdict[s.verdict!]);
      // page.css sets `span { padding: 0 4px }` and `article p span { display: inline-block }`.
      expect(s.display).toBe('inline');
      expect(s.padding).toBe('0px');
    }
  });

  it('Enter opens the card with verdict, claim as read, verified values, sources and explanation', async () => {
    await page.focus('#p-params ' + MARK);
    // Focus alone shows a preview card; focus stays on the mark.
    await page.waitForSelector('[data-claimcheck-ui]', { state: 'attached' });
    expect(await focusedQuote(page)).toMatch(/^402B total/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-claimcheck-ui'));
    const card = await cardFields(page);
    expect(card).not.toBeNull();
    expect(card!.quote).toMatch(/402B total/);
    const mark = (await marksOf(page)).find((m) => m.quote?.startsWith('402B total'))!;
    expect(card!.verdict!.toLowerCase()).toContain(mark.verdict!);
    expect(card!.model).toBe('Llama 4 Maverick');
    expect(card!.metric).toBe('Total parameters');
    expect(card!.value).toBe('402B parameters');
    expect(card!.expected).toMatch(/400B parameters/);
    expect(card!.expected).toMatch(/as of \d{4}/);
    expect(card!.expected).toMatch(/vendor-claimed|independently measured|model database/);
    expect(card!.explanation?.length).toBeGreaterThan(5);
    expect(card!.suggest).toBe('Suggest a correction');
    for (const l of card!.links) {
      expect(l.href).toMatch(/^https?:\/\//);
      expect(l.rel).toBe('noopener noreferrer');
      expect(l.target).toBe('_blank');
    }
    // The card's own stylesheet applies inside the shadow root.
    expect(card!.borderLeft).toBe('5px');
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'marks-card-open.png') });
  });

  it('Tab stays inside the open card, Esc closes it and returns focus to the mark', async () => {
    await page.keyboard.press('Tab');
    const first = await cardFields(page);
    expect(first!.hostFocused).toBe(true);
    expect(['BUTTON', 'A']).toContain(first!.inner);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect((await cardFields(page))!.hostFocused).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-claimcheck-ui]'));
    expect(await focusedQuote(page)).toMatch(/^402B total/);
  });

  it('Tab from a mark moves to the next mark; Space opens it', async () => {
    await page.keyboard.press('Tab');
    expect(await focusedQuote(page)).toMatch(/^17B active/);
    await page.keyboard.press(' ');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-claimcheck-ui'));
    expect((await cardFields(page))!.metric).toBe('Active parameters');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-claimcheck-ui]'));
  });

  it('hovering a mark opens the card; moving away closes it', async () => {
    await page.mouse.move(1, 1);
    await page.hover('#p-arena ' + MARK);
    await page.waitForSelector('[data-claimcheck-ui]', { state: 'attached' });
    expect((await cardFields(page))!.metric).toBe('Arena Elo');
    await page.mouse.move(1, 1);
    await page.waitForFunction(() => !document.querySelector('[data-claimcheck-ui]'));
  });

  it('axe finds no accessibility violations in the marks or the open card', async () => {
    await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
    await page.focus('#p-gpqa ' + MARK);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-claimcheck-ui'));
    // axe runs in the page's world, which cannot see into the closed card: hand it the root.
    await exposeCardRootToPage(page);
    const { violations, cardNodesChecked } = await page.evaluate(async () => {
      type AxeResult = { id: string; nodes: { target: unknown[]; html: string }[] };
      const axe = (
        window as unknown as {
          axe: {
            run(ctx: unknown, o: unknown): Promise<{ violations: AxeResult[]; passes: AxeResult[] }>;
          };
        }
      ).axe;
      const res = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
      return {
        violations: res.violations
          .map((v) => ({
            id: v.id,
            nodes: v.nodes.filter((n) => /claimcheck/.test(JSON.stringify(n.target) + n.html)),
          }))
          .filter((v) => v.nodes.length),
        // Nodes inside a shadow root get a [host, inner] target: proof axe looked inside the card.
        cardNodesChecked: [...res.passes, ...res.violations]
          .flatMap((r) => r.nodes)
          .filter((n) => Array.isArray(n.target[0]) && /claimcheck/.test(JSON.stringify(n.target[0]))).length,
      };
    });
    expect(cardNodesChecked).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('strict Content-Security-Policy page', () => {
  it('marks and styles claims and shows a styled card without CSP violations', async () => {
    const page = await ext.context.newPage();
    const errors = watchPageErrors(page);
    const res = await page.goto(server.url + 'pages/article.html?csp=strict');
    expect(res?.headers()['content-security-policy']).toContain("style-src 'self'");
    await waitForMarks(page, 6);
    const style = await page.$eval(MARK, (e) => getComputedStyle(e).textDecorationLine);
    expect(style).toContain('underline');
    await page.focus('#p-params ' + MARK);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-claimcheck-ui'));
    const card = await cardFields(page);
    expect(card!.borderLeft).toBe('5px');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('popup messages and corrections', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ext.context.newPage();
    await page.goto(server.url + 'pages/article.html?popup');
    await waitForMarks(page, 6);
  });

  /** Sends a tab message from an extension page, as the popup does. */
  async function tabMessage(type: string, payload: object): Promise<{ ok: boolean; data: never }> {
    const ui = await ext.context.newPage();
    await ui.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const reply = await ui.evaluate(
      async ([u, t, p]) => {
        const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
        const [tab] = (await c.tabs.query({})).filter((x) => x.url === u);
        return c.tabs.sendMessage(tab.id!, { channel: 'claimcheck', type: t, payload: p });
      },
      [page.url(), type, payload] as const,
    );
    await ui.close();
    return reply as { ok: boolean; data: never };
  }

  it('getPageClaims lists the marked claims with their verdicts; scrollToClaim finds and flashes one', async () => {
    const list = await tabMessage('getPageClaims', {});
    expect(list.ok).toBe(true);
    const data = list.data as {
      state: string;
      claims: { claim: { id: string; quote: string }; result?: { verdict: string } }[];
    };
    expect(data.state).toBe('active');
    const marks = await marksOf(page);
    expect(data.claims.map((c) => c.claim.quote).sort()).toEqual(marks.map((m) => m.quote).sort());
    const target = data.claims.find((c) => c.claim.quote.startsWith('69.8'))!;
    const res = await tabMessage('scrollToClaim', { claimId: target.claim.id });
    expect(res.data).toEqual({ found: true });
    expect(
      await page.$eval(`[data-claimcheck-id="${target.claim.id}"]`, (e) =>
        e.hasAttribute('data-claimcheck-flash'),
      ),
    ).toBe(true);
    expect((await tabMessage('scrollToClaim', { claimId: 'no-such-claim' })).data).toEqual({ found: false });
  });

  it('"Suggest a correction" asks the background to open the correction form for that claim', async () => {
    await page.focus('#p-arena ' + MARK);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-claimcheck-ui'));
    const id = await page.$eval('#p-arena ' + MARK, (e) => e.getAttribute('data-claimcheck-id')!);
    const opened = ext.context.waitForEvent('page', { timeout: 10_000 });
    await clickInCard(page, '[data-field="suggest"]'); // a real mouse click, as the card requires
    const form = await opened;
    expect(form.url()).toContain('popup.html');
    expect(decodeURIComponent(form.url())).toContain(`claim=${id}`);
    await form.close();
  });

  it('shows the reader own pending correction on the card', async () => {
    const mark = (await marksOf(page)).find((m) => m.quote?.startsWith('1417'))!;
    const ui = await ext.context.newPage();
    await ui.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const sent = await ui.evaluate(
      async ([pageUrl, quote]) => {
        const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
        return c.runtime.sendMessage({
          channel: 'claimcheck',
          type: 'submitCorrection',
          payload: {
            correction: {
              kind: 'wrong_verdict',
              pageUrl,
              claim: {
                quote,
                modelId: 'llama-4-maverick',
                modelName: 'Llama 4 Maverick',
                metric: 'arena_elo',
                value: 1417,
              },
              note: 'e2e',
            },
          },
        });
      },
      [page.url(), mark.quote!] as const,
    );
    await ui.close();
    expect((sent as { ok: boolean }).ok).toBe(true);
    await page.keyboard.press('Escape').catch(() => undefined);
    await page.mouse.click(5, 5);
    await page.focus('#p-arena ' + MARK);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await cardFields(page))?.pending ?? null, { timeout: 10_000 })
      .toBe('Your correction (pending)');
  });

  it('a page script cannot read the open card: its root is closed and no page API shows its text', async () => {
    // The card from the previous test is still open, showing the pending correction.
    const card = await cardFields(page);
    expect(card?.pending).toBe('Your correction (pending)');
    expect(await uiShadowRoots(page)).toEqual([{ mode: 'closed', backendNodeId: expect.any(Number) }]);
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-claimcheck-ui]')!;
      const html = document.documentElement;
      return {
        hostFound: !!host,
        shadowRoot: host.shadowRoot,
        lightChildren: host.childNodes.length,
        // No serialisation or text API a page has reaches into the card.
        text: [html.innerText, html.textContent, html.getHTML({ serializableShadowRoots: true })].join('\n'),
      };
    });
    expect(seen.hostFound).toBe(true);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.lightChildren).toBe(0);
    // Text only the card shows (the verdict and its explanation are public on the mark itself).
    for (const secret of [card!.pending!, card!.suggest!]) {
      expect(secret.length).toBeGreaterThan(5);
      expect(seen.text).not.toContain(secret);
    }
    await page.keyboard.press('Escape');
  });
});

type ChromeLike = {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};
