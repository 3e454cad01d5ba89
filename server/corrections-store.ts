import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Correction } from '../lib/corrections/schema';

export const CORRECTION_STATUSES = ['received', 'accepted', 'rejected'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

export interface StoredCorrection {
  id: string;
  idempotencyKey: string;
  client: string;
  correction: Correction;
  bodyHash: string;
  status: CorrectionStatus;
  reason?: string;
  createdAt: string;
  decidedAt?: string;
}

interface Row {
  id: string;
  idem_key: string;
  client: string;
  body: string;
  body_hash: string;
  status: CorrectionStatus;
  reason: string | null;
  created_at: string;
  decided_at: string | null;
}

export type InsertResult =
  | { kind: 'created'; row: StoredCorrection }
  | { kind: 'repeat'; row: StoredCorrection }
  | { kind: 'conflict'; row: StoredCorrection };

const fromRow = (r: Row): StoredCorrection => ({
  id: r.id,
  idempotencyKey: r.idem_key,
  client: r.client,
  correction: JSON.parse(r.body) as Correction,
  bodyHash: r.body_hash,
  status: r.status,
  reason: r.reason ?? undefined,
  createdAt: r.created_at,
  decidedAt: r.decided_at ?? undefined,
});

/** Canonical hash of a correction, so a repeated Idempotency-Key can be told apart from a reused one. */
export function hashCorrection(c: Correction): string {
  return createHash('sha256').update(JSON.stringify(c)).digest('hex');
}

/**
 * Corrections in SQLite (WAL). Every statement is prepared once and bound with
 * parameters: nothing a reader sends is ever spliced into SQL.
 */
export class CorrectionsStore {
  readonly db: Database.Database;
  private stmts;

  constructor(path = ':memory:') {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS corrections (
      id TEXT PRIMARY KEY,
      idem_key TEXT NOT NULL UNIQUE,
      client TEXT NOT NULL,
      body TEXT NOT NULL,
      body_hash TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('received','accepted','rejected')),
      reason TEXT,
      created_at TEXT NOT NULL,
      decided_at TEXT
    );
    CREATE INDEX IF NOT EXISTS corrections_status ON corrections(status, created_at);`);
    this.stmts = {
      byId: this.db.prepare<[string], Row>('SELECT * FROM corrections WHERE id = ?'),
      byKey: this.db.prepare<[string], Row>('SELECT * FROM corrections WHERE idem_key = ?'),
      insert: this.db.prepare(
        `INSERT INTO corrections (id, idem_key, client, body, body_hash, status, created_at)
         VALUES (@id, @idemKey, @client, @body, @bodyHash, 'received', @createdAt)`,
      ),
      list: this.db.prepare<[string, string], Row>(
        `SELECT * FROM corrections WHERE (? = '' OR status = ?) ORDER BY created_at, id`,
      ),
      decide: this.db.prepare(
        `UPDATE corrections SET status = @status, reason = @reason, decided_at = @decidedAt WHERE id = @id`,
      ),
    };
  }

  /** Inserts once per Idempotency-Key; a repeat returns the first row. */
  insert(idemKey: string, client: string, correction: Correction): InsertResult {
    const bodyHash = hashCorrection(correction);
    const tx = this.db.transaction((): InsertResult => {
      const existing = this.stmts.byKey.get(idemKey);
      if (existing) {
        const row = fromRow(existing);
        return { kind: existing.body_hash === bodyHash ? 'repeat' : 'conflict', row };
      }
      const id = `cor_${randomUUID().replace(/-/g, '')}`;
      const createdAt = new Date().toISOString();
      this.stmts.insert.run({ id, idemKey, client, body: JSON.stringify(correction), bodyHash, createdAt });
      return { kind: 'created', row: fromRow(this.stmts.byId.get(id)!) };
    });
    return tx.immediate();
  }

  get(id: string): StoredCorrection | undefined {
    const r = this.stmts.byId.get(id);
    return r ? fromRow(r) : undefined;
  }

  list(status?: CorrectionStatus): StoredCorrection[] {
    return this.stmts.list.all(status ?? '', status ?? '').map(fromRow);
  }

  decide(id: string, status: 'accepted' | 'rejected', reason?: string): StoredCorrection | undefined {
    this.stmts.decide.run({ id, status, reason: reason ?? null, decidedAt: new Date().toISOString() });
    return this.get(id);
  }

  close(): void {
    this.db.close();
  }
}
