import { createContext, type ClaimEngine, type EngineContext } from './engine';
import type { DocPayload } from './doc-payload';
import type { Claim } from './types';

/**
 * Scans the sections pages send, keeping one engine context per page, so a
 * page's later content (infinite scroll, re-rendered sections) is read with
 * what its earlier content established: families ("Maverick" once Llama 4 is
 * named), the model "it" means, the section's model. Contexts are kept for
 * the most recently used pages only; a forgotten page starts afresh, which
 * costs at most those carried-over references.
 */
export class PageScanner {
  private readonly contexts = new Map<string, EngineContext>();

  constructor(private readonly maxPages = 64) {}

  /** Claims per document, in order; ids are unique across the documents of one call. */
  scan(engine: ClaimEngine, pageKey: string, docs: readonly DocPayload[], pageDate?: string): Claim[][] {
    let ctx = this.contexts.get(pageKey);
    if (ctx) this.contexts.delete(pageKey);
    else ctx = createContext(pageDate);
    this.contexts.set(pageKey, ctx); // most recent last
    this.evict();
    return docs.map((d, i) => {
      // Table indices are per document; everything else carries over.
      ctx.tablesDone = new Set();
      const doc = { ...d, segments: [] };
      return engine.scanBlocks(doc, doc.blocks.keys(), ctx).map((c) => ({ ...c, id: `${i}~${c.id}` }));
    });
  }

  /** Whether this page's context is held in memory. */
  has(pageKey: string): boolean {
    return this.contexts.has(pageKey);
  }

  /** Adopts a context kept elsewhere (a stopped worker's, from session storage); the page becomes the most recent. */
  restore(pageKey: string, ctx: EngineContext): void {
    this.contexts.delete(pageKey);
    this.contexts.set(pageKey, ctx);
    this.evict();
  }

  /** The page's context, to keep elsewhere (undefined: not held). */
  context(pageKey: string): EngineContext | undefined {
    return this.contexts.get(pageKey);
  }

  private evict(): void {
    while (this.contexts.size > this.maxPages) this.contexts.delete(this.contexts.keys().next().value!);
  }

  /** Pages whose context is kept (for tests and diagnostics). */
  get size(): number {
    return this.contexts.size;
  }
}
