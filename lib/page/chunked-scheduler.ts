/**
 * Runs many small work items without blocking the page: items run back to
 * back until a time budget (≈8 ms) is spent, then the scheduler yields to the
 * event loop before continuing. Clock and yield are injectable so tests can
 * check the chunking without timing anything.
 */
export interface SchedulerOptions {
  /** Milliseconds of work per slice before yielding. */
  budgetMs?: number;
  now?: () => number;
  /** Resolves when the browser has had a chance to run other tasks. */
  yieldToHost?: () => Promise<void>;
  /** Checked before every item; when it returns true the run stops early. */
  cancelled?: () => boolean;
  /** At most this many items per slice (whatever the time budget says). */
  maxItems?: number;
}

export interface RunStats {
  items: number;
  slices: number;
  cancelled: boolean;
  /** Main-thread time spent in work (sum over slices). */
  busyMs: number;
}

export async function runChunked<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  opts: SchedulerOptions = {},
): Promise<RunStats> {
  const budget = opts.budgetMs ?? 8;
  const now = opts.now ?? (() => performance.now());
  const yieldToHost = opts.yieldToHost ?? defaultYield;
  let sliceStart = now();
  let slices = 1;
  let count = 0;
  let busyMs = 0;
  const maxItems = opts.maxItems ?? Infinity;
  let inSlice = 0;
  for (const item of items) {
    if (opts.cancelled?.())
      return { items: count, slices, cancelled: true, busyMs: busyMs + now() - sliceStart };
    if (inSlice >= maxItems || now() - sliceStart >= budget) {
      busyMs += now() - sliceStart;
      await yieldToHost();
      if (opts.cancelled?.()) return { items: count, slices, cancelled: true, busyMs };
      slices++;
      inSlice = 0;
      sliceStart = now();
    }
    work(item);
    count++;
    inSlice++;
  }
  return { items: count, slices, cancelled: false, busyMs: busyMs + now() - sliceStart };
}

/** A macrotask boundary: scheduler.yield() where the browser has it, else a MessageChannel tick. */
export function defaultYield(): Promise<void> {
  const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched?.yield) return sched.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * Resolves after the next frame has rendered (a timeout after requestAnimationFrame),
 * so DOM changes made before it are styled and laid out in that frame, not piled
 * into one long one. Falls back to a timer where no frames come (hidden tabs).
 */
export function frameYield(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100);
  });
}
