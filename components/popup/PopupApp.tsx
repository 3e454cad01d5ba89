import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PageClaim, Res, TabMessages } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import { siteOf, siteState } from '@/lib/settings-storage';
import { CorrectionForm } from '../correction-form/CorrectionForm';
import { CorrectionStatusList } from '../correction-form/CorrectionStatusList';
import { useOutbox } from '../shared/use-outbox';
import type { PopupApi } from './api';
import { ClaimList } from './ClaimList';
import { FactbaseStatus } from './FactbaseStatus';
import { SiteControls } from './SiteControls';
import { VerdictCounts } from './VerdictCounts';

type PageData = Res<TabMessages, 'getPageClaims'>;
type PageState =
  | { status: 'loading' }
  /** chrome://, the Web Store, a PDF, or a page whose content script does not answer. */
  | { status: 'unavailable'; detail: string }
  | { status: 'ready'; data: PageData };

const REFRESH_MS = 1_500;

type View = { kind: 'list' } | { kind: 'form'; claimId: string } | { kind: 'submitted'; entryId: string };

export interface PopupAppProps {
  api: PopupApi;
  /** `?claim=<id>`: open straight into the correction form for that claim. */
  initialClaimId?: string | null;
}

export function PopupApp({ api, initialClaimId }: PopupAppProps) {
  const [tabId, setTabId] = useState<number | undefined>();
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [view, setView] = useState<View>(
    initialClaimId ? { kind: 'form', claimId: initialClaimId } : { kind: 'list' },
  );
  const [notice, setNotice] = useState<string | null>(null);
  const viewHeading = useRef<HTMLHeadingElement>(null);
  /** One idempotency id per claim's form: a re-submit after a lost answer reuses it. */
  const formIds = useRef<Record<string, string>>({});
  const lastAnswer = useRef('');
  const pendingWrites = useRef(0);

  const loadPage = useCallback(async () => {
    const id = await api.targetTabId();
    setTabId(id);
    if (id === undefined) {
      setPage({ status: 'unavailable', detail: 'No tab to check.' });
      return;
    }
    try {
      const data = await api.getPageClaims(id);
      // Skip identical answers so a refresh does not re-render the list.
      const key = JSON.stringify(data);
      if (key !== lastAnswer.current) {
        lastAnswer.current = key;
        setPage({ status: 'ready', data });
      }
    } catch (e) {
      lastAnswer.current = '';
      setPage({ status: 'unavailable', detail: e instanceof Error ? e.message : String(e) });
    }
  }, [api]);

  useEffect(() => {
    void loadPage();
    void api.getSettings().then(setSettings);
    api.refreshCorrections();
    // The content script re-checks the page when settings change; read its answer again.
    const unwatch = api.watchSettings((s) => {
      if (pendingWrites.current === 0) setSettings(s);
      void loadPage();
    });
    // The page keeps changing under the popup (a re-scan after unpausing, an
    // infinite scroll): ask again while the popup is open.
    const timer = setInterval(() => void loadPage(), REFRESH_MS);
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, [api, loadPage]);

  const pageUrl = page.status === 'ready' ? page.data.url : undefined;
  const mine = useOutbox(api.db, pageUrl);
  const pendingQuotes = useMemo(
    () =>
      new Set(
        mine
          .filter((e) => e.status !== 'rejected' && e.status !== 'accepted')
          .map((e) => e.correction.claim.quote),
      ),
    [mine],
  );

  useEffect(() => {
    viewHeading.current?.focus();
  }, [view.kind]);

  const changeSettings = (patch: Partial<Settings>) => {
    // Optimistic: the checkbox follows the click at once. While our own writes
    // are in flight, storage echoes of older writes are ignored (see watch below).
    const before = settings;
    setSettings((s) => (s ? { ...s, ...patch } : s));
    pendingWrites.current++;
    api
      .updateSettings(patch)
      .then(
        (saved) => {
          if (pendingWrites.current === 1) setSettings(saved);
        },
        (e: unknown) => {
          setSettings(before);
          setNotice(`Could not save the setting: ${String(e)}`);
        },
      )
      .finally(() => pendingWrites.current--);
  };

  const show = (claimId: string) => {
    if (tabId === undefined) return;
    api.scrollToClaim(tabId, claimId).then(
      (r) => setNotice(r.found ? null : 'That claim is no longer marked on the page.'),
      (e: unknown) => setNotice(`Could not reach the page: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  // What the page shows right now: settings win immediately, before the content script answers again.
  let effective: 'active' | 'paused' | 'site-off' | undefined;
  if (page.status === 'ready') {
    const s = settings ? siteState(settings, page.data.url) : { enabled: true };
    effective = s.enabled ? page.data.state : s.reason;
  }

  let body: React.ReactNode;
  if (view.kind === 'form') {
    const pc =
      page.status === 'ready' ? page.data.claims.find((c) => c.claim.id === view.claimId) : undefined;
    body =
      page.status === 'loading' ? (
        <p>Loading the claim…</p>
      ) : !pc || !pageUrl ? (
        <div>
          <h2 ref={viewHeading} tabIndex={-1}>
            Claim not found
          </h2>
          <p role="alert">That claim is no longer on the page. Reload the page and try again.</p>
          <button type="button" onClick={() => setView({ kind: 'list' })}>
            Back to the claims
          </button>
        </div>
      ) : (
        <>
          <h2 ref={viewHeading} tabIndex={-1} className="cc-visually-hidden">
            Correction for “{pc.claim.quote}”
          </h2>
          <CorrectionForm
            pageClaim={pc}
            pageUrl={pageUrl}
            onCancel={() => setView({ kind: 'list' })}
            onSubmit={async (correction) => {
              const entry = await api.submitCorrection(correction, formId(view.claimId));
              // The next correction of this claim is a new one.
              delete formIds.current[view.claimId];
              setView({ kind: 'submitted', entryId: entry.id });
            }}
          />
        </>
      );
  } else if (view.kind === 'submitted') {
    const entry = mine.filter((e) => e.id === view.entryId);
    body = (
      <div>
        <h2 ref={viewHeading} tabIndex={-1}>
          Thank you
        </h2>
        <p>Your correction is saved in this browser and will be sent even if you close this window.</p>
        <CorrectionStatusList entries={entry} title="Status" />
        {initialClaimId ? (
          // Opened in its own tab from a card: let the reader go back to the article.
          <button type="button" onClick={() => window.close()}>
            Close this tab
          </button>
        ) : null}
        <button type="button" onClick={() => setView({ kind: 'list' })}>
          Back to the claims
        </button>
      </div>
    );
  } else {
    body = (
      <ListBody
        page={page}
        effective={effective}
        onShow={show}
        onCorrect={(id) => setView({ kind: 'form', claimId: id })}
        pendingQuotes={pendingQuotes}
        headingRef={viewHeading}
      />
    );
  }

  return (
    <main className="cc-popup">
      <h1>Claimcheck</h1>
      {settings ? <SiteControls settings={settings} pageUrl={pageUrl} onChange={changeSettings} /> : null}
      {notice ? (
        <p role="status" className="cc-notice">
          {notice}
        </p>
      ) : null}
      {body}
      {view.kind === 'list' ? <CorrectionStatusList entries={mine} /> : null}
      <FactbaseStatus load={api.getFactbaseInfo} syncNow={api.syncNow} />
    </main>
  );

  function formId(claimId: string): string {
    formIds.current[claimId] ??= api.newId();
    return formIds.current[claimId];
  }
}

function ListBody({
  page,
  effective,
  onShow,
  onCorrect,
  pendingQuotes,
  headingRef,
}: {
  page: PageState;
  effective: 'active' | 'paused' | 'site-off' | undefined;
  onShow: (id: string) => void;
  onCorrect: (id: string) => void;
  pendingQuotes: Set<string>;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  if (page.status === 'loading') return <p>Reading the page…</p>;
  if (page.status === 'unavailable') {
    return (
      <div className="cc-state" data-popup-state="unavailable">
        <h2 ref={headingRef} tabIndex={-1}>
          Claimcheck can’t read this page
        </h2>
        <p>
          Browser pages (like settings or the extension store) and pages that have not finished loading can’t
          be checked. Reload the page if it is a normal web page.
        </p>
      </div>
    );
  }
  const site = siteOf(page.data.url);
  if (effective === 'paused') {
    return (
      <div className="cc-state" data-popup-state="paused">
        <h2 ref={headingRef} tabIndex={-1}>
          Claimcheck is paused
        </h2>
        <p>Untick “Pause Claimcheck everywhere” to check this page.</p>
      </div>
    );
  }
  if (effective === 'site-off') {
    return (
      <div className="cc-state" data-popup-state="site-off">
        <h2 ref={headingRef} tabIndex={-1}>
          Claimcheck is off for {site ?? 'this site'}
        </h2>
        <p>Tick “Check claims on {site ?? 'this site'}” to check this page.</p>
      </div>
    );
  }
  if (!page.data.claims.length) {
    return (
      <div className="cc-state" data-popup-state="no-claims">
        <h2 ref={headingRef} tabIndex={-1}>
          No claims found
        </h2>
        <p>Claimcheck found no claims about AI models on this page.</p>
      </div>
    );
  }
  return (
    <div data-popup-state="claims">
      <VerdictCounts claims={page.data.claims as PageClaim[]} />
      <ClaimList
        claims={page.data.claims}
        onShow={onShow}
        onCorrect={onCorrect}
        correctedQuotes={pendingQuotes}
      />
    </div>
  );
}
