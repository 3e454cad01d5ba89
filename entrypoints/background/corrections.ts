import { browser } from 'wxt/browser';
import type { Handlers, BackgroundMessages } from '@/lib/messages';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { getSettings } from '@/lib/settings-storage';
import { getTuning } from '@/lib/corrections/config';
import { enqueue, listEntries, releaseOrphans } from '@/lib/corrections/outbox';
import { createProcessor } from '@/lib/corrections/process';
import { phaseOf } from '@/lib/corrections/lifecycle';

/**
 * Background glue for the corrections outbox. Every correction is written to
 * Dexie before any network; a browser alarm (which survives a stopped worker
 * and a browser restart) wakes the worker for the next retry or status poll,
 * and every worker start drains whatever is due.
 */
export const CORRECTIONS_ALARM = 'claimcheck-corrections';
export const CORRECTIONS_WATCHDOG = 'claimcheck-corrections-watchdog';
/** While the worker is alive, a timer beats the alarm's coarse granularity. */
const TIMER_HORIZON_MS = 5 * 60_000;

let db: ClaimcheckDB | undefined;
const getDb = () => (db ??= new ClaimcheckDB());
let timer: ReturnType<typeof setTimeout> | undefined;
const POLL_ON_VIEW_MS = 15_000;
let lastViewPoll = 0;

/**
 * A one-shot alarm for the next due entry, plus a periodic watchdog while
 * anything is pending. The watchdog closes the gap where the one-shot alarm
 * has fired but the worker is stopped before it could arm the next one.
 */
async function schedule(at: number | null): Promise<void> {
  clearTimeout(timer);
  if (at === null) {
    await Promise.all([browser.alarms.clear(CORRECTIONS_ALARM), browser.alarms.clear(CORRECTIONS_WATCHDOG)]);
    return;
  }
  const delay = Math.max(0, at - Date.now());
  await browser.alarms.create(CORRECTIONS_ALARM, { when: Date.now() + delay });
  if (!(await browser.alarms.get(CORRECTIONS_WATCHDOG))) {
    const { watchdogMinutes } = await getTuning();
    await browser.alarms.create(CORRECTIONS_WATCHDOG, { periodInMinutes: watchdogMinutes });
  }
  if (delay < TIMER_HORIZON_MS) timer = setTimeout(() => void processOutbox(), delay);
}

const processOutbox = createProcessor({
  db: getDb,
  endpoint: async () => (await getSettings()).correctionsUrl,
  tuning: getTuning,
  schedule,
});

function newId(): string {
  return crypto.randomUUID();
}

export const correctionHandlers: Partial<Handlers<BackgroundMessages>> = {
  async submitCorrection({ correction, id }) {
    const entry = await enqueue(getDb(), correction, id ?? newId(), Date.now());
    // Safety net first: should the worker stop before the send starts, this alarm wakes it.
    await schedule(Date.now() + 1_000);
    // Stored first; the send happens after we answer, so closing the popup cannot lose it.
    void processOutbox();
    return { entry };
  },
  async listCorrections({ pageUrl }) {
    const entries = await listEntries(getDb(), pageUrl);
    // Someone is looking: refresh review statuses now rather than at the next poll.
    // (At most every POLL_ON_VIEW_MS: each card opening asks this.) Entries whose polling window
    // is over ("stopped checking") are not asked again (lifecycle.ts).
    const awaiting = entries.some((e) => phaseOf(e) === 'awaiting-review');
    if (awaiting && Date.now() - lastViewPoll > POLL_ON_VIEW_MS) {
      lastViewPoll = Date.now();
      void processOutbox({ pollAll: true });
    }
    return { entries };
  },
  async openCorrectionForm({ claimId }, sender) {
    if (sender.tabId === undefined) return { ok: false };
    const url = `${browser.runtime.getURL('/popup.html')}?tabId=${sender.tabId}&claim=${encodeURIComponent(claimId)}`;
    await browser.tabs.create({ url });
    return { ok: true };
  },
};

let listening = false;

/** Runs on every worker start: re-arm the alarm listener and resume the outbox. */
export async function initCorrections(): Promise<void> {
  if (!listening) {
    listening = true;
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === CORRECTIONS_ALARM || alarm.name === CORRECTIONS_WATCHDOG) void processOutbox();
    });
  }
  // A fresh worker has nothing in flight, so any `sending` entry was cut off mid-send.
  await releaseOrphans(getDb(), Date.now());
  await processOutbox();
}
