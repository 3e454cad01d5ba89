import type { Claim } from '@/lib/claims/types';
import type { DocText } from '@/lib/claims/extract-text';
import type { VerdictResult, Verdict } from '@/lib/verdicts/types';
import type { PageClaim } from '@/lib/messages';
import { MarkRegistry, dropOverlaps, type MarkEntry } from '@/lib/page/mark-registry';
import { TextWrapper } from '@/lib/page/wrap-text';
import { piecesFor, type Piece } from '@/lib/page/text-ranges';
import { runChunked, defaultYield, frameYield } from '@/lib/page/chunked-scheduler';
import { MutationBatcher } from '@/lib/page/mutation-batcher';
import { splitSections } from '@/lib/page/sections';
import { isInsideSkipped } from '@/lib/page/skip-rules';
import { createMark } from '@/lib/page/mark-element';
import { CardHost } from '@/components/card/card-host';

/**
 * The content script's core: scans the page in chunks, asks for verdicts,
 * marks claims, keeps up with page changes, and undoes everything on pause.
 * Everything it needs from the extension comes through `deps`, so the same
 * class runs against fakes in unit tests.
 */
export interface MarkerDeps {
  /** Claims in one extracted section of the page. */
  findClaims(doc: DocText): Claim[];
  extract(root: Element): DocText;
  /** Called with every section's text before claims are found (the engine is built for what the page names). */
  prepare?(docs: readonly DocText[]): void | Promise<void>;
  /** A verdict that came with the claim (scanPage answers both); others go to checkClaims. */
  resultFor?(claim: Claim): VerdictResult | undefined;
  checkClaims(claims: Claim[]): Promise<VerdictResult[]>;
  /** Pending corrections for this page (quote strings); [] when unknown. */
  pendingQuotes(): Promise<string[]>;
  openCorrectionForm(claimId: string): void;
  yieldToHost?: () => Promise<void>;
  /** Between slices of marking (default: after the next frame; yieldToHost when given). */
  yieldToFrame?: () => Promise<void>;
  now?: () => number;
  debounceMs?: number;
}

export type MarkerState = 'active' | 'paused' | 'site-off';

interface Found {
  claim: Claim;
  doc: DocText;
  result?: VerdictResult;
}

// Small batches: each answer (facts and sources included) is parsed as its own task, never one long one.
const BATCH = 50;
/**
 * Sections marked per frame. Every section that gets a mark is styled and laid
 * out again in the next frame: 500 at once (a 100,000-word page) made one
 * 50–80 ms rendering task; in slices of this many, each frame lays out a few
 * (a 10,000-word article with 50 claims still marks in one frame).
 */
const MARK_SECTIONS_PER_FRAME = 64;
const INTERACTIVE = 'a[href], button, [role="button"], [role="link"], label, summary';
// characterData: a page that rewrites a Text node we split must be noticed (see repair).
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function demote(mark: HTMLElement): void {
  for (const a of ['tabindex', 'role', 'aria-haspopup', 'aria-label', 'aria-description'])
    mark.removeAttribute(a);
}

export class PageMarker {
  readonly registry = new MarkRegistry();
  readonly wrapper = new TextWrapper();
  readonly card: CardHost;
  state: MarkerState = 'paused';
  private hidden = new Set<Verdict>();
  /** Claims found but not marked (hidden verdicts), for the popup's list. */
  private unmarked = new Map<string, PageClaim>();
  private generation = 0;
  private scanNo = 0;
  private observer: MutationObserver | null = null;
  private readonly batcher: MutationBatcher;
  private lastUrl: string;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly deps: MarkerDeps,
  ) {
    this.card = new CardHost(doc, { onSuggest: (id) => deps.openCorrectionForm(id) });
    this.lastUrl = doc.location?.href ?? '';
    this.batcher = new MutationBatcher({
      debounceMs: deps.debounceMs ?? 150,
      isOwn: (n) => this.isOwnNode(n),
      isOwnRemoval: (n) => this.wrapper.isCreated(n) || this.card.isHost(n),
      onAdded: (roots) => this.onAdded(roots),
      onRemoved: () => this.onRemoved(),
    });
  }

  /** Resolves when every scan started so far has finished (tests, bench). */
  idle(): Promise<void> {
    return this.running;
  }

  setHiddenVerdicts(list: readonly string[]): boolean {
    const next = new Set(list as Verdict[]);
    const same = next.size === this.hidden.size && [...next].every((v) => this.hidden.has(v));
    this.hidden = next;
    return !same;
  }

  /** Turns marking on (first scan of the whole page) or off (removes every mark). */
  setState(state: MarkerState): void {
    if (state === this.state) return;
    this.state = state;
    if (state === 'active') this.enable();
    else this.disable();
  }

  /** Re-marks from scratch (hidden verdicts changed, or the page navigated). */
  refresh(): void {
    if (this.state !== 'active') return;
    this.disable();
    this.enable();
  }

  private enable(): void {
    const body = this.doc.body;
    if (!body) return;
    this.observer ??= new MutationObserver((records) => this.handle(records));
    this.observer.observe(this.doc.documentElement, OBSERVE);
    this.schedule([body]);
  }

  private disable(): void {
    this.generation++;
    this.observer?.disconnect();
    this.batcher.cancel();
    this.card.close(false);
    this.wrapper.unwrap(this.registry.clear().flatMap((e) => e.elements));
    this.unmarked.clear();
  }

  /** Scans roots after whatever scan is running, so two scans never mark the same text. */
  private schedule(roots: Node[], attempt = 0): void {
    const gen = this.generation;
    this.running = this.running
      .then(() => (gen === this.generation ? this.scan(roots, gen, attempt) : undefined))
      .catch(() => undefined);
  }

  private async scan(roots: Node[], gen: number, attempt: number): Promise<void> {
    const scan = ++this.scanNo;
    const cancelled = () => gen !== this.generation;
    const sections: Element[] = [];
    for (const r of roots) {
      const el = r.nodeType === 1 ? (r as Element) : r.parentElement;
      if (!el || !el.isConnected) continue;
      if (el !== this.doc.body && isInsideSkipped(el, null, this.registry.isOwnMark)) continue;
      sections.push(...splitSections(el));
    }
    const opts = { now: this.deps.now, yieldToHost: this.deps.yieldToHost ?? defaultYield, cancelled };
    const clock = this.deps.now ?? (() => performance.now());
    const t0 = clock();
    const docs: DocText[] = [];
    const ex = await runChunked(sections, (root) => docs.push(this.deps.extract(root)), opts);
    if (cancelled()) return;
    const t1 = clock();
    try {
      await this.deps.prepare?.(docs);
    } catch {
      // No dictionary yet (the background is still loading its fact base on
      // first install): try these roots again shortly, a few times.
      if (attempt < 3) setTimeout(() => this.schedule(roots, attempt + 1), 1000 * (attempt + 1));
      return;
    }
    const prepareMs = clock() - t1;
    if (cancelled()) return;
    const found: Found[] = [];
    let sec = 0;
    const fc = await runChunked(
      docs,
      (doc) => {
        const s = sec++;
        for (const c of this.deps.findClaims(doc)) {
          const result = this.deps.resultFor?.(c);
          const id = scan === 1 && docs.length === 1 ? c.id : `${scan}.${s}:${c.id}`;
          found.push({ claim: { ...c, id }, doc, ...(result ? { result: { ...result, claimId: id } } : {}) });
        }
      },
      opts,
    );
    if (cancelled() || found.length === 0) return;

    // Verdicts the scan did not bring, in batches, all requested at once.
    const missing = found.filter((f) => !f.result);
    const batches: Found[][] = [];
    for (let i = 0; i < missing.length; i += BATCH) batches.push(missing.slice(i, i + BATCH));
    const answers = await Promise.all(
      batches.map((b) => this.deps.checkClaims(b.map((f) => f.claim)).catch(() => [] as VerdictResult[])),
    );
    if (cancelled()) return;
    const results = new Map<string, VerdictResult>();
    for (const f of found) if (f.result) results.set(f.claim.id, f.result);
    for (const list of answers) for (const r of list) results.set(r.claimId, r);

    // Mark per extraction: claims of one DocText are wrapped together so
    // their offsets stay valid while Text nodes are split.
    const byDoc = new Map<DocText, { claim: Claim; result: VerdictResult }[]>();
    for (const f of found) {
      const result = results.get(f.claim.id);
      if (!result) continue;
      if (this.hidden.has(result.verdict)) {
        this.unmarked.set(f.claim.id, { claim: f.claim, result });
        continue;
      }
      let list = byDoc.get(f.doc);
      if (!list) byDoc.set(f.doc, (list = []));
      list.push({ claim: f.claim, result });
    }
    const mk = await runChunked(byDoc, ([doc, items]) => this.markDoc(doc, items), {
      ...opts,
      maxItems: MARK_SECTIONS_PER_FRAME,
      yieldToHost: this.deps.yieldToFrame ?? this.deps.yieldToHost ?? frameYield,
    });
    // For benches: a user-timing mark (visible from the page too) after each scan, with phase times.
    performance.mark('claimcheck:scan-done', {
      detail: {
        scan,
        sections: sections.length,
        claims: found.length,
        marks: this.registry.size,
        // The engine runs in the background: waiting for its answer is not page work.
        busyMs: { extract: ex.busyMs, find: fc.busyMs, mark: mk.busyMs },
        waitMs: { scan: prepareMs },
        slices: ex.slices + fc.slices + mk.slices,
        totalMs: clock() - t0,
      },
    });
  }

  private markDoc(doc: DocText, items: { claim: Claim; result: VerdictResult }[]): void {
    const kept = dropOverlaps(items.map((i) => ({ ...i, start: i.claim.start, end: i.claim.end })));
    const groups: Piece[][] = [];
    const chosen: typeof kept = [];
    for (const item of kept) {
      const pieces = piecesFor(doc.segments, item.start, item.end, doc.text);
      if (!pieces.length) continue;
      if (pieces.some((p) => !p.node.isConnected || isInsideSkipped(p.node, null, this.registry.isOwnMark)))
        continue;
      groups.push(pieces);
      chosen.push(item);
    }
    if (!groups.length) return;
    // Our own DOM changes must not come back as "added content": the page's
    // pending changes are handled first, then the observer is off while we wrap
    // (cheaper than recording, then dropping, a few records per mark).
    const observer = this.observer;
    if (observer) {
      this.handle(observer.takeRecords());
      observer.disconnect();
    }
    const wrapped = this.wrapper.wrapGroups(groups, (g, part) =>
      createMark(this.doc, chosen[g].claim, chosen[g].result, part),
    );
    if (observer && this.state === 'active') observer.observe(this.doc.documentElement, OBSERVE);
    wrapped.forEach((elements, g) => {
      if (!elements.length) return;
      // Inside a link or button the page's control keeps the focus and the
      // role: a nested interactive element would confuse keyboards and screen
      // readers. The mark still shows its underline and opens on hover.
      if (elements[0].parentElement?.closest(INTERACTIVE)) demote(elements[0]);
      this.registry.add({ claim: chosen[g].claim, result: chosen[g].result, elements });
    });
  }

  /** Page mutations: first repair what touches our marks, then queue new content for scanning. */
  private handle(records: MutationRecord[]): void {
    if (this.state !== 'active' || !records.length) return;
    this.repair(records);
    this.batcher.take(records);
  }

  /**
   * A page (or its framework) that rewrites or removes a Text node we split
   * believes that node holds the whole text: the pieces we split off it are
   * removed at once (before the next paint, so no text shows twice), stale
   * marks are forgotten, and the node's parent is scanned again.
   */
  private repair(records: MutationRecord[]): void {
    const rescan: Node[] = [];
    let touched = false;
    for (const r of records) {
      if (r.type === 'characterData' && this.wrapper.isSplitOriginal(r.target)) {
        this.wrapper.detach(r.target as Text, this.registry.isOwnMark);
        if (r.target.parentNode) rescan.push(r.target.parentNode);
        touched = true;
      } else if (r.type === 'childList') {
        for (const n of Array.from(r.removedNodes)) {
          if (this.wrapper.isSplitOriginal(n)) {
            this.wrapper.detach(n as Text, this.registry.isOwnMark);
            touched = true;
          }
        }
      }
    }
    if (!touched) return;
    this.observer?.takeRecords(); // our own removals
    this.onRemoved();
    if (rescan.length) this.batcher.queue(rescan);
  }

  private isOwnNode(n: Node): boolean {
    if (n.nodeType === 3) return this.wrapper.isCreated(n);
    if (n.nodeType !== 1) return false;
    const el = n as Element;
    return this.registry.isOwnMark(el) || this.card.isHost(el);
  }

  private onAdded(roots: Node[]): void {
    if (this.state !== 'active') return;
    const url = this.doc.location?.href ?? '';
    if (url !== this.lastUrl) {
      // Client-side navigation: new page, new claim context.
      this.lastUrl = url;
      this.schedule([this.doc.body]);
      return;
    }
    this.schedule(roots);
  }

  private onRemoved(): void {
    const gone = this.registry.prune();
    for (const e of gone) this.unmarked.delete(e.claim.id);
    const open = this.card.openMark;
    if (open && !open.isConnected) this.card.close(false);
  }

  /** Called on history navigation: rescans once the new content settles. */
  onLocationChange(): void {
    if (this.state !== 'active') return;
    this.lastUrl = this.doc.location?.href ?? '';
    this.unmarked.clear();
    this.onRemoved();
    this.schedule([this.doc.body]);
  }

  pageClaims(): PageClaim[] {
    const marked = this.registry.entries().map((e) => ({ claim: e.claim, result: e.result }));
    return [...marked, ...this.unmarked.values()];
  }

  scrollTo(claimId: string): boolean {
    const entry = this.registry.get(claimId);
    const target = entry?.elements.find((e) => e.isConnected);
    if (!target) return false;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const el of entry!.elements) {
      el.setAttribute('data-claimcheck-flash', '');
      setTimeout(() => el.removeAttribute('data-claimcheck-flash'), 1600);
    }
    return true;
  }

  /** Opens the card for a mark (or the mark around `target`). */
  openCard(target: Element | null, mode: 'preview' | 'dialog'): boolean {
    const entry = this.registry.fromElement(target);
    if (!entry) return false;
    const mark = entry.elements[0];
    const data = { claim: entry.claim, result: entry.result, pendingCorrection: false };
    this.card.open(mark, data, mode);
    void this.pendingFor(entry).then((pending) => {
      if (pending && this.card.openClaimId === entry.claim.id)
        this.card.update({ ...data, pendingCorrection: true });
    });
    return true;
  }

  /** Asked on every open (not cached): the reader may have just sent one. */
  private async pendingFor(entry: MarkEntry): Promise<boolean> {
    const quotes = await this.deps.pendingQuotes().catch(() => [] as string[]);
    return quotes.includes(entry.claim.quote);
  }
}
