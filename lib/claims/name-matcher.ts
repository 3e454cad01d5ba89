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

export interface NameMatch {
  start: number;
  end: number;
  entries: NameEntry[];
}

/**
 * The trie lives in one integer-keyed Map (node * 65536 + char code -> child),
 * which builds in a few milliseconds for thousands of names and creates no
 * per-node objects.
 */
export class NameMatcher {
  /** ASCII edges keyed node * 128 + code (small integers hash fast); others by string. */
  private edges = new Map<number, number>();
  private wide = new Map<string, number>();
  private entries: (NameEntry[] | undefined)[] = [undefined];
  private nodes = 1;
  size = 0;

  add(alias: string, entry: NameEntry): void {
    const key = nameKey(alias);
    if (!key) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      let child = this.step(node, key.charCodeAt(i));
      if (child === undefined) {
        child = this.nodes++;
        const code = key.charCodeAt(i);
        if (code < 128) {
          this.edges.set(node * 128 + code, child);
          if (node === 0) this.root[code] = child;
        } else this.wide.set(`${node}:${code}`, child);
      }
      node = child;
    }
    // first two key characters, for the start finder (any change rebuilds it)
    this.pairs.add(key.charCodeAt(0) * 65537 + (key.length > 1 ? key.charCodeAt(1) + 1 : 0));
    this.starts = null;
    const list = this.entries[node];
    if (!list) this.entries[node] = [entry];
    else if (!list.some((e) => e.kind === entry.kind && e.id === entry.id)) list.push(entry);
    else return;
    this.size++;
  }

  /** Children of the root by ASCII code: most tokens fail right here, without a Map lookup. */
  private root = new Int32Array(128).fill(-1);
  /** First two key characters as first * 65537 + (second + 1), 0 for none (one number: cheap to add). */
  private pairs = new Set<number>();
  /**
   * Token starts where some name could begin (first character, then the second one after at most
   * a two-character separator run). A superset of where the trie walk can succeed: it lets the
   * native regex engine skip the rest of the text instead of a per-character loop, which is what
   * costs most on a cold (not yet JIT-compiled) page load. Lookaheads keep every match one unit long.
   */
  private starts: RegExp | null = null;

  private buildStarts(): RegExp {
    const u = (c: number) => '\\u' + c.toString(16).padStart(4, '0');
    const byFirst = new Map<number, Set<number>>();
    for (const p of this.pairs) {
      const first = Math.floor(p / 65537);
      const second = (p % 65537) - 1;
      const set = byFirst.get(first);
      if (set) set.add(second);
      else byFirst.set(first, new Set([second]));
    }
    const alts: string[] = [];
    for (const [first, seconds] of [...byFirst].sort((a, b) => a[0] - b[0])) {
      if (!isAlnum(first)) continue; // a name only starts at a token start
      if (seconds.has(-1)) alts.push(u(first));
      else
        alts.push(
          `${u(first)}(?=(?:[ _-][ _-]?)?[${[...seconds]
            .sort((a, b) => a - b)
            .map(u)
            .join('')}])`,
        );
    }
    // not after a letter or digit (isAlnum: 0-9, A-Z, a-z, U+00C0 and up except U+2070-U+209F)
    const source = alts.length
      ? `(?<![0-9A-Za-z\\u00c0-\\u206f\\u20a0-\\uffff])(?:${alts.join('|')})`
      : '(?!)';
    return new RegExp(source, 'g');
  }

  private step(node: number, code: number): number | undefined {
    if (node === 0 && code < 128) {
      const r = this.root[code];
      return r < 0 ? undefined : r;
    }
    return code < 128 ? this.edges.get(node * 128 + code) : this.wide.get(`${node}:${code}`);
  }

  /**
   * All longest, non-overlapping matches in folded text `f` within [from, to).
   * `orig` is the unfolded text (same offsets) for capitalisation checks.
   */
  findAll(f: string, orig: string, from = 0, to = f.length): NameMatch[] {
    const out: NameMatch[] = [];
    const entriesAt = this.entries;
    const starts = (this.starts ??= this.buildStarts());
    let i = from;
    while (i < to) {
      // next token start where a name may begin (regexes are shared: set lastIndex every time)
      starts.lastIndex = i;
      if (!starts.test(f)) break;
      i = starts.lastIndex - 1;
      if (i >= to) break;
      const c = f.charCodeAt(i);
      let node: number | undefined = c < 128 ? this.root[c] : this.step(0, c);
      if (node === -1) node = undefined;
      if (node === undefined) {
        i++;
        continue;
      }
      let j = i + 1;
      let best: NameMatch | null = null;
      while (node !== undefined) {
        const here = entriesAt[node];
        if (here && isBoundary(f, j, to)) {
          const ok = here.some((e) => e.needsCapital)
            ? here.filter((e) => !e.needsCapital || !isAllLower(orig, i, j))
            : here;
          if (ok.length) best = { start: i, end: j, entries: ok };
        }
        if (j >= to) break;
        let k = j;
        let code = f.charCodeAt(k);
        if (isNameSeparator(code)) {
          // one separator run (" - " is not a name separator)
          k++;
          if (k < to && isNameSeparator(f.charCodeAt(k)) && f.charCodeAt(k) !== f.charCodeAt(k - 1)) k++;
          code = f.charCodeAt(k);
          if (k >= to || isNameSeparator(code)) break;
        }
        node = this.step(node, code);
        j = k + 1;
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
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
