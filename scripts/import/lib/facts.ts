import type { Fact } from '../../../lib/factbase/schema';
import { modelIdFromName } from '../../../lib/factbase/model-ids';

/**
 * Collects facts with stable, readable ids: `<source>:<model>:<metric>[:<benchmark>][:<setting>]`.
 * A repeat of the same key gets `#2`, `#3` in insertion order (importers read files in a fixed
 * order, so re-runs give identical ids).
 */
export class FactSink {
  readonly facts: Fact[] = [];
  private readonly seen = new Map<string, number>();

  add(f: Omit<Fact, 'id'> & { idHint?: string }): Fact {
    const { idHint, ...rest } = f;
    const parts = [rest.sourceId, rest.modelId, rest.metric];
    if (rest.benchmark) parts.push(modelIdFromName(rest.benchmark));
    if (rest.setting) parts.push(modelIdFromName(rest.setting));
    if (idHint) parts.push(modelIdFromName(idHint));
    const base = parts.join(':');
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    const fact: Fact = { id: n === 1 ? base : `${base}#${n}`, ...rest };
    for (const k of Object.keys(fact) as (keyof Fact)[])
      if (fact[k] === undefined || fact[k] === '') delete fact[k];
    this.facts.push(fact);
    return fact;
  }
}

/** Shortens a quoted note to one readable line (notes columns quote whole paragraphs). */
export function shortNote(text: string | undefined, max = 220): string | undefined {
  if (!text) return undefined;
  const one = text.replace(/\s+/g, ' ').trim();
  if (!one) return undefined;
  return one.length <= max ? one : `${one.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Numbers as sources print them: "1,234", "$5390000.00", "67.0%", "4.08e+24". */
export function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.replace(/[$,%\s]/g, '');
  if (!t || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Rounds away float noise the sources carry ("2.244000000001e+24", "3.8100010000000003e+25"). */
export function clean(n: number): number {
  return Number(n.toPrecision(12));
}
