import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { ClaimcheckDB } from '../../lib/factbase/db';
import { loadSnapshotIntoDb } from '../../lib/factbase/load-snapshot-into-db';
import { syntheticSnapshot } from './factbase';
import { loadSnapshot } from '../lib/load-snapshot';
const snap = loadSnapshot();
for (const k of [1, 2, 4, 8]) {
  const big = syntheticSnapshot(snap, k);
  const db = new ClaimcheckDB('s' + k);
  const t = performance.now();
  await loadSnapshotIntoDb(db, big, { validate: false, sha256: '0'.repeat(64) });
  console.log(k, big.facts.length, (performance.now() - t).toFixed(0), 'ms', Math.round(process.memoryUsage().heapUsed / 1e6), 'MB');
  await db.delete();
}
