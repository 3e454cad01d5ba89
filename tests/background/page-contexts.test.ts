import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClaimEngine } from '@/lib/claims/engine';
import { PageScanner } from '@/lib/claims/page-scanner';
import { shippedDictionary, wirePayload } from '../claims/fixture-pages';
import { forgetTab, keepContext, recallContext } from '@/entrypoints/background/page-contexts';

const engine = createClaimEngine(shippedDictionary());
const payload = wirePayload;
const FAMILY = 'Meta released Llama 4 this week.';
const LATER = 'Maverick has 17B active parameters.';

/** One worker's life: a scanner that keeps each page's context in session storage. */
async function scanKept(scanner: PageScanner, key: string, text: string) {
  await recallContext(scanner, key);
  const out = scanner.scan(engine, key, [payload(text)]);
  await keepContext(scanner, key);
  return out[0];
}

describe('page contexts across worker restarts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a new worker reads a page’s later section with what the page established before', async () => {
    await scanKept(new PageScanner(), '7:p1', FAMILY);
    // the worker stops: a fresh scanner has nothing in memory
    const later = await scanKept(new PageScanner(), '7:p1', LATER);
    expect(later.map((c) => [c.model.name, c.metric])).toEqual([['Llama 4 Maverick', 'active_params']]);
    // without the kept context the bare "Maverick" is not a model
    expect(new PageScanner().scan(engine, '7:p1', [payload(LATER)])[0]).toEqual([]);
  });

  it('never lends one page’s context to another', async () => {
    await scanKept(new PageScanner(), '7:p1', FAMILY);
    expect(await scanKept(new PageScanner(), '8:p2', LATER)).toEqual([]);
  });

  it('a corrupt stored context is scanned afresh, not an error', async () => {
    await fakeBrowser.storage.session.set({ 'pagectx:7:p1': '{"format":1,"root":3,"table":[]}' });
    expect(await scanKept(new PageScanner(), '7:p1', LATER)).toEqual([]);
    await fakeBrowser.storage.session.set({ 'pagectx:7:p1': 42 });
    expect(await scanKept(new PageScanner(), '7:p1', FAMILY)).toEqual([]);
    expect(await scanKept(new PageScanner(), '7:p1', LATER)).toHaveLength(1);
  });

  it('drops a closed tab’s contexts and only those', async () => {
    await scanKept(new PageScanner(), '7:p1', FAMILY);
    await scanKept(new PageScanner(), '7:p2', FAMILY);
    await scanKept(new PageScanner(), '17:p3', FAMILY);
    await forgetTab(7);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(['pagectx:17:p3']);
  });
});
