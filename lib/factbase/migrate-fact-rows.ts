import type { Transaction } from 'dexie';
import type { FactGroup } from './db';
import { FACT_LOCATOR_KEY, FACT_LOCATOR_PATCH_KEY, groupFacts, locatorOf } from './fact-groups';
import { FACTBASE_META_KEY } from './load-snapshot-into-db';
import { FactSchema, type Fact } from './schema';

/**
 * The v3 schema upgrade: facts move from one row per fact (v1/v2 table `facts`) to one row per
 * model (`factGroups`, see fact-groups.ts). The rows are CONVERTED inside the Dexie upgrade, so a
 * base that sync installed (newer than the bundled one) survives with its meta row (version,
 * created, hash, counts), and sync keeps taking deltas from that version.
 *
 * Why convert rather than only keep the old meta and let sync fetch a full base: between the
 * upgrade and that fetch the reader would have no facts (or the older bundled ones), and the
 * fetch needs the network, which may be away for days. Converting is local, inside the one
 * versionchange transaction (all or nothing), and costs about as much as one full load.
 *
 * The conversion is checked first (every row must pass today's FactSchema and the count must
 * match what the meta row recorded). If it does not, the facts are not trusted: the meta row is
 * dropped, as before this module existed, so the background reloads the bundled base on this
 * start and sync then brings it up to date. Either way the database opens and nothing else
 * (models, sources, dictionary, sync state, the corrections outbox) is touched.
 */

export type FactMigrationPlan =
  | { kind: 'convert'; groups: FactGroup[]; facts: number }
  | { kind: 'reload'; reason: string }
  /** No base was recorded: nothing to keep (the bundled load fills the empty tables). */
  | { kind: 'nothing' };

/** Pure: what to do with the old per-fact rows, given the old meta row's value. */
export function planFactMigration(rows: unknown[], meta: unknown): FactMigrationPlan {
  if (!meta || typeof meta !== 'object') return { kind: 'nothing' };
  const facts: Fact[] = [];
  for (const row of rows) {
    const parsed = FactSchema.safeParse(row);
    if (!parsed.success) {
      const id = (row as { id?: unknown } | null)?.id;
      return { kind: 'reload', reason: `fact ${String(id)} does not fit the current schema` };
    }
    facts.push(parsed.data);
  }
  const recorded = (meta as { counts?: { facts?: unknown } }).counts?.facts;
  if (typeof recorded === 'number' && recorded !== facts.length)
    return { kind: 'reload', reason: `meta records ${recorded} facts, the table holds ${facts.length}` };
  const groups: FactGroup[] = [...groupFacts(facts)].map(([modelId, list]) => ({
    modelId,
    part: 0,
    facts: list,
  }));
  return { kind: 'convert', groups, facts: facts.length };
}

/** Dexie glue, run by ClaimcheckDB's version(3).upgrade: the old `facts` table is still readable here. */
export async function migrateFactRows(tx: Transaction): Promise<FactMigrationPlan['kind']> {
  const metaKey = FACTBASE_META_KEY;
  const meta = tx.table('meta');
  const old = (await meta.get(metaKey)) as { value?: unknown } | undefined;
  const plan = planFactMigration(await tx.table('facts').toArray(), old?.value);
  if (plan.kind === 'convert') {
    await tx.table('factGroups').bulkPut(plan.groups);
    await meta.put({ key: FACT_LOCATOR_KEY, value: locatorOf(plan.groups) });
    await meta.delete(FACT_LOCATOR_PATCH_KEY);
  } else if (plan.kind === 'reload') {
    console.warn(`[claimcheck] old facts not converted (${plan.reason}); reloading the bundled base`);
    await meta.delete(metaKey);
  }
  return plan.kind;
}
