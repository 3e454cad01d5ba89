import { useEffect, useState } from 'react';
import type { FactbaseInfo } from '@/lib/messages';
import { formatTime } from '../shared/format';

export interface FactbaseStatusProps {
  load: () => Promise<FactbaseInfo>;
  syncNow: () => Promise<unknown>;
}

/** Fact-base version, last sync and its result, and "Sync now" (errors shown, never swallowed). */
export function FactbaseStatus({ load, syncNow }: FactbaseStatusProps) {
  const [info, setInfo] = useState<FactbaseInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);

  useEffect(() => {
    let live = true;
    load().then(
      (i) => live && setInfo(i),
      (e: unknown) =>
        live && setError(`Could not read the fact base: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      live = false;
    };
  }, [load]);

  async function sync() {
    setSyncing(true);
    setError(null);
    try {
      await syncNow();
      setInfo(await load());
    } catch (e) {
      setError(`Sync failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSyncing(false);
    }
  }

  const s = info?.sync;
  const failed = s?.error;
  return (
    <section aria-labelledby="cc-fb-title" className="cc-factbase">
      <h2 id="cc-fb-title">Fact base</h2>
      {info ? (
        <dl>
          <dt>Version</dt>
          <dd data-testid="factbase-version">{info.version ?? 'none loaded'}</dd>
          <dt>Facts</dt>
          <dd>
            {info.counts.facts} facts on {info.counts.models} models from {info.counts.sources} sources
          </dd>
          <dt>Last sync</dt>
          <dd data-testid="factbase-last-sync">
            {formatTime(s?.lastAttempt)}
            {s?.result ? ` — ${s.result}` : ''}
          </dd>
          {s?.lastSuccess && s.lastSuccess !== s.lastAttempt ? (
            <>
              <dt>Last successful sync</dt>
              <dd>{formatTime(s.lastSuccess)}</dd>
            </>
          ) : null}
        </dl>
      ) : !error ? (
        <p>Loading…</p>
      ) : null}
      {failed ? <p className="cc-error">Last sync failed: {failed}</p> : null}
      {error ? (
        <p role="alert" className="cc-error">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={sync} disabled={syncing}>
        {syncing ? 'Syncing…' : 'Sync now'}
      </button>
    </section>
  );
}
