/**
 * Score engine output against labelled pages (the corpus format in
 * tests/fixtures/corpus/README.md). Pure: callers read the files.
 */
import { nameKey } from './fold-text';
import type { Claim, ModelDictionary } from './types';

export interface Label {
  quote: string;
  model: string;
  variant?: string;
  metric: string;
  value: number | null;
  valueLow?: number;
  valueText?: string;
  benchmark?: string;
  setting?: string;
  hedge?: string;
  context: 'prose' | 'table';
  comparison?: { direction: string; others: string[]; benchmark?: string };
}

export interface LabelledPage {
  name: string;
  text: string;
  claims: Claim[];
  labels: Label[];
}

export interface Miss {
  page: string;
  kind: 'fp' | 'fn';
  quote: string;
  model: string;
  metric: string;
  value: number | null;
  context: string;
  detail?: string;
}

export interface AttributeMiss {
  page: string;
  attribute: string;
  quote: string;
  label: string;
  engine: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalResult {
  overall: Counts;
  byContext: Record<string, Counts>;
  byMetric: Record<string, Counts>;
  attributes: Record<string, { right: number; total: number }>;
  misses: Miss[];
  unresolvedLabels: string[];
  /** Matched claims whose attribute differs from the label (for `npm run eval -- --attributes`). */
  attributeMisses: AttributeMiss[];
  /** The engine claims that matched a label (for per-rule tools such as attribution-routes). */
  matched: Set<Claim>;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Alias resolver: case/dash-insensitive name, alias or id -> model/family id. */
export function buildResolver(dict: ModelDictionary): {
  resolve(name: string): string | undefined;
  parentOf(id: string): string | undefined;
} {
  const map = new Map<string, string>();
  const parents = new Map<string, string>();
  const put = (k: string, id: string) => {
    const key = nameKey(k);
    if (key && !map.has(key)) map.set(key, id);
  };
  for (const m of dict.models) {
    put(m.id, m.id);
    put(m.name, m.id);
    if (m.parent) parents.set(m.id, m.parent);
  }
  for (const m of dict.models) for (const a of m.aliases) put(a.text, m.id);
  for (const f of dict.families) {
    put(f.id, f.id);
    put(f.name, f.id);
    for (const a of f.aliases) put(a, f.id);
  }
  return { resolve: (name) => map.get(nameKey(name)), parentOf: (id) => parents.get(id) };
}

function occurrences(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  let i = text.indexOf(quote);
  while (i >= 0) {
    out.push([i, i + quote.length]);
    i = text.indexOf(quote, i + 1);
  }
  if (out.length) return out;
  // whitespace-flexible fallback (NBSP, line breaks)
  const esc = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\u00a0]+');
  const re = new RegExp(esc, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

const add = (rec: Record<string, Counts>, key: string, field: keyof Counts) => {
  rec[key] ??= { tp: 0, fp: 0, fn: 0 };
  rec[key][field]++;
};

export function evaluatePages(pages: LabelledPage[], dict: ModelDictionary): EvalResult {
  const r = buildResolver(dict);
  const res: EvalResult = {
    overall: { tp: 0, fp: 0, fn: 0 },
    byContext: {},
    byMetric: {},
    attributes: {},
    misses: [],
    unresolvedLabels: [],
    attributeMisses: [],
    matched: new Set(),
  };
  const sameModel = (pred: string, label: string) =>
    pred === label || r.parentOf(pred) === label || r.parentOf(label) === pred;
  let current: { page: string; quote: string } = { page: '', quote: '' };
  const attr = (name: string, ok: boolean, label?: unknown, engine?: unknown) => {
    res.attributes[name] ??= { right: 0, total: 0 };
    res.attributes[name].total++;
    if (ok) res.attributes[name].right++;
    else
      res.attributeMisses.push({
        ...current,
        attribute: name,
        label: label === undefined ? '' : String(label),
        engine: engine === undefined ? '' : String(engine),
      });
  };
  for (const page of pages) {
    const used = new Set<number>();
    for (const label of page.labels) {
      const labelId = r.resolve(label.model);
      if (!labelId) res.unresolvedLabels.push(`${page.name}: ${label.model}`);
      const occ = occurrences(page.text, label.quote);
      const labelOthers = (label.comparison?.others ?? []).map((o) => r.resolve(o) ?? o).sort();
      let hit = -1;
      for (let i = 0; i < page.claims.length; i++) {
        if (used.has(i)) continue;
        const c = page.claims[i];
        if (c.metric !== label.metric || c.context !== label.context) continue;
        if (!labelId || !sameModel(c.model.id, labelId)) continue;
        if (label.value === null || c.value === null) {
          if (label.value !== c.value) continue;
        } else if (Math.abs(c.value - label.value) > 1e-6 * Math.max(Math.abs(label.value), 1e-9)) continue;
        if (label.metric === 'comparison') {
          const others = (c.comparison?.others ?? []).map((o) => o.id).sort();
          if (c.comparison?.direction !== label.comparison?.direction) continue;
          if (others.length !== labelOthers.length || others.some((o, k) => !sameModel(o, labelOthers[k])))
            continue;
        }
        if (!occ.some(([s, e]) => c.start < e && c.end > s)) continue;
        hit = i;
        break;
      }
      if (hit >= 0) {
        used.add(hit);
        const c = page.claims[hit];
        res.matched.add(c);
        current = { page: page.name, quote: label.quote };
        res.overall.tp++;
        add(res.byContext, label.context, 'tp');
        add(res.byMetric, label.metric, 'tp');
        attr(
          'variant',
          (c.variant ?? '').toLowerCase() === (label.variant ?? '').toLowerCase(),
          label.variant,
          c.variant,
        );
        if (label.benchmark || c.benchmark)
          attr('benchmark', c.benchmark === label.benchmark, label.benchmark, c.benchmark);
        if (label.setting || c.setting)
          attr(
            'setting',
            (c.setting ?? '').toLowerCase() === (label.setting ?? '').toLowerCase(),
            label.setting,
            c.setting,
          );
        attr('hedge', (c.hedge ?? 'exact') === (label.hedge ?? 'exact'), label.hedge, c.hedge);
        if (label.valueLow !== undefined || c.valueLow !== undefined)
          attr('valueLow', c.valueLow === label.valueLow, label.valueLow, c.valueLow);
        if (label.valueText) attr('valueText', c.valueText === label.valueText, label.valueText, c.valueText);
      } else {
        res.overall.fn++;
        add(res.byContext, label.context, 'fn');
        add(res.byMetric, label.metric, 'fn');
        res.misses.push({
          page: page.name,
          kind: 'fn',
          quote: label.quote,
          model: label.model,
          metric: label.metric,
          value: label.value,
          context: label.context,
          detail: occ.length ? undefined : 'quote not found in text',
        });
      }
    }
    page.claims.forEach((c, i) => {
      if (used.has(i)) return;
      res.overall.fp++;
      add(res.byContext, c.context, 'fp');
      add(res.byMetric, c.metric, 'fp');
      res.misses.push({
        page: page.name,
        kind: 'fp',
        quote: c.quote,
        model: c.model.id,
        metric: c.metric,
        value: c.value,
        context: c.context,
        detail: c.comparison
          ? `${c.comparison.direction} ${c.comparison.others.map((o) => o.id).join(',')}`
          : c.benchmark,
      });
    });
  }
  return res;
}
