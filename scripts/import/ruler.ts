import { FactSink } from './lib/facts';
import { cellText, scaled } from './lib/markdown-table';
import type { ModelRegistry } from './lib/registry';

/** "(94B/398B)"-style size notes and footnote stars are not part of a model name. */
function nameOf(cell: string): string {
  const link = /\[([^\]]+)\]\(([^)]+)\)/.exec(cell);
  const hf = link ? /huggingface\.co\/[^/]+\/([^/?#)]+)/i.exec(link[2]) : null;
  const name = hf ? hf[1] : link ? link[1] : cell.replace(/\(.*\)/, '');
  return name.replace(/\*/g, '').trim();
}

/** ">128K" → { value: 128000, bound: "at least" }, "<4K" → { 4000, "under" }. */
function length(cell: string): { value: number; text: string; bound?: string } | undefined {
  const t = cellText(cell);
  const m = /^([<>])?\s*(\d+(?:\.\d+)?[kKmM])$/.exec(t);
  if (!m) return undefined;
  return {
    value: scaled(m[2])!,
    text: t,
    bound: m[1] === '>' ? 'more than' : m[1] === '<' ? 'less than' : undefined,
  };
}

/**
 * RULER's results table (NVIDIA, Apache-2.0). Per model: the claimed context length (the
 * developer's claim as RULER lists it), RULER's effective length (setting "effective (RULER)"),
 * and the score at each length. Rows marked * were reported by the model's authors (vendor);
 * the rest were run by the RULER team (independent). Most rows lack the leading "|".
 */
export function importRuler(
  md: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'nvidia-ruler',
  asOf = '2025-05',
): number {
  const lines = md.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\|?Models\|Claimed Length\|Effective Length\|/.test(l.trim()));
  if (start < 0) throw new Error('RULER README: results table not found');
  const header = lines[start]
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map(cellText);
  let n = 0;
  for (let i = start + 2; i < lines.length && lines[i].trim(); i++) {
    const cells = lines[i].trim().replace(/^\|/, '').split('|');
    const name = nameOf(cells[0]);
    if (!name) continue;
    const byAuthors = /\*/.test(cells[0]);
    const res = reg.resolve(name, sourceId, { createIfMissing: true })!;
    const base = {
      modelId: res.model.id,
      asOf,
      sourceId,
      extra: { row: cellText(cells[0]).slice(0, 120), ...(res.extra ?? {}) },
    };
    const note = byAuthors ? "reported by the model's authors (RULER README)" : undefined;
    const claimed = length(cells[1] ?? '');
    if (claimed) {
      sink.add({
        ...base,
        metric: 'context_window',
        value: claimed.value,
        valueText: claimed.text,
        unit: 'tokens',
        provenance: 'vendor',
        note: 'claimed length, as listed by RULER',
      });
      n++;
    }
    const eff = length(cells[2] ?? '');
    if (eff) {
      sink.add({
        ...base,
        metric: 'context_window',
        setting: 'effective (RULER)',
        value: eff.value,
        valueText: eff.text,
        unit: 'tokens',
        provenance: byAuthors ? 'vendor' : 'independent',
        note: [
          eff.bound ? `${eff.bound} ${eff.text.replace(/^[<>]/, '')}` : undefined,
          'longest length scoring above the Llama-2-7B 4K baseline (85.6)',
          note,
        ]
          .filter(Boolean)
          .join('; '),
      });
      n++;
    }
    header.forEach((h, k) => {
      const col = /^(\d+K)$/.exec(h)?.[1] ?? (h === 'Avg.' ? 'average' : undefined);
      const value = Number(cellText(cells[k] ?? ''));
      if (!col || !cellText(cells[k] ?? '') || !Number.isFinite(value)) return;
      sink.add({
        ...base,
        metric: 'benchmark_score',
        benchmark: 'RULER',
        setting: col === 'average' ? 'average 4K–128K' : `${col} tokens`,
        value,
        unit: '%',
        provenance: byAuthors ? 'vendor' : 'independent',
        note,
      });
      n++;
    });
  }
  return n;
}
