import { createHash } from 'node:crypto';
import type { Snapshot, SnapshotManifest } from '@/lib/factbase/schema';
import type { FetchLike } from '@/entrypoints/background/bundled-snapshot';

/** A tiny but valid snapshot: Llama 4 Maverick with its experimental child, one source. */
export function makeSnapshot(version: string, created: string): Snapshot {
  const source = {
    id: 'meta-llama4-card',
    title: 'Llama 4 model card',
    publisher: 'Meta',
    repository: 'meta-llama/llama-models',
    path: 'models/llama4/MODEL_CARD.md',
    date: '2025-04-05',
    licence: 'Llama 4 Community License',
  };
  const lmsys = {
    id: 'lmsys-2025-04-06',
    title: 'LMArena leaderboard 2025-04-06',
    publisher: 'fboulnois/llm-leaderboard-csv',
    path: 'lmsys.2025-04-06.csv',
    date: '2025-04-06',
    licence: 'MPL-2.0',
  };
  return {
    version,
    created,
    models: [
      {
        id: 'llama-4-maverick',
        name: 'Llama 4 Maverick',
        family: 'llama-4',
        status: 'released',
        aliases: [{ text: 'Maverick', scope: 'family' }],
      },
      {
        id: 'llama-4-maverick-03-26-experimental',
        name: 'Llama 4 Maverick 03-26 Experimental',
        family: 'llama-4',
        parent: 'llama-4-maverick',
        variantLabel: '03-26-Experimental',
        status: 'experimental',
        aliases: [],
      },
      { id: 'gpt-4o', name: 'GPT-4o', status: 'released', aliases: [] },
    ],
    facts: [
      {
        id: 'f-total',
        modelId: 'llama-4-maverick',
        metric: 'total_params',
        value: 400e9,
        unit: 'params',
        asOf: '2025-04-05',
        provenance: 'vendor',
        sourceId: source.id,
      },
      {
        id: 'f-active',
        modelId: 'llama-4-maverick',
        metric: 'active_params',
        value: 17e9,
        unit: 'params',
        asOf: '2025-04-05',
        provenance: 'vendor',
        sourceId: source.id,
      },
      {
        id: 'f-elo-exp',
        modelId: 'llama-4-maverick-03-26-experimental',
        metric: 'arena_elo',
        benchmark: 'LMArena',
        value: 1417,
        unit: 'elo',
        asOf: '2025-04-06',
        provenance: 'independent',
        sourceId: lmsys.id,
      },
    ],
    sources: [source, lmsys],
    dictionary: {
      version: `dict-${version}`,
      models: [
        {
          id: 'llama-4-maverick',
          name: 'Llama 4 Maverick',
          family: 'llama-4',
          aliases: [{ text: 'Llama 4 Maverick', scope: 'global' }],
        },
      ],
      families: [{ id: 'llama-4', name: 'Llama 4', aliases: ['Llama 4'] }],
      benchmarks: [{ name: 'LMArena', aliases: ['LMArena', 'Chatbot Arena'] }],
    },
  };
}

export interface FakePackage {
  fetch: FetchLike;
  urlOf: (path: string) => string;
  /** Every URL fetched, to prove only the extension package was read. */
  fetched: string[];
  manifest: SnapshotManifest;
}

export const PACKAGE_ORIGIN = 'chrome-extension://test-extension-id';

/** Serves `snapshot` the way the built extension does, at /factbase/{manifest,snapshot}.json. */
export function fakePackage(snapshot: Snapshot, opts: { corruptHash?: boolean } = {}): FakePackage {
  const body = Buffer.from(JSON.stringify(snapshot));
  const sha256 = createHash('sha256').update(body).digest('hex');
  const manifest: SnapshotManifest = {
    version: snapshot.version,
    created: snapshot.created,
    file: 'snapshot.json',
    sha256: opts.corruptHash ? '0'.repeat(64) : sha256,
    size: body.length,
    counts: {
      models: snapshot.models.length,
      facts: snapshot.facts.length,
      sources: snapshot.sources.length,
    },
  };
  const files: Record<string, Buffer> = {
    '/factbase/manifest.json': Buffer.from(JSON.stringify(manifest)),
    '/factbase/snapshot.json': body,
  };
  const fetched: string[] = [];
  return {
    fetched,
    manifest,
    urlOf: (p) => PACKAGE_ORIGIN + p,
    fetch: async (url) => {
      fetched.push(url);
      const file = url.startsWith(PACKAGE_ORIGIN) ? files[url.slice(PACKAGE_ORIGIN.length)] : undefined;
      return {
        ok: !!file,
        status: file ? 200 : 404,
        arrayBuffer: async () => {
          const b = file ?? Buffer.alloc(0);
          return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
        },
      };
    },
  };
}
