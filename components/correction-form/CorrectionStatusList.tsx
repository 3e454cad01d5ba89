import type { OutboxEntry } from '@/lib/corrections/schema';
import { phaseOf } from '@/lib/corrections/lifecycle';
import { formatValue } from '../shared/format';

/** What each outbox status means to the reader. */
export function statusText(e: OutboxEntry): string {
  switch (e.status) {
    case 'queued':
      return e.attempts > 0
        ? `Queued — will retry (${e.attempts} attempt${e.attempts === 1 ? '' : 's'} so far)`
        : 'Queued';
    case 'sending':
      return 'Sending…';
    case 'sent':
      // Polling ends after a bounded time (lifecycle.ts); the server still holds the correction.
      return e.pollStoppedAt !== undefined
        ? 'Sent — no answer yet; stopped checking'
        : 'Sent — awaiting review';
    case 'accepted':
      return 'Accepted';
    case 'rejected':
      return `Rejected${e.reason ? `: ${e.reason}` : ''}`;
  }
}

/** The reader's corrections with their live status (newest first). */
export function CorrectionStatusList({
  entries,
  title = 'Your corrections',
}: {
  entries: OutboxEntry[];
  title?: string;
}) {
  if (!entries.length) return null;
  return (
    <section className="cc-corrections" aria-labelledby="cc-corrections-title">
      <h2 id="cc-corrections-title">{title}</h2>
      <ul aria-live="polite">
        {entries.map((e) => (
          <li
            key={e.id}
            data-correction-id={e.id}
            data-correction-status={e.status}
            data-correction-phase={phaseOf(e)}
          >
            <span className="cc-quote">“{e.correction.claim.quote}”</span>
            {e.correction.proposedValue !== undefined ? (
              <span> → {formatValue(e.correction.proposedValue, e.correction.proposedUnit)}</span>
            ) : null}
            <span className={`cc-status cc-status-${e.status}`}>{statusText(e)}</span>
            {e.status === 'queued' && e.lastError ? (
              <span className="cc-hint">Last try: {e.lastError}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
