import { createClaimEngine, createContext, type ClaimEngine, type EngineContext } from '@/lib/claims/engine';
import { extractDocument, type DocText } from '@/lib/claims/extract-text';
import type { Claim, ModelDictionary } from '@/lib/claims/types';
import { DictionaryPruner, letterRuns } from '@/lib/page/prune-dictionary';
import { defaultYield } from '@/lib/page/chunked-scheduler';

/**
 * The claim engine as the page uses it. Building it over the whole dictionary
 * costs far more main-thread time than a page may spend, so it is built over
 * only the models the page's words could name (lib/page/prune-dictionary.ts)
 * and rebuilt when later content names more. The page's words go to the
 * background with getDictionary; a background that prunes answers small,
 * one that does not answers in full and the page prunes itself.
 */
export type DictionaryFetch = (
  words: string[],
) => Promise<{ dictionary: ModelDictionary | null; pruned?: boolean }>;

export class PageEngine {
  private engine: ClaimEngine | null = null;
  /** Full-dictionary mode (a background that does not prune): the page prunes locally. */
  private pruner: DictionaryPruner | null = null;
  /** How the background answers: unknown until its first answer. */
  private mode: 'unknown' | 'pruned' | 'full' = 'unknown';
  /** Version and size of the pruned dictionary the engine was built over. */
  private builtFrom = '';
  private readonly seen = new Set<string>();
  private readonly pending = new Set<string>();
  private ctx: EngineContext | null = null;
  pageDate: string | undefined;
  /** Figures for the bench: last dictionary fetch and index time. */
  lastDictionary: { askMs: number; indexMs: number; models: number } | null = null;

  constructor(private readonly fetchDictionary: DictionaryFetch) {}

  /** Extracts a section and notes its words (runs inside the chunked scan). */
  extract(root: Element): DocText {
    const d = extractDocument(root);
    letterRuns(d.text, this.pending);
    return d;
  }

  private preloading: Promise<void> | null = null;

  /**
   * Starts a first dictionary request before the page's words are known, so
   * the round trip (waking the worker, opening its database) overlaps the
   * extraction. A background that prunes answers (nearly) empty for no words;
   * prepare() then asks again with the words.
   */
  preload(): void {
    if (this.mode !== 'unknown' || this.preloading) return;
    this.preloading = this.load().catch(() => undefined);
  }

  /**
   * Makes the engine ready for the words extracted since the last call. With
   * a pruning background, new words (later content, client-side navigation)
   * mean a new request with every word seen so far: the answer covers the
   * whole page, and the engine is rebuilt only when it brought more models.
   */
  async prepare(): Promise<void> {
    const fresh: string[] = [];
    for (const r of this.pending) if (!this.seen.has(r)) fresh.push(r);
    this.pending.clear();
    for (const r of fresh) this.seen.add(r);
    if (this.preloading) {
      await this.preloading;
      this.preloading = null;
    }
    if (this.mode === 'full' && this.pruner) {
      if (this.pruner.add(fresh) || !this.engine) this.engine = createClaimEngine(this.pruner.dictionary());
      return;
    }
    if (this.mode === 'unknown' || fresh.length || !this.engine) await this.load();
  }

  findClaims(doc: DocText): Claim[] {
    if (!this.engine) return [];
    this.ctx ??= createContext(this.pageDate);
    // Table indices are per extraction; families and "it" carry over between sections.
    this.ctx.tablesDone = new Set();
    return this.engine.scanBlocks(doc, doc.blocks.keys(), this.ctx);
  }

  /** A new article (client-side navigation): forget what the old one established. */
  resetContext(pageDate: string | undefined): void {
    this.ctx = null;
    this.pageDate = pageDate;
  }

  private async load(): Promise<void> {
    const t0 = performance.now();
    // Within the message's limits: no model name starts with a 60-letter word.
    const words: string[] = [];
    for (const w of this.seen) if (w.length <= 60 && words.length < 150_000) words.push(w);
    const { dictionary, pruned } = await this.fetchDictionary(words);
    const t1 = performance.now();
    if (!dictionary) throw new Error('No dictionary yet');
    if (pruned) {
      // Already cut to this page's words: no local index needed. An answer to
      // no words (the preload) builds nothing; the next one will.
      this.mode = 'pruned';
      this.pruner = null;
      const from = `${dictionary.version}:${dictionary.models.length}`;
      if (words.length && (from !== this.builtFrom || !this.engine)) {
        this.engine = createClaimEngine(dictionary);
        this.builtFrom = from;
      }
    } else {
      const p = new DictionaryPruner(dictionary);
      // Indexing thousands of names is chunked like the scan (no long task).
      let slice = performance.now();
      while (p.indexSome(100)) {
        if (performance.now() - slice > 8) {
          await defaultYield();
          slice = performance.now();
        }
      }
      p.add(this.seen);
      this.mode = 'full';
      this.pruner = p;
      if (this.seen.size) this.engine = createClaimEngine(p.dictionary());
    }
    this.lastDictionary = {
      askMs: t1 - t0,
      indexMs: performance.now() - t1,
      models: dictionary.models.length,
    };
    performance.mark('claimcheck:dictionary', { detail: this.lastDictionary });
  }
}
