import type { Metric } from '../factbase/metrics';
import type { Fact, Model, Source } from '../factbase/schema';
import { familyKey, type FactSlice } from '../factbase/store';

/**
 * Variant labels/statuses that make a child a different thing from its parent (an experimental Arena
 * checkpoint, a thinking mode), as opposed to a dated version of the same product (gpt-4o-2024-08-06).
 */
const MODE_LABEL_RE = /experiment|\bexp\b|preview|thinking|reasoning|style/i;

/** True when `child` is a dated/renamed version of its parent that an unqualified name may stand for. */
export function isVersionChild(child: Model): boolean {
  if (!child.parent) return false;
  if (child.status !== 'released' && child.status !== 'deprecated') return false;
  return !MODE_LABEL_RE.test(child.variantLabel ?? '') && !MODE_LABEL_RE.test(child.name);
}

/**
 * Labels of a flavour of the same release rather than a different model: the instruct/chat tune, a
 * precision (bf16, fp8). Facts sources file under the base name ("LLaMA-3.1 405B-Inst." in a README,
 * "Llama 3.1 405B" elsewhere) describe the same product, so flavours share their facts.
 */
const FLAVOUR_RE = /instruct|\bchat\b|\bit\b|bf16|fp8|fp16|int8|int4|awq|gguf/i;

export function isFlavourChild(child: Model): boolean {
  if (!child.parent || (child.status !== 'released' && child.status !== 'deprecated')) return false;
  return FLAVOUR_RE.test(child.variantLabel ?? '') && !MODE_LABEL_RE.test(child.variantLabel ?? '');
}

/** Indexes one page's slice of the fact base for the verdict rules. */
export class SliceIndex {
  readonly models = new Map<string, Model>();
  private readonly kids = new Map<string, Model[]>();
  private readonly factsByKey = new Map<string, Fact[]>();
  private readonly factsById = new Map<string, Fact>();
  private readonly sources = new Map<string, Source>();

  constructor(slice: FactSlice) {
    for (const m of slice.models) this.models.set(m.id, m);
    for (const m of slice.models)
      if (m.parent) this.kids.set(m.parent, [...(this.kids.get(m.parent) ?? []), m]);
    // Stores return facts in different orders; sorting by id makes every verdict independent of it.
    const facts = [...slice.facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const f of facts) {
      this.factsById.set(f.id, f);
      const k = `${f.modelId}|${f.metric}`;
      const list = this.factsByKey.get(k);
      if (list) list.push(f);
      else this.factsByKey.set(k, [f]);
    }
    for (const s of slice.sources) this.sources.set(s.id, s);
  }

  model(id: string): Model | undefined {
    return this.models.get(id);
  }
  children(id: string): Model[] {
    return this.kids.get(id) ?? [];
  }
  descendants(id: string): Model[] {
    const out: Model[] = [];
    const stack = [...this.children(id)];
    while (stack.length) {
      const m = stack.pop()!;
      out.push(m);
      stack.push(...this.children(m.id));
    }
    return out;
  }
  root(id: string): Model | undefined {
    let m = this.models.get(id);
    for (let i = 0; m?.parent && this.models.has(m.parent) && i < 8; i++) m = this.models.get(m.parent);
    return m;
  }
  /** The whole variant tree `id` belongs to. */
  tree(id: string): Model[] {
    const r = this.root(id);
    return r ? [r, ...this.descendants(r.id)] : [];
  }
  /** The model and every flavour of the same release (instruct ↔ base name ↔ fp8/bf16), up and down. */
  flavourGroup(m: Model): Model[] {
    let top = m;
    for (let i = 0; isFlavourChild(top) && i < 8; i++) {
      const p = this.models.get(top.parent!);
      if (!p) break;
      top = p;
    }
    const out = [top];
    const stack = this.children(top.id).filter(isFlavourChild);
    while (stack.length) {
      const c = stack.pop()!;
      out.push(c);
      stack.push(...this.children(c.id).filter(isFlavourChild));
    }
    return out;
  }
  /** Top-level models of a family named by id or display name ("llama-4", "Llama 4"). */
  familyMembers(id: string, name?: string): Model[] {
    const keys = new Set([familyKey(id), ...(name ? [familyKey(name)] : [])]);
    return [...this.models.values()].filter((m) => !m.parent && m.family && keys.has(familyKey(m.family)));
  }
  facts(modelId: string, metric: Metric): Fact[] {
    return this.factsByKey.get(`${modelId}|${metric}`) ?? [];
  }
  fact(id: string): Fact | undefined {
    return this.factsById.get(id);
  }
  source(id: string): Source | undefined {
    return this.sources.get(id);
  }
}
