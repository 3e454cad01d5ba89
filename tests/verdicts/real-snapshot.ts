/** The real fact base (built from data/ by scripts/lib/load-snapshot.ts), loaded once per test file. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Snapshot } from '@/lib/factbase/schema';

const loader = resolve(__dirname, '../../scripts/lib/load-snapshot.ts');
export const realSnapshotAvailable =
  existsSync(loader) && existsSync(resolve(__dirname, '../../data/models.json'));

let snapshot: Snapshot | undefined;
export async function realSnapshot(): Promise<Snapshot> {
  if (!snapshot) snapshot = (await import('../../scripts/lib/load-snapshot')).loadSnapshot();
  return snapshot!;
}
