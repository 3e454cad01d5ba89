import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  DEFAULT_LIFECYCLE,
  entriesToPrune,
  mayPrune,
  nextPoll,
  phaseOf,
  settledAtOf,
  type LifecyclePolicy,
} from '@/lib/corrections/lifecycle';
import type { OutboxEntry } from '@/lib/corrections/schema';
import { sampleCorrection } from './fixtures';

// Pure policy: every function takes `now`, so the clock is just a number here (no timers).
const policy: LifecyclePolicy = {
  pollBaseMs: 60_000,
  pollMaxMs: 6 * 3_600_000,
  pollForMs: 30 * DAY_MS,
  keepSettledMs: 90 * DAY_MS,
  maxEntries: 5,
};
const half = () => 0.5; // equal jitter at 0.5 → 3/4 of the exponential gap

function entry(id: string, over: Partial<OutboxEntry>): OutboxEntry {
  return {
    id,
    correction: sampleCorrection,
    status: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: 0,
    ...over,
  };
}

describe('defaults', () => {
  it('polls for 30 days at most every 6 h, keeps settled entries 90 days, caps at 200', () => {
    expect(DEFAULT_LIFECYCLE).toEqual({
      pollBaseMs: 60_000,
      pollMaxMs: 6 * 3_600_000,
      pollForMs: 30 * DAY_MS,
      keepSettledMs: 90 * DAY_MS,
      maxEntries: 200,
    });
  });
});

describe('phaseOf', () => {
  it('names every state the reader can see', () => {
    expect(phaseOf(entry('a', { status: 'queued' }))).toBe('unsent');
    expect(phaseOf(entry('b', { status: 'sending' }))).toBe('unsent');
    expect(phaseOf(entry('c', { status: 'sent', serverId: 's' }))).toBe('awaiting-review');
    expect(phaseOf(entry('d', { status: 'sent', serverId: 's', pollStoppedAt: 5 }))).toBe('stopped-checking');
    expect(phaseOf(entry('e', { status: 'accepted' }))).toBe('accepted');
    expect(phaseOf(entry('f', { status: 'rejected' }))).toBe('rejected');
  });
});

describe('nextPoll', () => {
  const sentAt = 1_000_000;
  it('backs off: the gap doubles per poll up to the cap', () => {
    const gaps = [0, 1, 2, 3, 4, 8, 20].map((polls) => {
      const d = nextPoll({ sentAt, createdAt: 0, polls }, sentAt, policy, half);
      return d.kind === 'poll' ? d.at - sentAt : NaN;
    });
    // attempt = polls + 2: 2 min, 4, 8, 16, 32 min (× 3/4 jitter), then the 6 h cap.
    expect(gaps).toEqual([90_000, 180_000, 360_000, 720_000, 1_440_000, 16_200_000, 16_200_000]);
  });

  it('never schedules past the window: the last poll lands on the deadline, then it stops', () => {
    const deadline = sentAt + policy.pollForMs;
    expect(nextPoll({ sentAt, createdAt: 0, polls: 50 }, deadline - 60_000, policy, half)).toEqual({
      kind: 'poll',
      at: deadline,
    });
    expect(nextPoll({ sentAt, createdAt: 0, polls: 51 }, deadline, policy, half)).toEqual({ kind: 'stop' });
    expect(nextPoll({ sentAt, createdAt: 0, polls: 3 }, deadline + 40 * DAY_MS, policy, half)).toEqual({
      kind: 'stop',
    });
  });

  it('counts the window from when the server took it, not from when the reader wrote it', () => {
    // Written 29 days ago but offline until now: a full window is still ahead.
    const now = 29 * DAY_MS;
    expect(nextPoll({ sentAt: now, createdAt: 0, polls: 0 }, now + 1, policy, half).kind).toBe('poll');
    // An entry stored before sentAt existed falls back to createdAt.
    expect(nextPoll({ createdAt: 0, polls: 0 }, 31 * DAY_MS, policy, half).kind).toBe('stop');
  });
});

describe('pruning', () => {
  const now = 200 * DAY_MS;
  const old = now - 91 * DAY_MS;
  const recent = now - 10 * DAY_MS;

  it('settled entries the server holds go after the retention period; the rest stay', () => {
    const entries = [
      entry('accepted-old', { status: 'accepted', serverId: 's1', settledAt: old }),
      entry('rejected-old', { status: 'rejected', serverId: 's2', settledAt: old }),
      entry('stopped-old', { status: 'sent', serverId: 's3', pollStoppedAt: old }),
      entry('accepted-recent', { status: 'accepted', serverId: 's4', settledAt: recent }),
      entry('awaiting', { status: 'sent', serverId: 's5', sentAt: 0 }),
    ];
    expect(entriesToPrune(entries, now, policy).sort()).toEqual(
      ['accepted-old', 'rejected-old', 'stopped-old'].sort(),
    );
  });

  it('an unsent or refused correction is never pruned, however old', () => {
    const unsent = [
      entry('queued', { status: 'queued', createdAt: 0 }),
      entry('sending', { status: 'sending', createdAt: 0 }),
      // Refused by the server (400): it never stored it, so this copy is the only one.
      entry('refused', { status: 'rejected', reason: 'bad', settledAt: 0 }),
    ];
    for (const e of unsent) expect(mayPrune(e)).toBe(false);
    expect(entriesToPrune(unsent, now + 10_000 * DAY_MS, policy)).toEqual([]);
  });

  it('over the cap, the oldest settled entries go first and unsent ones are never dropped', () => {
    const settled = [3, 1, 2].map((d) =>
      entry(`settled-${d}`, { status: 'accepted', serverId: `s${d}`, settledAt: recent + d }),
    );
    const unsent = [0, 1, 2, 3, 4, 5].map((i) => entry(`unsent-${i}`, { status: 'queued', createdAt: i }));
    // 9 entries, cap 5: only 3 may go, oldest settled first; the 6 unsent stay over the cap.
    expect(entriesToPrune([...settled, ...unsent], now, policy)).toEqual([
      'settled-1',
      'settled-2',
      'settled-3',
    ]);
    // 7 entries, cap 5: the two oldest settled go, the newest settled stays.
    expect(entriesToPrune([...settled, ...unsent.slice(0, 4)], now, policy)).toEqual([
      'settled-1',
      'settled-2',
    ]);
    // Under the cap and inside retention: nothing goes.
    expect(entriesToPrune([...settled, ...unsent.slice(0, 2)], now, policy)).toEqual([]);
  });

  it('entries settled before settledAt existed count from createdAt', () => {
    const legacy = entry('legacy', { status: 'accepted', serverId: 's', createdAt: old });
    expect(settledAtOf(legacy)).toBe(old);
    expect(entriesToPrune([legacy], now, policy)).toEqual(['legacy']);
  });
});
