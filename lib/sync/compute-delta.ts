import type { Snapshot } from '../factbase/schema';
import { canonicalJson } from './canonical-json';
import type { FeedDelta } from './feed-schema';

function diff<T extends { id: string }>(before: T[], after: T[]): { put: T[]; delete: string[] } {
  const old = new Map(before.map((r) => [r.id, canonicalJson(r)]));
  const put = after.filter((r) => old.get(r.id) !== canonicalJson(r));
  const keep = new Set(after.map((r) => r.id));
  return { put, delete: before.filter((r) => !keep.has(r.id)).map((r) => r.id) };
}

/** The rows that differ between two snapshots (used by the publisher). */
export function computeDelta(from: Snapshot, to: Snapshot): FeedDelta {
  const dictChanged = canonicalJson(from.dictionary) !== canonicalJson(to.dictionary);
  return {
    from: from.version,
    to: to.version,
    created: to.created,
    models: diff(from.models, to.models),
    facts: diff(from.facts, to.facts),
    sources: diff(from.sources, to.sources),
    ...(dictChanged ? { dictionary: to.dictionary } : {}),
  };
}
