import Dexie, { type EntityTable } from 'dexie';
import type { Fact, Model, Source } from './schema';
import type { ModelDictionary } from '../claims/types';
import type { OutboxEntry } from '../corrections/schema';

/** Key/value rows: `factbase` (version, created, hash, counts), `dictionary`, `sync` status. */
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
  facts!: EntityTable<Fact, 'id'>;
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
  }
}
