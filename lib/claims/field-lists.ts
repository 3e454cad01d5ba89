/**
 * "Label: value" field lists (README bullets "Number of Experts: 128") and <dl> spec sheets
 * (<dt>Parameters</dt><dd>27 billion</dd>): the label names the metric the way a table header
 * does, so it is read with the table vocabulary (headerMetric), never with prose cues.
 */
import { hasForeignUnit } from './foreign-units';
import type { Metric } from '../factbase/metrics';
import { findDates } from './dates-licenses';
import { findQuantities } from './parse-quantity';
import { headerMetric, type HeaderMetric } from './read-tables';

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

/** <dt>Input tokens</dt><dd>$0.19 per 1M</dd>: a token-kind label over a per-million dollar figure is a price. */
const TOKEN_KIND_LABEL = /^\s*(?:input|output|prompt|completion)(?:\s+tokens?)?\s*$/;
const PER_MILLION_VALUE = /^\s*\$\d[\d.,]*\s*(?:\/|per)\s*(?:1\s?m\b|one million|million|1,000,000|mtok\b)/;
function tokenKindPrice(label: string, f: string, valueStart: number): HeaderMetric | null {
  return TOKEN_KIND_LABEL.test(label) && PER_MILLION_VALUE.test(f.slice(valueStart))
    ? { metric: 'price', unit: 'usd_per_mtok', scale: 1 }
    : null;
}

/** The values of one field, checked the way a spec-sheet table cell is. */
export function readField(
  label: string,
  f: string,
  orig: string,
  valueStart: number,
  arenaName: string,
): FieldValue[] {
  const hm = headerMetric(label, arenaName) ?? tokenKindPrice(label, f, valueStart);
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
    // "Context length exceeded: your document is over 100,000 words": a figure in another unit
    if (hasForeignUnit(f, q.end)) continue;
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

/** One "Label: value" field inside a block; offsets into the folded block text. */
export interface FieldSpan {
  label: string;
  /** Where the value starts and the field ends. */
  valueStart: number;
  end: number;
}

/**
 * The fields of a block written as several: "Llama 4 Maverick. Active parameters: 17 billion.
 * Total: 400 billion." or "Active parameters: 17B; Experts: 128". Pieces end at a sentence
 * stop, ";", "·" or "|"; a piece without a colon (the model's name) is no field.
 */
export function splitFields(f: string): FieldSpan[] {
  const out: FieldSpan[] = [];
  // every field has a colon (splitField): most short blocks have none, and skip the split
  if (!f.includes(':')) return out;
  const re = /\.\s+|;\s*|\s[\u00b7|]\s/g;
  let from = 0;
  for (;;) {
    const m = re.exec(f);
    const stop = m ? m.index : f.length;
    // "17.5B" and "v3.1" stay whole: the regex needs whitespace after a dot
    let at = from;
    let piece = f.slice(from, stop);
    // "Llama 4 Scout — Active parameters: 17B": the field starts after the name's dash
    const dash = /\s[\u2014\u2013-]\s/.exec(piece);
    if (dash && dash.index < piece.indexOf(':')) {
      at += dash.index + dash[0].length;
      piece = f.slice(at, stop);
    }
    const field = splitField(piece);
    // a field's label is a short noun phrase, not a clause ("For context on scale: …")
    if (field && field.label.trim().split(/\s+/).length <= 4 && !CLAUSE_START.test(field.label))
      out.push({ label: field.label, valueStart: at + field.valueStart, end: stop });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

const CLAUSE_START =
  /^\s*(?:for|in|on|as|at|by|with|to|from|the|a|an|and|but|so|or|if|when|note|here|this|that|it|we|our|they)\b/;

const SIZE_METRICS: ReadonlySet<Metric> = new Set(['total_params', 'active_params']);
/** Count metrics a prose cue may confuse with one another ("~22T" read as parameters). */
const COUNT_METRICS: ReadonlySet<Metric> = new Set([
  'total_params',
  'active_params',
  'training_tokens',
  'context_window',
  'experts',
  'training_gpus',
  'training_gpu_hours',
  'training_compute',
]);

/**
 * The metric a field's label gives a figure at `at` in its block, when prose cues read the figure
 * as another count: "Active parameters: 17B" as a total, "Training tokens: ~22T" as parameters.
 */
export function fieldCountMetric(fields: FieldSpan[], at: number, arenaName: string): Metric | null {
  const fld = fields.find((x) => at >= x.valueStart && at < x.end);
  if (!fld) return null;
  const hm = headerMetric(fld.label, arenaName);
  if (!hm || !COUNT_METRICS.has(hm.metric)) return null;
  // a size label must say which ("Active parameters", "Total"): "Number of Parameters: 235B in
  // total and 22B activated" leaves the figures' own words to decide
  if (SIZE_METRICS.has(hm.metric) && !/\b(?:active|activated|total)\b/.test(fld.label)) return null;
  // "Experts used per token" and the like name no expert total (readField drops them too)
  if (hm.metric === 'experts' && /\b(?:activ\w*|shared|selected|routed|per token)\b/.test(fld.label))
    return null;
  return hm.metric;
}

export function isCountMetric(m: Metric): boolean {
  return COUNT_METRICS.has(m);
}
