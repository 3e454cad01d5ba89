import { browser } from 'wxt/browser';
import { ClaimcheckDB } from '@/lib/factbase/db';
import type { Claim, ModelDictionary } from '@/lib/claims/types';
import type { VerdictResult } from '@/lib/verdicts/types';
import type { BackgroundMessages, FactbaseInfo, Handlers, SyncStatus } from '@/lib/messages';
import type { Fact, Source } from '@/lib/factbase/schema';
import { createDexieStore } from '@/lib/factbase/dexie-store';
import type { FactStore } from '@/lib/factbase/store';
import { judgeClaims } from '@/lib/verdicts';
import { getSettings, siteState } from '@/lib/settings-storage';
import { getSyncStatus } from '@/lib/sync/status';
import { loadBundledSnapshot, type BundledLoadResult, type FetchLike } from './bundled-snapshot';
import { DICTIONARY_KEY, readFactbaseMeta } from '@/lib/factbase/load-snapshot-into-db';
import { countFacts, factsOfModels } from '@/lib/factbase/fact-groups';

/**
 * The background's fact base: one Dexie connection per worker start, the
 * bundled snapshot loaded on first run (no network needed), and the handlers
 * the content script and popup call. Module state is rebuilt every time the
 * MV3 worker wakes, because index.ts calls initFactbase() inside defineBackground.
 */

export interface FactbaseInitOptions {
  dbName?: string;
  fetch?: FetchLike;
  urlOf?: (path: string) => string;
}

interface State {
  db: ClaimcheckDB;
  opts: FactbaseInitOptions;
  /** Resolves once the database is open and the bundled base is loaded (or known current). */
  ready: Promise<void>;
  /** A reload after a failed first load, shared by concurrent callers. */
  retry?: Promise<void>;
  lastLoad?: BundledLoadResult;
  lastError?: string;
}

let state: State | null = null;
/** Warm copy of the engine dictionary; keyed by the base version it came from. */
let dictCache: { baseVersion: string; dictionary: ModelDictionary } | null = null;
let storeCache: { baseVersion: string; store: FactStore } | null = null;
const defaultFetch: FetchLike = (url) => fetch(url);
// `getURL`'s typed path list only knows files WXT saw at type-generation time.
const defaultUrlOf = (path: string) => browser.runtime.getURL(path as never);

async function openAndLoad(s: State): Promise<void> {
  try {
    await s.db.open();
    s.lastLoad = await loadBundledSnapshot(s.db, s.opts.fetch ?? defaultFetch, s.opts.urlOf ?? defaultUrlOf);
    s.lastError = undefined;
  } catch (e) {
    // A broken package must not take the worker down: handlers answer from
    // whatever base the database already holds, and the next call retries.
    s.lastError = e instanceof Error ? e.message : String(e);
    console.error('[claimcheck] bundled fact base not loaded:', s.lastError);
  }
  await warmDictionary(s.db).catch(() => undefined);
}

/**
 * Opens the database and makes sure a base is loaded. Safe to call many times
 * and concurrently: every caller shares one in-flight load.
 */
export function initFactbase(opts: FactbaseInitOptions = {}): Promise<void> {
  if (state) return state.ready;
  const s: State = { db: new ClaimcheckDB(opts.dbName), opts, ready: Promise.resolve() };
  s.ready = openAndLoad(s);
  state = s;
  return s.ready;
}

/** The shared connection, for the other background modules (sync, corrections). */
export async function factbaseDb(): Promise<ClaimcheckDB> {
  await initFactbase();
  return state!.db;
}

export async function readyDb(): Promise<ClaimcheckDB> {
  const s = state ?? (await initFactbase(), state!);
  await s.ready;
  if (s.lastError && !(await readFactbaseMeta(s.db))) {
    // Nothing loaded yet: try the bundled snapshot again; concurrent callers share one retry.
    s.retry ??= openAndLoad(s).finally(() => {
      s.retry = undefined;
    });
    await s.retry;
  }
  return s.db;
}

/** Drops the warm caches; sync calls this after it installs a newer base. */
export function invalidateFactbaseCache(): void {
  dictCache = null;
  storeCache = null;
}

/** For tests: forget the connection so the next call starts like a fresh worker. */
export function resetFactbaseForTests(): void {
  state?.db.close();
  state = null;
  invalidateFactbaseCache();
}

async function readDictionary(db: ClaimcheckDB): Promise<ModelDictionary | undefined> {
  return (
    (await db.dictionary.get(DICTIONARY_KEY))?.value ?? (await db.dictionary.toCollection().first())?.value
  );
}

export async function warmDictionary(
  db: ClaimcheckDB,
): Promise<{ baseVersion: string; dictionary: ModelDictionary } | null> {
  const meta = await readFactbaseMeta(db);
  if (!meta) return null;
  if (dictCache?.baseVersion === meta.version) return dictCache;
  const dictionary = await readDictionary(db);
  dictCache = dictionary ? { baseVersion: meta.version, dictionary } : null;
  return dictCache;
}

/**
 * Verdicts for claims found on a page, as the page receives them. A fact's
 * `extra` (the source row it was read from) is for the fact base's own tools;
 * no card shows it, and it was most of each answer's bytes that the page's
 * main thread must decode (≈118 KB → far less per 50 claims).
 */
export async function judgeForPage(claims: Claim[], pageDate?: string): Promise<VerdictResult[]> {
  if (claims.length === 0) return [];
  const db = await readyDb();
  const results = await judgeClaims(claims, await storeFor(db), { pageDate });
  for (const r of results)
    for (const f of r.facts) if (f.fact.extra) f.fact = { ...f.fact, extra: undefined };
  return results;
}

async function storeFor(db: ClaimcheckDB): Promise<FactStore> {
  const version = (await readFactbaseMeta(db))?.version ?? '';
  if (storeCache?.baseVersion !== version) storeCache = { baseVersion: version, store: createDexieStore(db) };
  return storeCache.store;
}

/** Sync status (lib/sync/status.ts); an empty status if it cannot be read. */
async function readSyncStatus(db: ClaimcheckDB): Promise<SyncStatus> {
  return getSyncStatus(db).catch(() => ({}));
}

export const factbaseHandlers: Pick<
  Handlers<BackgroundMessages>,
  'checkClaims' | 'getSiteState' | 'getFactbaseInfo' | 'getFactsForModel'
> = {
  async checkClaims({ claims, pageDate }) {
    return { results: await judgeForPage(claims, pageDate) };
  },

  async getSiteState({ url }) {
    const settings = await getSettings();
    return { ...siteState(settings, url), hiddenVerdicts: settings.hiddenVerdicts };
  },

  async getFactbaseInfo(): Promise<FactbaseInfo> {
    const db = await readyDb();
    const meta = await readFactbaseMeta(db);
    const counts = meta?.counts ?? {
      models: await db.models.count(),
      facts: await countFacts(db),
      sources: await db.sources.count(),
    };
    return {
      version: meta?.version ?? null,
      created: meta?.created ?? null,
      counts,
      sync: await readSyncStatus(db),
    };
  },

  /** What the base knows about a model and its variants (children), with the sources cited. */
  async getFactsForModel({ modelId }) {
    const db = await readyDb();
    const model = (await db.models.get(modelId)) ?? null;
    if (!model) return { model: null, facts: [], sources: [] };
    const childIds = (await db.models.where('parent').equals(modelId).primaryKeys()) as string[];
    const facts: Fact[] = await factsOfModels(db, [modelId, ...childIds]);
    const sourceIds = [...new Set(facts.map((f) => f.sourceId))];
    const sources = (await db.sources.bulkGet(sourceIds)).filter((x): x is Source => !!x);
    return { model, facts, sources };
  },
};
