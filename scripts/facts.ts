/**
 * `npm run facts -- <model name, alias or id>` — what the fact base knows about a model: its place
 * in the family/variant tree, its facts grouped by metric (value, benchmark/setting, date,
 * provenance, source) and the sources cited.
 */
import { aliasKey } from '../lib/factbase/aliases';
import type { Fact, Model, Snapshot } from '../lib/factbase/schema';
import { loadSnapshot } from './lib/load-snapshot';

export function findModel(s: Snapshot, query: string): Model | undefined {
  const q = aliasKey(query);
  const byId = s.models.find((m) => m.id === query.toLowerCase());
  if (byId) return byId;
  const dict = s.dictionary.models.find((m) => m.aliases.some((a) => aliasKey(a.text) === q));
  if (dict) return s.models.find((m) => m.id === dict.id);
  return s.models.find((m) => aliasKey(m.name) === q || m.aliases.some((a) => aliasKey(a.text) === q));
}

/** 17000000000 params → "17B"; FLOP stay in exponent form. */
function compact(v: number, unit: string): string {
  if (unit === 'flop' || Math.abs(v) < 1e4)
    return Math.abs(v) >= 1e6 ? v.toExponential(4).replace(/\.?0+e/, 'e') : String(v);
  for (const [d, s] of [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ] as const)
    if (Math.abs(v) >= d) return `${Number((v / d).toPrecision(6))}${s}`;
  return String(v);
}

function fmtValue(f: Fact): string {
  const v = f.value;
  let text = f.valueText ?? '';
  if (v !== undefined) {
    const big = compact(v, f.unit);
    text = f.valueText && f.valueText !== String(v) ? `${big} (${f.valueText})` : big;
  }
  const unit = f.unit === 'text' || f.unit === 'date' ? '' : f.unit === '%' ? '%' : ` ${f.unit}`;
  const range = f.low !== undefined || f.high !== undefined ? ` [${f.low ?? '?'}–${f.high ?? '?'}]` : '';
  return `${text}${unit}${range}`;
}

export function describeModel(s: Snapshot, m: Model): string {
  const out: string[] = [];
  const byId = new Map(s.models.map((x) => [x.id, x]));
  const chain: Model[] = [];
  for (let cur: Model | undefined = m; cur; cur = cur.parent ? byId.get(cur.parent) : undefined)
    chain.unshift(cur);
  out.push(
    `${m.name}  (id ${m.id}; status ${m.status}${m.releaseDate ? `; released ${m.releaseDate}` : ''}${m.vendor ? `; ${m.vendor}` : ''}${m.family ? `; family ${m.family}` : ''})`,
  );
  out.push(
    `tree: ${chain.map((x) => (x.variantLabel ? `${x.name} [${x.variantLabel}]` : x.name)).join(' → ')}`,
  );
  const children = s.models.filter((x) => x.parent === m.id);
  if (children.length)
    out.push(`variants: ${children.map((c) => `${c.name} [${c.variantLabel ?? ''}]`).join(', ')}`);
  const dm = s.dictionary.models.find((x) => x.id === m.id);
  out.push(
    `aliases: ${dm ? dm.aliases.map((a) => (a.scope === 'family' ? `${a.text} (once the family is named)` : a.text)).join(', ') : '(none safe for running text)'}`,
  );

  const facts = s.facts.filter((f) => f.modelId === m.id);
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = f.metric + (f.benchmark ? ` — ${f.benchmark}` : '');
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  out.push(`\n${facts.length} facts`);
  for (const k of [...groups.keys()].sort()) {
    out.push(`\n${k}`);
    for (const f of groups.get(k)!.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id))) {
      const extra = f.extra
        ? Object.entries(f.extra).filter(([key]) =>
            ['rank', 'rankStyleControl', 'votes', 'provider', 'hardware', 'confidence'].includes(key),
          )
        : [];
      out.push(
        `  ${fmtValue(f).padEnd(28)} ${f.setting ? `(${f.setting}) ` : ''}as of ${f.asOf}, ${f.provenance}, ${f.sourceId}` +
          (extra.length ? `  {${extra.map(([a, b]) => `${a}: ${b}`).join(', ')}}` : '') +
          (f.disagreesWith?.length ? `  ≠ ${f.disagreesWith.join(', ')}` : ''),
      );
      if (f.note) out.push(`      note: ${f.note}`);
    }
  }
  const used = [...new Set(facts.map((f) => f.sourceId))].sort();
  out.push('\nsources');
  for (const id of used) {
    const src = s.sources.find((x) => x.id === id);
    if (src)
      out.push(
        `  ${id}: ${src.title} — ${src.publisher}, ${src.date}, ${src.licence}${src.url ? `\n      ${src.url}` : ''}`,
      );
  }
  return out.join('\n');
}

if (process.argv[1]?.endsWith('facts.ts')) {
  const query = process.argv.slice(2).join(' ').trim();
  if (!query) {
    console.error('usage: npm run facts -- <model name, alias or id>');
    process.exit(2);
  }
  const s = loadSnapshot();
  const m = findModel(s, query);
  if (!m) {
    const q = aliasKey(query);
    const near = s.models.filter((x) => aliasKey(x.name).includes(q)).slice(0, 10);
    console.error(
      `No model named "${query}".${near.length ? ` Did you mean: ${near.map((x) => x.name).join(', ')}?` : ''}`,
    );
    process.exit(1);
  }
  console.log(describeModel(s, m));
}
