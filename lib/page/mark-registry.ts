import type { Claim } from '../claims/types';
import type { VerdictResult } from '../verdicts/types';

/**
 * Every mark we made, by claim id and by element. Our marks are told apart
 * from page elements with look-alike attributes by identity (a WeakSet), never
 * by attribute, so a hostile page cannot make us unwrap or trust its nodes.
 */
export interface MarkEntry {
  claim: Claim;
  result: VerdictResult;
  /** Elements holding the claim's text, in document order; [0] is focusable. */
  elements: HTMLElement[];
}

export class MarkRegistry {
  private readonly byId = new Map<string, MarkEntry>();
  private readonly byElement = new WeakMap<Element, MarkEntry>();
  private readonly own = new WeakSet<Element>();

  add(entry: MarkEntry): void {
    this.byId.set(entry.claim.id, entry);
    for (const el of entry.elements) {
      this.byElement.set(el, entry);
      this.own.add(el);
    }
  }

  get(claimId: string): MarkEntry | undefined {
    return this.byId.get(claimId);
  }

  /** The entry for one of our mark elements (or an element inside one). */
  fromElement(el: Element | null): MarkEntry | undefined {
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const e = this.byElement.get(cur);
      if (e) return e;
    }
    return undefined;
  }

  isOwnMark = (el: Element): boolean => this.own.has(el);

  entries(): MarkEntry[] {
    return [...this.byId.values()];
  }

  get size(): number {
    return this.byId.size;
  }

  /** Forgets marks the page removed from the document; returns them. */
  prune(): MarkEntry[] {
    const gone: MarkEntry[] = [];
    for (const [id, e] of this.byId) {
      if (!e.elements.some((el) => el.isConnected)) {
        gone.push(e);
        this.byId.delete(id);
      }
    }
    return gone;
  }

  /** Forgets everything and returns what was registered (for unwrapping). */
  clear(): MarkEntry[] {
    const all = this.entries();
    this.byId.clear();
    return all;
  }
}

/** Drops claims that overlap an earlier one (the engine may report nested spans); keeps the first by start, longest first. */
export function dropOverlaps<T extends { start: number; end: number }>(claims: readonly T[]): T[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept;
}
