import { createClaimEngine, type ClaimEngine } from '@/lib/claims/engine';
import { PageScanner } from '@/lib/claims/page-scanner';
import type { ModelDictionary } from '@/lib/claims/types';
import type { BackgroundMessages, Handlers } from '@/lib/messages';
import { judgeForPage, readyDb, warmDictionary } from './factbase';
import { keepContext, recallContext } from './page-contexts';

/**
 * scanPage: the claim engine runs here, in the worker, not in the page. A
 * content script starts cold in every page it is injected into, and the
 * engine's first run there (regex and function compilation) cost most of its
 * main-thread budget; here it stays warm between pages, and the page's main
 * thread only extracts text and marks. One engine per dictionary, built over
 * the whole dictionary once per worker start (or new fact base).
 */
let engineCache: { dictionary: ModelDictionary; engine: ClaimEngine } | null = null;
const scanner = new PageScanner();

function engineFor(dictionary: ModelDictionary): ClaimEngine {
  if (engineCache?.dictionary !== dictionary)
    engineCache = { dictionary, engine: createClaimEngine(dictionary) };
  return engineCache.engine;
}

/** Builds the engine ahead of the first page (worker start), if the base is there. */
export async function warmEngine(): Promise<void> {
  const warm = await warmDictionary(await readyDb());
  if (warm) engineFor(warm.dictionary);
}

export const pageScanHandlers: Pick<Handlers<BackgroundMessages>, 'scanPage'> = {
  async scanPage({ docs, pageId, pageDate }, sender) {
    const warm = await warmDictionary(await readyDb());
    if (!warm) throw new Error('Fact base not loaded yet');
    const pageKey = `${sender.tabId ?? '-'}:${pageId}`;
    await recallContext(scanner, pageKey);
    const claims = scanner.scan(engineFor(warm.dictionary), pageKey, docs, pageDate);
    await keepContext(scanner, pageKey);
    const results = await judgeForPage(claims.flat(), pageDate);
    return { docs: claims.map((c) => ({ claims: c })), results };
  },
};
