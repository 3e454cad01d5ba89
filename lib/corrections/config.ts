import { storage } from 'wxt/utils/storage';

/**
 * Timing of the corrections outbox. Defaults suit real use; the values live in
 * extension storage so an operator (or an end-to-end test) can shorten them
 * without a rebuild. The endpoint itself comes from the user's settings.
 */
export interface OutboxTuning {
  /** Abort a POST/GET that has not answered within this time. */
  timeoutMs: number;
  /** First retry delay; doubles per attempt up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** First status poll after a correction is sent; doubles up to pollMaxMs. */
  pollBaseMs: number;
  pollMaxMs: number;
  /** Period of the watchdog alarm that re-arms the outbox while work is pending. */
  watchdogMinutes: number;
}

export const DEFAULT_TUNING: OutboxTuning = {
  timeoutMs: 15_000,
  baseDelayMs: 5_000,
  maxDelayMs: 30 * 60_000,
  pollBaseMs: 60_000,
  pollMaxMs: 6 * 3_600_000,
  watchdogMinutes: 1,
};

export const tuningItem = storage.defineItem<Partial<OutboxTuning>>('local:correctionsTuning', {
  fallback: {},
});

export async function getTuning(): Promise<OutboxTuning> {
  const raw = await tuningItem.getValue();
  const out = { ...DEFAULT_TUNING };
  for (const k of Object.keys(DEFAULT_TUNING) as (keyof OutboxTuning)[]) {
    const v = raw?.[k];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[k] = v;
  }
  return out;
}
