/**
 * Token trie over name keys (folded, separators removed). Built once per
 * dictionary; matching walks the folded text from each token start, skipping
 * one run of name separators between characters, and keeps the longest entry
 * that ends on a token boundary.
 */
import { foldText, isAlnum, isDigit, nameKey } from './fold-text';

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

export interface NameMatch {
  start: number;
  end: number;
  entries: NameEntry[];
}

/**
 * The trie lives in flat integer arrays: each node keeps its first child and each child its next
 * sibling and its character (most nodes have exactly one child, so a step is one or two array
 * reads; a Map lookup per character cost most of the matcher's time). The root's ASCII children
 * are a dense table. Builds in a few milliseconds for thousands of names, with no per-node objects.
 */
export class NameMatcher {
  /** first child of a node, -1 for none */
  private first: number[] = [-1];
  /** next sibling of a node, -1 for none */
  private next: number[] = [-1];
  /** the key character (UTF-16 unit) on the edge into a node */
  private label: number[] = [0];
  private entries: (NameEntry[] | undefined)[] = [undefined];
  /** 1 where some entry of the node needs a capital (checked once per match, not per entry) */
  private capital: number[] = [0];
  private nodes = 1;
  size = 0;
  /** Children of the root by ASCII code: most tokens fail right here. */
  private root = new Int32Array(128).fill(-1);
  /**
   * Nodes with many children (near the root, where most walks over ordinary words fail after
   * scanning every sibling) also get a dense table of their ASCII children: `dense[node]` is the
   * offset of its 128 slots in `table`, -1 for none. Rebuilt on the first match after an add.
   */
  private dense: Int32Array | null = null;
  private table = new Int32Array(0);

  add(alias: string, entry: NameEntry): void {
    const key = nameKey(alias);
    if (!key) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = this.child(node, code);
      if (child < 0) {
        child = this.nodes++;
        this.first.push(-1);
        this.next.push(this.first[node]);
        this.label.push(code);
        this.entries.push(undefined);
        this.capital.push(0);
        this.first[node] = child;
        if (node === 0 && code < 128) this.root[code] = child;
      }
      node = child;
    }
    const list = this.entries[node];
    if (!list) this.entries[node] = [entry];
    else if (!list.some((e) => e.kind === entry.kind && e.id === entry.id)) list.push(entry);
    else return;
    if (entry.needsCapital) this.capital[node] = 1;
    this.size++;
    this.dense = null;
  }

  private buildDense(): Int32Array {
    const n = this.nodes;
    const dense = new Int32Array(n).fill(-1);
    const wide: number[] = [];
    for (let node = 1; node < n; node++) {
      let count = 0;
      for (let c = this.first[node]; c >= 0; c = this.next[c]) count++;
      if (count >= DENSE_FROM) wide.push(node);
    }
    const table = new Int32Array(wide.length * 128).fill(-1);
    wide.forEach((node, w) => {
      dense[node] = w * 128;
      for (let c = this.first[node]; c >= 0; c = this.next[c])
        if (this.label[c] < 128) table[w * 128 + this.label[c]] = c;
    });
    this.table = table;
    return dense;
  }

  /** The child of `node` along `code`, -1 for none. */
  private child(node: number, code: number): number {
    if (node === 0 && code < 128) return this.root[code];
    const label = this.label;
    const next = this.next;
    let c = this.first[node];
    while (c >= 0 && label[c] !== code) c = next[c];
    return c;
  }

  /** Kept for tests: the child, or undefined for none. */
  private step(node: number, code: number): number | undefined {
    const c = this.child(node, code);
    return c < 0 ? undefined : c;
  }

  /**
   * All longest, non-overlapping matches in folded text `f` within [from, to).
   * `orig` is the unfolded text (same offsets) for capitalisation checks.
   * A name starts only at a token start (an alphanumeric unit not after another one).
   */
  findAll(f: string, orig: string, from = 0, to = f.length): NameMatch[] {
    const out: NameMatch[] = [];
    const entriesAt = this.entries;
    const capital = this.capital;
    const root = this.root;
    const first = this.first;
    const next = this.next;
    const label = this.label;
    const dense = (this.dense ??= this.buildDense());
    const table = this.table;
    let i = from;
    // a token running into the range from before it has no start here
    if (i > 0 && isAlnum(f.charCodeAt(i - 1))) while (i < to && isAlnumCode(f.charCodeAt(i))) i++;
    while (i < to) {
      const c = f.charCodeAt(i);
      if (!isAlnumCode(c)) {
        i++;
        continue;
      }
      // a token start (the unit before is not alphanumeric): walk the trie
      let node = c < 128 ? root[c] : this.child(0, c);
      if (node < 0) {
        i = wordEnd(f, i + 1, to);
        continue;
      }
      let j = i + 1;
      let bestEnd = -1;
      let bestEntries: NameEntry[] | null = null;
      for (;;) {
        const here = entriesAt[node];
        if (here !== undefined && isBoundary(f, j, to)) {
          if (capital[node] === 0) {
            bestEnd = j;
            bestEntries = here;
          } else {
            // pure-letter names need a capital somewhere: checked once for all entries here
            const ok = isAllLower(orig, i, j) ? here.filter((e) => !e.needsCapital) : here.slice();
            if (ok.length) {
              bestEnd = j;
              bestEntries = ok;
            }
          }
        }
        if (j >= to) break;
        let k = j;
        let code = f.charCodeAt(k);
        if (code === 32 || code === 45 || code === 95) {
          // one separator run (" - " is not a name separator)
          k++;
          if (k < to) {
            const c2 = f.charCodeAt(k);
            if ((c2 === 32 || c2 === 45 || c2 === 95) && c2 !== code) k++;
          }
          if (k >= to) break;
          code = f.charCodeAt(k);
          if (code === 32 || code === 45 || code === 95) break;
        }
        let child: number;
        const d = dense[node];
        if (d >= 0 && code < 128) child = table[d + code];
        else {
          child = first[node];
          while (child >= 0 && label[child] !== code) child = next[child];
        }
        if (child < 0) break;
        node = child;
        j = k + 1;
      }
      if (bestEntries !== null) {
        out.push({ start: i, end: bestEnd, entries: bestEntries });
        i = bestEnd; // isBoundary: the unit there is not alphanumeric
      } else i = wordEnd(f, i + 1, to);
    }
    return out;
  }
}

/** Nodes with at least this many children get a dense child table. */
const DENSE_FROM = 3;

/** The end of the alphanumeric run from `i`: no name starts inside a word. */
function wordEnd(f: string, i: number, to: number): number {
  while (i < to && isAlnumCode(f.charCodeAt(i))) i++;
  return i;
}

/** ASCII letters and digits by code (one load instead of three range tests per unit). */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_ALNUM[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;

/** isAlnum, inlined for the scan loop. */
function isAlnumCode(code: number): boolean {
  return code < 128 ? ASCII_ALNUM[code] === 1 : code > 0xbf && !(code >= 0x2070 && code <= 0x209f);
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
  for (let i = s; i < e; i++) {
    const c = orig.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c >= 128) {
      // beyond ASCII: the native lower-casing decides (no slice for plain ASCII names)
      const t = orig.slice(s, e);
      return t === t.toLowerCase();
    }
  }
  return true;
}

/** Exposed for tests: fold + key. */
export const _internal = { foldText, nameKey };
