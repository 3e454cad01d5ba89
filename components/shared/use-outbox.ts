import { useLiveQuery } from 'dexie-react-hooks';
import type { ClaimcheckDB } from '@/lib/factbase/db';
import type { OutboxEntry } from '@/lib/corrections/schema';

/**
 * Live view of the outbox. Extension pages share the background's origin, so
 * they may READ its IndexedDB directly; Dexie's cross-context change events
 * re-run the query when the background updates an entry. Writes always go
 * through the background (submitCorrection).
 */
export function useOutbox(db: ClaimcheckDB | undefined, pageUrl?: string): OutboxEntry[] {
  return (
    useLiveQuery(async () => {
      if (!db) return [];
      const all = await db.outbox.orderBy('createdAt').reverse().toArray();
      return pageUrl ? all.filter((e) => e.correction.pageUrl === pageUrl) : all;
    }, [db, pageUrl]) ?? []
  );
}
