import type { CDPSession, Page } from 'playwright-core';

/**
 * Reaches the card's CLOSED shadow root from a test. A page script cannot
 * (`host.shadowRoot` is null for it), so tests go through the DevTools
 * protocol, as DevTools does: DOM.describeNode with `pierce` lists a host's
 * shadow roots whatever their mode, DOM.resolveNode turns one into a JS
 * object in the page's main world, and Runtime.callFunctionOn runs a function
 * on it and returns the result by value.
 */

interface CdpNode {
  backendNodeId: number;
  shadowRootType?: 'user-agent' | 'open' | 'closed';
  shadowRoots?: CdpNode[];
}

/** A shadow root found on a `[data-claimcheck-ui]` host. */
export interface UiShadowRoot {
  mode: 'user-agent' | 'open' | 'closed';
  backendNodeId: number;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/**
 * The shadow roots attached to every `[data-claimcheck-ui]` element in the
 * document (ours, and any look-alike a page adds), whatever their mode.
 */
export async function uiShadowRoots(page: Page): Promise<UiShadowRoot[]> {
  const cdp = await sessionOf(page);
  // depth 0: only the document node; hosts are found by selector, so a huge
  // or very deep page never has to be serialised.
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '[data-claimcheck-ui]',
  });
  const roots: UiShadowRoot[] = [];
  for (const nodeId of nodeIds) {
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
      node: CdpNode;
    };
    for (const r of node.shadowRoots ?? [])
      roots.push({ mode: r.shadowRootType ?? 'open', backendNodeId: r.backendNodeId });
  }
  return roots;
}

/**
 * Runs `fn(root, arg)` in the page's main world on the open card's shadow
 * root (the one root on a `[data-claimcheck-ui]` host) and returns its
 * JSON-serialisable result, or null when no card is open. Like
 * `page.evaluate`, `fn` is sent as source: it must not use outer variables.
 */
export async function inCardRoot<R, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<Awaited<R> | null> {
  // Any mode, so a root that is open by mistake fails the privacy test, not every reader.
  const cards = (await uiShadowRoots(page)).filter((r) => r.mode !== 'user-agent');
  if (cards.length > 1) throw new Error(`expected at most one card, found ${cards.length}`);
  if (!cards.length) return null;
  const cdp = await sessionOf(page);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: cards[0].backendNodeId });
  try {
    const res = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (res.exceptionDetails)
      throw new Error(
        `in card root: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`,
      );
    return res.result.value as Awaited<R>;
  } finally {
    if (object.objectId) await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  }
}

/** The open card's text (null when no card is open). */
export function cardText(page: Page): Promise<string | null> {
  return inCardRoot(page, (root) => root.textContent ?? '');
}

/** Focuses a control in the open card (e.g. `[data-field="suggest"]`), so a real key press can follow. */
export async function focusInCard(page: Page, selector: string): Promise<void> {
  const ok = await inCardRoot(
    page,
    (root, sel) => {
      const target = root.querySelector<HTMLElement>(sel);
      target?.focus();
      return !!target && root.activeElement === target;
    },
    selector,
  );
  if (!ok) throw new Error(`could not focus ${selector} in the card`);
}

/** Clicks a control in the open card with a real (trusted) mouse click at its centre. */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const box = await inCardRoot(
    page,
    (root, sel) => {
      const target = root.querySelector(sel);
      if (!target) return null;
      target.scrollIntoView({ block: 'nearest' });
      const r = target.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      // What a click there would hit (as Playwright's own click checks).
      const hit = root.elementFromPoint(x, y);
      return hit && (hit === target || target.contains(hit)) ? { x, y } : null;
    },
    selector,
  );
  if (!box) throw new Error(`no visible, unobscured ${selector} in the card`);
  await page.mouse.click(box.x, box.y);
}

/**
 * Test-only, for page-world tools such as axe-core that walk `el.shadowRoot`:
 * defines `shadowRoot` on the open card's host (in the main world) to return
 * its closed root. It lasts only as long as that card: every opening renders
 * a new host. Never use it before asserting what the page can see.
 */
export async function exposeCardRootToPage(page: Page): Promise<void> {
  const ok = await inCardRoot(page, (root) => {
    Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
    return root.host.shadowRoot === root;
  });
  if (!ok) throw new Error('no card to expose');
}
