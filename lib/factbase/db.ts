import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Fact, Model, Source } from './schema';
import type { ModelDictionary } from '../claims/types';
import type { OutboxEntry } from '../corrections/schema';
import { migrateFactRows } from './migrate-fact-rows';

/** Key/value rows: `factbase` (version, created, hash, counts), `dictionary`, `sync` status. */
/**
 * Facts are stored grouped by model (see fact-groups.ts for why): part 0 holds the model's facts as
 * the last full load wrote them; part 1, when present, the changes deltas made since (facts added
 * or replaced, and ids removed from part 0), so a delta rewrites small rows only.
 */
export interface FactGroup {
  modelId: string;
  part: 0 | 1;
  facts: Fact[];
  /** part 1 only: ids of part-0 facts that were deleted or moved to another model. */
  removed?: string[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The extension's one IndexedDB database. It lives in the background's origin
 * (chrome-extension://...); the content script never opens it and asks the
 * background through lib/messages.ts instead.
 */
export class ClaimcheckDB extends Dexie {
  models!: EntityTable<Model, 'id'>;
  factGroups!: Table<FactGroup, [string, number]>;
  sources!: EntityTable<Source, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  dictionary!: EntityTable<{ key: string; value: ModelDictionary }, 'key'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;

  constructor(name = 'claimcheck') {
    super(name);
    this.version(1).stores({
      models: 'id, family, parent',
      facts: 'id, modelId, [modelId+metric], metric, sourceId',
      sources: 'id',
      meta: 'key',
      dictionary: 'key',
      outbox: 'id, status, nextAttemptAt, createdAt',
    });
    // v2: drops indexes nobody queries (facts by metric or sourceId alone, models by family).
    // Each index is written for every row of the install-time load; rows and the
    // queried indexes (facts modelId and [modelId+metric], models parent) are kept as they are.
    this.version(2).stores({
      models: 'id, parent',
      facts: 'id, modelId, [modelId+metric]',
    });
    // v3: facts grouped one row per model (a 200k-fact apply went from 27–49 s to under a second;
    // IndexedDB's cost is per row). The old rows are converted inside this upgrade (Dexie keeps a
    // table deleted by a version readable in that version's upgrade), so a synced base keeps its
    // facts and meta; rows that fail the check fall back to a bundled reload (migrate-fact-rows.ts).
    this.version(3)
      .stores({ facts: null, factGroups: '[modelId+part]' })
      .upgrade((tx) => migrateFactRows(tx));
  }
}
