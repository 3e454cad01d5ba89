import type { Fact } from '../../lib/factbase/schema';
import { FactSink } from './lib/facts';
import type { ModelRegistry } from './lib/registry';

type Board = Record<string, Record<string, { rating: number; rating_q025?: number; rating_q975?: number }>>;

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * LMArena's own style-control JSON (no licence stated) → arena_elo facts with setting
 * "style control" for the overall (`full`) category only. These ship because the CSV scrape has
 * only the style-control *rank*, and style control is what makes a raw Arena score misleading.
 * Ratings are rounded to 0.1; the 95% interval becomes low/high.
 */
export function importLmarenaStyleControl(
  json: string,
  sourceId: string,
  date: string,
  reg: ModelRegistry,
  sink: FactSink,
): number {
  const board = JSON.parse(json) as Board;
  const full = board.full ?? {};
  for (const key of Object.keys(full).sort()) {
    const row = full[key];
    const res = reg.resolve(key, sourceId, { createIfMissing: true })!;
    sink.add({
      modelId: res.model.id,
      metric: 'arena_elo',
      benchmark: 'LMArena',
      setting: res.setting ? `style control, ${res.setting}` : 'style control',
      value: r1(row.rating),
      low: row.rating_q025 !== undefined ? r1(row.rating_q025) : undefined,
      high: row.rating_q975 !== undefined ? r1(row.rating_q975) : undefined,
      unit: 'elo',
      asOf: date,
      provenance: 'independent',
      sourceId,
      note: 'LMArena style-control score (LMArena JSON; no licence stated, see data/README.md)',
      extra: { lmarenaKey: key, ...(res.extra ?? {}) },
    });
  }
  return Object.keys(full).length;
}

const dayDiff = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * LMArena's overall JSON as corroboration of the CSV facts: when a CSV snapshot within
 * `maxDays` has a fact for the same model, the JSON rating is recorded in that fact's `extra`
 * (`lmarenaJson`, `lmarenaJsonSource`). JSON-only ratings are not shipped as facts; models the
 * JSON lists that the CSVs lack are counted and returned for the report.
 */
export function corroborateLmarena(
  json: string,
  sourceId: string,
  date: string,
  reg: ModelRegistry,
  csvFacts: Fact[],
  maxDays = 2,
): { corroborated: number; jsonOnly: string[] } {
  const full = (JSON.parse(json) as Board).full ?? {};
  let corroborated = 0;
  const jsonOnly: string[] = [];
  for (const key of Object.keys(full).sort()) {
    const res = reg.resolve(key, sourceId);
    const near = res
      ? csvFacts
          .filter(
            (f) =>
              f.modelId === res.model.id &&
              f.metric === 'arena_elo' &&
              !f.setting &&
              dayDiff(f.asOf, date) <= maxDays,
          )
          .sort((a, b) => dayDiff(a.asOf, date) - dayDiff(b.asOf, date))[0]
      : undefined;
    if (!near) {
      jsonOnly.push(key);
      continue;
    }
    const row = full[key];
    near.extra = {
      ...(near.extra ?? {}),
      lmarenaJson: r1(row.rating),
      lmarenaJsonCi: `${r1(row.rating_q025 ?? row.rating)}–${r1(row.rating_q975 ?? row.rating)}`,
      lmarenaJsonSource: sourceId,
    };
    corroborated++;
  }
  return { corroborated, jsonOnly };
}
