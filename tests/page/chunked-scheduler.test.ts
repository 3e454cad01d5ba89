import { describe, expect, it } from 'vitest';
import { runChunked } from '@/lib/page/chunked-scheduler';

/** A fake clock: every work item "takes" `cost` ms. */
function fakeClock(cost: number) {
  let t = 0;
  return { now: () => t, tick: () => (t += cost) };
}

describe('runChunked', () => {
  it('yields whenever the budget is spent, and runs every item in order', async () => {
    const clock = fakeClock(3);
    const seen: number[] = [];
    let yields = 0;
    const stats = await runChunked(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      (n) => {
        seen.push(n);
        clock.tick();
      },
      { budgetMs: 8, now: clock.now, yieldToHost: async () => void yields++ },
    );
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 3 ms per item, 8 ms budget → 3 items per slice → 4 slices, 3 yields.
    expect(yields).toBe(3);
    expect(stats).toMatchObject({ items: 10, slices: 4, cancelled: false });
    expect(stats.busyMs).toBe(30);
  });

  it('never yields when all the work fits in one slice', async () => {
    const clock = fakeClock(1);
    let yields = 0;
    await runChunked([1, 2, 3], () => clock.tick(), {
      budgetMs: 8,
      now: clock.now,
      yieldToHost: async () => void yields++,
    });
    expect(yields).toBe(0);
  });

  it('stops at a yield point once cancelled', async () => {
    const clock = fakeClock(5);
    let stop = false;
    const seen: number[] = [];
    const stats = await runChunked(
      [1, 2, 3, 4, 5, 6],
      (n) => {
        seen.push(n);
        clock.tick();
        if (n === 2) stop = true;
      },
      { budgetMs: 8, now: clock.now, yieldToHost: async () => undefined, cancelled: () => stop },
    );
    expect(seen).toEqual([1, 2]);
    expect(stats.cancelled).toBe(true);
  });

  it('a slow item makes the next one wait for a yield (no slice runs past one item over budget)', async () => {
    const clock = fakeClock(20);
    let yields = 0;
    const stats = await runChunked([1, 2, 3], () => clock.tick(), {
      now: clock.now,
      yieldToHost: async () => void yields++,
    });
    expect(yields).toBe(2);
    expect(stats.slices).toBe(3);
  });
});
