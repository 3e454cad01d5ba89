import type { PageClaim } from '@/lib/messages';
import { VERDICTS, VERDICT_LABELS } from '../shared/verdict-labels';

/** Counts of the page's claims by verdict, in severity order. */
export function VerdictCounts({ claims }: { claims: PageClaim[] }) {
  const counts = new Map<string, number>();
  for (const c of claims) {
    const v = c.result?.verdict ?? 'unchecked';
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const rows = [...VERDICTS, 'unchecked' as const].filter((v) => counts.get(v));
  return (
    <section aria-labelledby="cc-counts-title" className="cc-counts">
      <h2 id="cc-counts-title">
        {claims.length} claim{claims.length === 1 ? '' : 's'} on this page
      </h2>
      <ul>
        {rows.map((v) => (
          <li key={v} data-verdict-count={v} className={`cc-verdict cc-verdict-${v}`}>
            <span className="cc-count">{counts.get(v)}</span>{' '}
            {v === 'unchecked' ? 'Not checked' : VERDICT_LABELS[v]}
          </li>
        ))}
      </ul>
    </section>
  );
}
