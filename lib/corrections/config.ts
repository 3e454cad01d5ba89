import { storage } from 'wxt/utils/storage';
import { DEFAULT_LIFECYCLE, type LifecyclePolicy } from './lifecycle';

/**
 * Timing of the corrections outbox. Defaults suit real use; the values live in
 * extension storage so an operator (or an end-to-end test) can shorten them
 * without a rebuild. The endpoint itself comes from the user's settings.
 */
export interface OutboxTuning extends LifecyclePolicy {
  /** Abort a POST/GET that has not answered within this time. */
  timeoutMs: number;
  /** First retry delay; doubles per attempt up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Period of the watchdog alarm that re-arms the outbox while work is pending. */
  watchdogMinutes: number;
}

/** Poll timing, polling window, retention and cap come from the lifecycle policy (lifecycle.ts). */
export const DEFAULT_TUNING: OutboxTuning = {
  timeoutMs: 15_000,
  baseDelayMs: 5_000,
  maxDelayMs: 30 * 60_000,
  ...DEFAULT_LIFECYCLE,
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
