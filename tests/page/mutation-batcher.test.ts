// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MutationBatcher, topMostConnected } from '@/lib/page/mutation-batcher';

/** Manual timers so debounce is checked without waiting. */
function manualTimers() {
  let next = 1;
  const pending = new Map<number, () => void>();
  return {
    setTimer: (fn: () => void) => {
      const id = next++;
      pending.set(id, fn);
      return id;
    },
    clearTimer: (id: unknown) => void pending.delete(id as number),
    fire() {
      const fns = [...pending.values()];
      pending.clear();
      fns.forEach((f) => f());
    },
    get count() {
      return pending.size;
    },
  };
}

function record(added: Node[], removed: Node[] = []): MutationRecord {
  return {
    type: 'childList',
    addedNodes: added as unknown as NodeList,
    removedNodes: removed as unknown as NodeList,
  } as MutationRecord;
}

describe('MutationBatcher', () => {
  it('debounces: many records → one batch of top-most roots', () => {
    document.body.replaceChildren();
    const t = manualTimers();
    const batches: Node[][] = [];
    const b = new MutationBatcher({ isOwn: () => false, onAdded: (r) => batches.push(r), ...t });
    const a = document.createElement('div');
    const inner = document.createElement('p');
    a.append(inner);
    const c = document.createElement('div');
    document.body.append(a, c);
    b.take([record([a])]);
    b.take([record([inner])]);
    b.take([record([c])]);
    expect(t.count).toBe(1);
    expect(batches).toHaveLength(0);
    t.fire();
    expect(batches).toEqual([[a, c]]);
  });

  it('ignores our own nodes and disconnected nodes', () => {
    document.body.replaceChildren();
    const t = manualTimers();
    const batches: Node[][] = [];
    const ours = document.createElement('span');
    const gone = document.createElement('p');
    const b = new MutationBatcher({ isOwn: (n) => n === ours, onAdded: (r) => batches.push(r), ...t });
    document.body.append(ours);
    b.take([record([ours])]);
    expect(t.count).toBe(0);
    b.take([record([gone])]);
    t.fire();
    expect(batches).toEqual([]);
  });

  it('an added text node is scanned through its parent', () => {
    document.body.replaceChildren();
    const t = manualTimers();
    const batches: Node[][] = [];
    const p = document.createElement('p');
    document.body.append(p);
    const text = document.createTextNode('Scout handles 10M tokens');
    p.append(text);
    const b = new MutationBatcher({ isOwn: () => false, onAdded: (r) => batches.push(r), ...t });
    b.take([record([text])]);
    t.fire();
    expect(batches).toEqual([[p]]);
  });

  it('reports removals (so stale cards can close)', () => {
    const t = manualTimers();
    const removed: Node[][] = [];
    const node = document.createElement('p');
    const b = new MutationBatcher({
      isOwn: () => false,
      onAdded: () => undefined,
      onRemoved: (r) => removed.push(r),
      ...t,
    });
    b.take([record([], [node])]);
    t.fire();
    expect(removed).toEqual([[node]]);
  });

  it('cancel drops everything collected', () => {
    const t = manualTimers();
    const batches: Node[][] = [];
    const b = new MutationBatcher({ isOwn: () => false, onAdded: (r) => batches.push(r), ...t });
    const p = document.createElement('p');
    document.body.append(p);
    b.take([record([p])]);
    b.cancel();
    t.fire();
    b.flush();
    expect(batches).toEqual([]);
  });
});

describe('topMostConnected', () => {
  it('keeps only outermost connected nodes', () => {
    document.body.replaceChildren();
    const outer = document.createElement('div');
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    const loose = document.createElement('i');
    expect(topMostConnected([inner, outer, loose])).toEqual([outer]);
  });
});
