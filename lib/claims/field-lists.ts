/**
 * "Label: value" field lists (README bullets "Number of Experts: 128") and <dl> spec sheets
 * (<dt>Parameters</dt><dd>27 billion</dd>): the label names the metric the way a table header
 * does, so it is read with the table vocabulary (headerMetric), never with prose cues.
 */
import type { Metric } from '../factbase/metrics';
import { findDates } from './dates-licenses';
import { findQuantities } from './parse-quantity';
import { headerMetric } from './read-tables';

export interface FieldValue {
  metric: Metric;
  unit?: string;
  benchmark?: string;
  /** Offsets into the folded block text. */
  start: number;
  end: number;
  value: number | null;
  valueText?: string;
}

/** "Number of Experts: 128" → label and where the value starts; null when the block is not a field. */
export function splitField(f: string): { label: string; valueStart: number } | null {
  const colon = f.indexOf(':');
  if (colon < 2 || colon > 48) return null;
  const label = f.slice(0, colon);
  if (/\d/.test(label) || label.split(/\s+/).filter(Boolean).length > 6) return null;
  return { label, valueStart: colon + 1 };
}

/** A label-only block (a <dt>): short, no digits, no colon inside. */
export function isFieldLabel(f: string): boolean {
  const t = f.trim();
  return t.length >= 3 && t.length <= 40 && !/[\d:.!?]/.test(t);
}

/** The values of one field, checked the way a spec-sheet table cell is. */
export function readField(
  label: string,
  f: string,
  orig: string,
  valueStart: number,
  arenaName: string,
): FieldValue[] {
  const hm = headerMetric(label, arenaName);
  if (!hm) return [];
  // "Number of Activated Experts" counts the routed experts, not the model's experts
  if (hm.metric === 'experts' && /\b(?:activ\w*|shared|selected|routed|per token)\b/.test(label)) return [];
  if (hm.metric === 'license') {
    const raw = orig.slice(valueStart);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[.;]$/, '');
    if (!text || text.length > 60 || /\d{3,}/.test(text)) return [];
    return [
      {
        metric: 'license',
        start: valueStart + lead,
        end: valueStart + lead + text.length,
        value: null,
        valueText: text,
      },
    ];
  }
  if (hm.metric === 'release_date') {
    // <dt>Release date</dt><dd>March 12, 2025</dd>: a full date (no page year to guess from here)
    const d = findDates(f, valueStart, f.length).find((x) => x.iso);
    return d
      ? [{ metric: hm.metric, unit: 'date', start: d.start, end: d.end, value: null, valueText: d.iso }]
      : [];
  }
  if (hm.metric === 'arena_elo') return [];
  const out: FieldValue[] = [];
  for (const q of findQuantities(f, valueStart, f.length).slice(0, 3)) {
    let value = q.value;
    if (!q.scale && hm.scale !== 1) value *= hm.scale;
    if (q.percent || (q.currency && hm.metric !== 'price') || (hm.metric === 'price' && !q.currency))
      continue;
    if ((hm.metric === 'total_params' || hm.metric === 'active_params') && value < 1e6) continue;
    if ((hm.metric === 'context_window' || hm.metric === 'training_tokens') && value < 1000) continue;
    if (hm.metric === 'experts' && (q.scale || !Number.isInteger(value) || value < 2)) continue;
    if (hm.metric === 'training_compute' && value < 1e18) continue;
    // the value's own unit word, if any ("131,072 tokens")
    const unitWord = /^\s*(?:tokens?|parameters?|params|experts|gpus|downloads)\b/.exec(
      f.slice(q.end, q.end + 16),
    );
    out.push({
      metric: hm.metric,
      unit: hm.unit,
      benchmark: hm.benchmark,
      start: q.start,
      end: q.end + (unitWord ? unitWord[0].length : 0),
      value,
    });
  }
  return out;
}
