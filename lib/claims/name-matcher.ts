/**
 * Token trie over name keys (folded, separators removed). Built once per
 * dictionary; matching walks the folded text from each token start, skipping
 * one run of name separators between characters, and keeps the longest entry
 * that ends on a token boundary.
 */
import { foldText, isAlnum, isDigit, isNameSeparator, nameKey } from './fold-text';

export type NameEntryKind = 'model' | 'family' | 'benchmark';

export interface NameEntry {
  kind: NameEntryKind;
  /** model id, family id, or canonical benchmark name */
  id: string;
  /** `family` scope: only counts once the family has been named. */
  familyScoped: boolean;
  /** Family id this entry belongs to (for scoping and for establishing it). */
  family?: string;
  /**
   * Pure-letter aliases ("Scout", "Whisper") must not match all-lowercase
   * text, so ordinary words don't read as model names.
   */
  needsCapital: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entries?: NameEntry[];
}

export interface NameMatch {
  start: number;
  end: number;
  entries: NameEntry[];
}

function newNode(): TrieNode {
  return { next: new Map() };
}

export class NameMatcher {
  private root = newNode();
  size = 0;

  add(alias: string, entry: NameEntry): void {
    const key = nameKey(alias);
    if (!key) return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = newNode();
        node.next.set(c, child);
      }
      node = child;
    }
    if (!node.entries) node.entries = [];
    if (!node.entries.some((e) => e.kind === entry.kind && e.id === entry.id)) {
      node.entries.push(entry);
      this.size++;
    }
  }

  /**
   * All longest, non-overlapping matches in folded text `f` within [from, to).
   * `orig` is the unfolded text (same offsets) for capitalisation checks.
   */
  findAll(f: string, orig: string, from = 0, to = f.length): NameMatch[] {
    const out: NameMatch[] = [];
    const root = this.root;
    let i = from;
    while (i < to) {
      const c = f.charCodeAt(i);
      // Only start at a token start.
      if (!isAlnum(c) || (i > 0 && isAlnum(f.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = root.next.get(c);
      let j = i + 1;
      let best: NameMatch | null = null;
      while (node) {
        if (node.entries && isBoundary(f, j, to)) {
          const entries = node.entries.filter((e) => !e.needsCapital || !isAllLower(orig, i, j));
          if (entries.length) best = { start: i, end: j, entries };
        }
        if (j >= to) break;
        let k = j;
        let code = f.charCodeAt(k);
        if (isNameSeparator(code)) {
          // one separator run (at most two chars, e.g. " - " is not a name)
          k++;
          if (k < to && isNameSeparator(f.charCodeAt(k)) && f.charCodeAt(k) !== f.charCodeAt(k - 1)) k++;
          code = f.charCodeAt(k);
          if (k >= to || isNameSeparator(code) || code === 32) break;
        }
        node = node.next.get(code);
        j = k + 1;
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else {
        i++;
        while (i < to && isAlnum(f.charCodeAt(i))) i++;
      }
    }
    return out;
  }
}

/** A name may end here: not inside a word, and not before ".5" (Llama 4 vs Llama 4.1). */
function isBoundary(f: string, j: number, to: number): boolean {
  if (j >= to) return true;
  const c = f.charCodeAt(j);
  if (isAlnum(c)) return false;
  if (c === 46 /* . */ && j + 1 < to && isDigit(f.charCodeAt(j + 1))) return false;
  return true;
}

function isAllLower(orig: string, s: number, e: number): boolean {
  const t = orig.slice(s, e);
  return t === t.toLowerCase();
}

/** Exposed for tests: fold + key. */
export const _internal = { foldText, nameKey };
