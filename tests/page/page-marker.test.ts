// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractDocument, type DocText } from '@/lib/claims/extract-text';
import type { Claim } from '@/lib/claims/types';
import { PageMarker } from '@/entrypoints/content/page-marker';
import { claimAt, resultFor } from './helpers';

/** A stand-in engine: "<n>B total|active" is a claim; keeps which texts it was asked to scan. */
function fakeEngine() {
  const scanned: string[] = [];
  const findClaims = (doc: DocText): Claim[] => {
    scanned.push(doc.text);
    const out: Claim[] = [];
    for (const m of doc.text.matchAll(/(\d+)B (total|active)/g)) {
      const metric = m[2] === 'total' ? 'total_params' : 'active_params';
      out.push(claimAt(doc.text, m[0], { metric, value: Number(m[1]) * 1e9 }, m.index));
    }
    return out;
  };
  return { scanned, findClaims };
}

const live: PageMarker[] = [];

function setup(html: string, hidden: string[] = [], withResults = false) {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  const engine = fakeEngine();
  const checked: Claim[][] = [];
  const marker = new PageMarker(document, {
    extract: (root) => extractDocument(root),
    findClaims: engine.findClaims,
    // scanPage answers verdicts with the claims: the marker must use them and not ask again.
    ...(withResults ? { resultFor: (c: Claim) => resultFor(c, 'contradicted') } : {}),
    checkClaims: async (claims) => {
      checked.push(claims);
      return claims.map((c) => resultFor(c, c.metric === 'active_params' ? 'misleading' : 'supported'));
    },
    pendingQuotes: async () => [],
    openCorrectionForm: () => undefined,
    yieldToHost: () => Promise.resolve(),
    debounceMs: 0,
  });
  marker.setHiddenVerdicts(hidden);
  live.push(marker);
  return { marker, engine, checked };
}

const marks = () => Array.from(document.querySelectorAll<HTMLElement>('[data-claimcheck-mark]'));
const tick = () => new Promise((r) => setTimeout(r, 5));
async function settle(marker: PageMarker) {
  await tick();
  await marker.idle();
  await tick();
  await marker.idle();
}

describe('PageMarker', () => {
  beforeEach(() => {
    // Earlier tests' markers still observe the document: switch them off first.
    for (const m of live.splice(0)) m.setState('paused');
    document.body.replaceChildren();
  });

  it('marks every claim with the public attributes and leaves the text unchanged', async () => {
    const { marker } = setup('<article><p>Maverick has 402B total, 17B active parameters.</p></article>');
    const before = document.body.textContent;
    marker.setState('active');
    await settle(marker);
    expect(marks().map((m) => m.textContent)).toEqual(['402B total', '17B active']);
    const [a, b] = marks();
    expect(a.dataset.claimcheckVerdict).toBe('supported');
    expect(b.dataset.claimcheckVerdict).toBe('misleading');
    expect(a.dataset.claimcheckModel).toBe('Llama 4 Maverick');
    expect(a.dataset.claimcheckMetric).toBe('total_params');
    expect(a.dataset.claimcheckValue).toBe('402000000000');
    expect(a.dataset.claimcheckQuote).toBe('402B total');
    expect(a.getAttribute('tabindex')).toBe('0');
    expect(a.getAttribute('role')).toBe('button');
    expect(b.getAttribute('aria-label')).toBe('Claimcheck: misleading — 17B active');
    expect(document.body.textContent).toBe(before);
  });

  it('uses verdicts that came with the claims, under the ids it gives them, and asks for no others', async () => {
    const { marker, checked } = setup(
      '<article><p>Maverick has 402B total parameters.</p><p>It has 17B active.</p></article>',
      [],
      true,
    );
    marker.setState('active');
    await settle(marker);
    expect(marks().map((m) => m.dataset.claimcheckVerdict)).toEqual(['contradicted', 'contradicted']);
    expect(checked).toEqual([]);
    const ids = marker.pageClaims().map((c) => c.claim.id);
    expect(new Set(ids).size).toBe(2);
    expect(marker.pageClaims().map((c) => c.result?.claimId)).toEqual(ids);
  });

  it('leaves inputs, contenteditable and code alone', async () => {
    const { marker } = setup(
      '<p>Real: 402B total.</p><textarea>9B total</textarea><div contenteditable="true">8B total</div><code>7B total</code><pre>6B total</pre>',
    );
    marker.setState('active');
    await settle(marker);
    expect(marks().map((m) => m.textContent)).toEqual(['402B total']);
  });

  it('scans only added content, never re-marks what is marked', async () => {
    const { marker, engine } = setup('<main><p>First 402B total.</p></main>');
    marker.setState('active');
    await settle(marker);
    engine.scanned.length = 0;
    const p = document.createElement('p');
    p.textContent = 'Later 17B active.';
    document.querySelector('main')!.append(p);
    await settle(marker);
    expect(engine.scanned).toEqual(['Later 17B active.']);
    expect(marks().map((m) => m.textContent)).toEqual(['402B total', '17B active']);
    // Moving already-marked content around must not duplicate marks.
    document.querySelector('main')!.append(document.querySelector('main p')!);
    await settle(marker);
    expect(marks()).toHaveLength(2);
  });

  it('pause removes every mark and restores the text nodes; resume re-marks', async () => {
    const { marker } = setup('<p id="p">Maverick has 402B total, 17B active parameters.</p>');
    const p = document.getElementById('p')!;
    const original = p.firstChild;
    marker.setState('active');
    await settle(marker);
    expect(marks()).toHaveLength(2);
    marker.setState('paused');
    expect(marks()).toHaveLength(0);
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(original);
    marker.setState('active');
    await settle(marker);
    expect(marks()).toHaveLength(2);
  });

  it('does not mark hidden verdicts but still lists them for the popup', async () => {
    const { marker } = setup('<p>Maverick has 402B total, 17B active parameters.</p>', ['misleading']);
    marker.setState('active');
    await settle(marker);
    expect(marks().map((m) => m.dataset.claimcheckVerdict)).toEqual(['supported']);
    expect(
      marker
        .pageClaims()
        .map((c) => c.result?.verdict)
        .sort(),
    ).toEqual(['misleading', 'supported']);
  });

  it('closes the card when the page removes the marked content', async () => {
    const { marker } = setup('<div id="feed"><p id="p">Maverick has 402B total.</p></div>');
    marker.setState('active');
    await settle(marker);
    expect(marker.openCard(marks()[0], 'preview')).toBe(true);
    expect(document.querySelector('[data-claimcheck-ui]')).not.toBeNull();
    document.getElementById('p')!.remove();
    await settle(marker);
    expect(document.querySelector('[data-claimcheck-ui]')).toBeNull();
    expect(marker.registry.size).toBe(0);
  });

  it('ignores page elements that imitate our marks', async () => {
    const { marker } = setup(
      '<p><span data-claimcheck-mark data-claimcheck-verdict="supported">fake</span> and 402B total</p>',
    );
    marker.setState('active');
    await settle(marker);
    expect(marker.openCard(document.querySelector('span')!, 'preview')).toBe(false);
    marker.setState('paused');
    // Our mark is gone, the page's look-alike stays.
    expect(marks().map((m) => m.textContent)).toEqual(['fake']);
  });

  it('scrollTo finds a marked claim by id', async () => {
    const { marker } = setup('<p>Maverick has 402B total.</p>');
    Element.prototype.scrollIntoView ??= function () {};
    marker.setState('active');
    await settle(marker);
    const id = marker.pageClaims()[0].claim.id;
    expect(marker.scrollTo(id)).toBe(true);
    expect(marks()[0].hasAttribute('data-claimcheck-flash')).toBe(true);
    expect(marker.scrollTo('nope')).toBe(false);
  });
});

describe('PageMarker inside links', () => {
  it('a mark inside a link is not a separate tab stop or button', async () => {
    for (const m of live.splice(0)) m.setState('paused');
    const { marker } = setup('<p>See <a href="#x">Maverick: 402B total</a> and 17B active.</p>');
    marker.setState('active');
    await settle(marker);
    const [inLink, outside] = marks();
    expect(inLink.closest('a')).not.toBeNull();
    expect(inLink.hasAttribute('tabindex')).toBe(false);
    expect(inLink.hasAttribute('role')).toBe(false);
    expect(inLink.dataset.claimcheckVerdict).toBe('supported');
    expect(outside.getAttribute('tabindex')).toBe('0');
  });
});

describe('PageMarker when the dictionary is not ready yet', () => {
  it('retries the scan instead of giving up', async () => {
    for (const m of live.splice(0)) m.setState('paused');
    document.body.replaceChildren(
      ...new DOMParser().parseFromString('<p>Maverick has 402B total.</p>', 'text/html').body.childNodes,
    );
    let calls = 0;
    const engine = fakeEngine();
    const marker = new PageMarker(document, {
      extract: (root) => extractDocument(root),
      prepare: () => {
        if (++calls === 1) throw new Error('No dictionary yet');
      },
      findClaims: engine.findClaims,
      checkClaims: async (claims) => claims.map((c) => resultFor(c)),
      pendingQuotes: async () => [],
      openCorrectionForm: () => undefined,
      yieldToHost: () => Promise.resolve(),
    });
    live.push(marker);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      marker.setState('active');
      await marker.idle();
      expect(marks()).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1500);
      await marker.idle();
    } finally {
      vi.useRealTimers();
    }
    expect(calls).toBe(2);
    expect(marks().map((m) => m.textContent)).toEqual(['402B total']);
  });
});

describe('PageMarker with a framework that owns its Text nodes', () => {
  it('survives nodeValue updates and removeChild on the nodes it split, then re-marks', async () => {
    for (const m of live.splice(0)) m.setState('paused');
    const { marker } = setup('<p id="p">Maverick has 402B total.</p>');
    const p = document.getElementById('p')!;
    const owned = p.firstChild as Text; // what a framework keeps a reference to
    marker.setState('active');
    await settle(marker);
    expect(marks()).toHaveLength(1);
    // The framework updates "its" text node in place.
    owned.nodeValue = 'Maverick has 17B active.';
    await settle(marker);
    expect(p.textContent).toBe('Maverick has 17B active.');
    expect(marks().map((m) => m.textContent)).toEqual(['17B active']);
    // ...and later removes it: no NotFoundError, and nothing of ours is left behind.
    expect(() => p.removeChild(owned)).not.toThrow();
    await settle(marker);
    expect(p.textContent).toBe('');
    expect(marks()).toHaveLength(0);
    expect(marker.registry.size).toBe(0);
  });
});
