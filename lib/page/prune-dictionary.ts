import type { ModelDictionary } from '../claims/types';

/**
 * Building the claim engine over the whole dictionary (thousands of models)
 * costs far more main-thread time than a page may spend. A page names only a
 * few models, so the content script builds the engine over the models whose
 * names could occur in the page: a model is kept when the first letter-run of
 * any of its names (name, alias, id) occurs as a letter-run in the page text
 * ("GPT‑4o", "gpt4o" and "GPT-4o-2024-08-06" all start with the run "gpt").
 * That is a superset of what the engine can match, so results are unchanged.
 * Parents and children of kept models are kept (variants resolve through
 * them); families and benchmarks are always kept.
 */

// Anything outside tab…tilde: such text takes the general path (correct for any text);
// the fast path only needs to know there is no letter beyond ASCII.
const NON_ASCII = /[^\t-~]/;
const ASCII_RUNS = /[a-z]+/g;
const RUNS = /[\p{L}\p{M}]+/gu;

/** Adds the letter-runs of one run that holds non-ASCII letters (accents folded, split again). */
function addWide(run: string, into: Set<string>): void {
  for (const m of run
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .matchAll(/\p{L}+/gu))
    into.add(m[0]);
}

/**
 * Lower-cased, accent-stripped letter runs of a text. Runs once per page
 * section on the page's main thread, mostly before the JIT has warmed up, so
 * the work is left to the regex engine and Set constructor (native) instead
 * of a per-character loop: the words are matched in one call and deduplicated
 * before they reach `into`. Runs with non-ASCII letters are folded (NFKD,
 * marks dropped) and split again.
 */
export function letterRuns(text: string, into = new Set<string>()): Set<string> {
  if (!NON_ASCII.test(text)) {
    const words = text.toLowerCase().match(ASCII_RUNS);
    if (words) for (const w of new Set(words)) into.add(w);
    return into;
  }
  const runs = text.match(RUNS);
  if (runs)
    for (const r of new Set(runs)) {
      if (NON_ASCII.test(r)) addWide(r, into);
      else into.add(r.toLowerCase());
    }
  return into;
}

function slowFirstRun(name: string): string | null {
  const m = /\p{L}+/u.exec(name.normalize('NFKD').toLowerCase());
  return m ? m[0].replace(/\p{M}/gu, '') : null;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** First letter-run of a name; a plain loop for ASCII names (nearly all of them). */
function firstRun(name: string): string | null {
  let start = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return slowFirstRun(name);
    if (isAsciiLetter(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) return name.slice(start, i).toLowerCase();
  }
  return start >= 0 ? name.slice(start).toLowerCase() : null;
}

export class DictionaryPruner {
  /** First letter-run → indices of models with a name starting with it. */
  private byRun = new Map<string, number[]>();
  /** Models whose names contain no letters at all: always kept. */
  private always: number[] = [];
  private readonly kept = new Set<number>();
  private byId = new Map<string, number>();
  private childrenOf = new Map<string, number[]>();

  private indexed = 0;

  constructor(private readonly dict: ModelDictionary) {}

  /** Indexes the next `count` models; returns false once every model is indexed. */
  indexSome(count = 250): boolean {
    const end = Math.min(this.dict.models.length, this.indexed + count);
    for (let i = this.indexed; i < end; i++) this.indexModel(i);
    this.indexed = end;
    return end < this.dict.models.length;
  }

  /** Indexes every model at once (tests, Node). */
  indexAll(): this {
    while (this.indexSome(10_000));
    return this;
  }

  private indexModel(i: number): void {
    const m = this.dict.models[i];
    this.byId.set(m.id, i);
    if (m.parent) {
      const list = this.childrenOf.get(m.parent);
      if (list) list.push(i);
      else this.childrenOf.set(m.parent, [i]);
    }
    // Most names of a model share their first run: a tiny array dedupes them.
    const runs: string[] = [];
    const note = (name: string) => {
      const r = firstRun(name);
      if (r && !runs.includes(r)) runs.push(r);
    };
    note(m.name);
    note(m.id);
    for (const a of m.aliases) note(a.text);
    if (runs.length === 0) {
      this.always.push(i);
      this.kept.add(i);
    }
    for (const r of runs) {
      const list = this.byRun.get(r);
      if (list) list.push(i);
      else this.byRun.set(r, [i]);
    }
  }

  /** Every name's letter-runs, per model (computed when first needed, shared by subsets). */
  private nameRuns: (string[][] | undefined)[] = [];

  private runsOf(i: number): string[][] {
    let runs = this.nameRuns[i];
    if (!runs) {
      const m = this.dict.models[i];
      runs = [m.name, m.id, ...m.aliases.map((a) => a.text)].map((n) => [...letterRuns(n)]);
      this.nameRuns[i] = runs;
    }
    return runs;
  }

  /**
   * Adds the models the given letter-runs could name. Returns true when the
   * kept set grew (the engine must be rebuilt). `strict` (for a complete word
   * set, as the background gets): a model is kept only when every letter-run
   * of one of its names occurs, not just the first ("GPT-4.5 Turbo" needs
   * "turbo" too) — 2–3× fewer models, same claims over the whole corpus.
   */
  add(runs: Iterable<string>, strict = false): boolean {
    if (this.indexed < this.dict.models.length) this.indexAll();
    const before = this.kept.size;
    const queue: number[] = [];
    const all = strict ? (runs instanceof Set ? (runs as Set<string>) : new Set(runs)) : null;
    const named = (i: number) => !all || this.runsOf(i).some((rs) => rs.every((r) => all.has(r)));
    for (const r of all ?? runs) {
      const list = this.byRun.get(r);
      if (list) for (const i of list) if (!this.kept.has(i) && named(i)) queue.push(i);
    }
    while (queue.length) {
      const i = queue.pop()!;
      if (this.kept.has(i)) continue;
      this.kept.add(i);
      const m = this.dict.models[i];
      const parent = m.parent ? this.byId.get(m.parent) : undefined;
      if (parent !== undefined && !this.kept.has(parent)) queue.push(parent);
      for (const c of this.childrenOf.get(m.id) ?? []) if (!this.kept.has(c)) queue.push(c);
    }
    return this.kept.size !== before;
  }

  /**
   * The dictionary restricted to what `runs` (ALL the page's words) could name,
   * without changing this pruner's kept set: for a background answering many
   * pages from one index. Strict (see add).
   */
  subset(runs: Iterable<string>): ModelDictionary {
    const probe = new DictionaryPruner(this.dict);
    if (this.indexed < this.dict.models.length) this.indexAll();
    probe.share(this);
    probe.add(runs, true);
    return probe.dictionary();
  }

  /** Reuses another pruner's index over the same dictionary (no re-indexing). */
  private share(other: DictionaryPruner): void {
    this.indexed = other.indexed;
    this.byRun = other.byRun;
    this.byId = other.byId;
    this.childrenOf = other.childrenOf;
    this.always = other.always;
    this.nameRuns = other.nameRuns;
    for (const i of other.always) this.kept.add(i);
  }

  /** The dictionary restricted to the kept models (in the original order). */
  dictionary(): ModelDictionary {
    const models = [...this.kept].sort((a, b) => a - b).map((i) => this.dict.models[i]);
    return { ...this.dict, models };
  }

  get size(): number {
    return this.kept.size;
  }
}
