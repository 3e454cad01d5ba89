import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** JSON with object keys sorted recursively, so the same data always prints the same bytes. */
export function sortKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(sortKeys) as T;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sortKeys(o[k])]),
    ) as T;
  }
  return v;
}

/** Arrays print one element per line: reviewable in a diff, small on disk. */
export function stableJson(v: unknown): string {
  const s = sortKeys(v);
  if (Array.isArray(s)) return s.length ? `[\n${s.map((x) => JSON.stringify(x)).join(',\n')}\n]\n` : '[]\n';
  return `${JSON.stringify(s, null, 2)}\n`;
}

export function writeJson(path: string, v: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, stableJson(v));
}
