/**
 * Collects nodes added to the page and hands them over in debounced batches,
 * reduced to the top-most roots still in the document, so only new content is
 * scanned. Mutations we cause ourselves (wrapping marks, the card host) are
 * filtered out by `isOwn`. Removed nodes are reported so stale cards close.
 */
export interface BatcherOptions {
  debounceMs?: number;
  /** True for nodes we inserted (marks, split Text nodes, the card host). */
  isOwn: (node: Node) => boolean;
  /** Removals to ignore (our split Text nodes, the card host); our marks removed by the page still count. */
  isOwnRemoval?: (node: Node) => boolean;
  onAdded: (roots: Node[]) => void;
  onRemoved?: (nodes: Node[]) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export class MutationBatcher {
  private added = new Set<Node>();
  private removed: Node[] = [];
  private timer: unknown = null;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (id: unknown) => void;

  constructor(private readonly opts: BatcherOptions) {
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((id) => clearTimeout(id as number));
  }

  /** Feed MutationObserver records here. */
  take(records: readonly MutationRecord[]): void {
    let any = false;
    for (const r of records) {
      if (r.type !== 'childList') continue;
      for (const n of Array.from(r.addedNodes)) {
        if (this.opts.isOwn(n)) continue;
        if (n.nodeType !== 1 && n.nodeType !== 3) continue;
        this.added.add(n.nodeType === 3 && n.parentNode ? n.parentNode : n);
        any = true;
      }
      for (const n of Array.from(r.removedNodes)) {
        if (this.opts.isOwnRemoval?.(n)) continue;
        this.removed.push(n);
        any = true;
      }
    }
    if (any) this.arm();
  }

  /** Queues nodes to scan (e.g. a parent whose text the page rewrote). */
  queue(nodes: readonly Node[]): void {
    for (const n of nodes) this.added.add(n);
    this.arm();
  }

  private arm(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => this.flush(), this.opts.debounceMs ?? 150);
  }

  /** Delivers what has been collected now (also called by the timer). */
  flush(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    const removed = this.removed;
    this.removed = [];
    if (removed.length && this.opts.onRemoved) this.opts.onRemoved(removed);
    const roots = topMostConnected([...this.added]);
    this.added.clear();
    if (roots.length) this.opts.onAdded(roots);
  }

  pending(): boolean {
    return this.timer !== null;
  }

  cancel(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.added.clear();
    this.removed = [];
  }
}

/** Drops nodes no longer in the document and nodes inside another kept node. */
export function topMostConnected(nodes: Node[]): Node[] {
  const live = nodes.filter((n) => n.isConnected);
  const set = new Set(live);
  return live.filter((n) => {
    for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}
