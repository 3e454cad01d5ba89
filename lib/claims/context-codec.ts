import { z } from 'zod';
import { createContext, type EngineContext } from './engine';

/**
 * An engine context as plain JSON, so a page's context can outlive the MV3 worker that built it
 * (Chrome stops an idle worker; the page's later sections must still read "Maverick" as Llama 4's).
 *
 * The engine compares some context entries by identity (the last model IS the section's model), so
 * the codec keeps identity: every object is written once into a table and referred to by index.
 * Sets and Maps are tagged. New context fields need no change here. `tablesDone` holds DOM-free
 * table objects of one document only and is never carried (PageScanner resets it per document).
 */
type Encoded = null | boolean | number | string | Encoded[] | { [k: string]: Encoded };

const FORMAT = 1;
const RefSchema = z.object({ $ref: z.number().int().nonnegative() }).strict();
const EncodedContextSchema = z.object({
  format: z.literal(FORMAT),
  root: z.number().int().nonnegative(),
  table: z.array(z.unknown()).max(10_000),
});

/** Serialises a context (or returns null if it holds something JSON cannot carry). */
export function encodeContext(ctx: EngineContext): string | null {
  const ids = new Map<object, number>();
  const table: Encoded[] = [];
  const enc = (v: unknown): Encoded => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (v === undefined) return { $undef: true };
    if (typeof v !== 'object') throw new TypeError(`cannot carry a ${typeof v}`);
    const known = ids.get(v);
    if (known !== undefined) return { $ref: known };
    const id = table.length;
    ids.set(v, id);
    table.push(null);
    let out: Encoded;
    if (Array.isArray(v)) out = v.map(enc);
    else if (v instanceof Set) out = { $set: [...v].map(enc) };
    else if (v instanceof Map) out = { $map: [...v].map(([k, x]) => [enc(k), enc(x)]) };
    else {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new TypeError('cannot carry a class instance');
      const o: Record<string, Encoded> = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) o[k] = enc(x);
      out = { $obj: o };
    }
    table[id] = out;
    return { $ref: id };
  };
  try {
    const root = enc({ ...ctx, tablesDone: new Set() }) as { $ref: number };
    return JSON.stringify({ format: FORMAT, root: root.$ref, table });
  } catch {
    return null;
  }
}

/**
 * Rebuilds a context from encodeContext's output. Anything malformed (another format, a dangling
 * reference, a wrong shape) gives null: the page then starts afresh, which costs only carried references.
 */
export function decodeContext(json: string): EngineContext | null {
  let parsed: z.infer<typeof EncodedContextSchema>;
  try {
    parsed = EncodedContextSchema.parse(JSON.parse(json));
  } catch {
    return null;
  }
  const { table } = parsed;
  const built = new Map<number, unknown>();
  const dec = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(dec); // (only inside a table entry)
    const ref = RefSchema.safeParse(v);
    if (ref.success) return node(ref.data.$ref);
    if ((v as { $undef?: unknown }).$undef === true) return undefined;
    throw new TypeError('unexpected inline object');
  };
  const node = (id: number): unknown => {
    if (built.has(id)) return built.get(id);
    if (id >= table.length) throw new RangeError('dangling reference');
    const raw = table[id] as Record<string, unknown> | unknown[];
    if (Array.isArray(raw)) {
      const arr: unknown[] = [];
      built.set(id, arr);
      for (const x of raw) arr.push(dec(x));
      return arr;
    }
    if (raw && typeof raw === 'object' && Array.isArray(raw.$set)) {
      const set = new Set<unknown>();
      built.set(id, set);
      for (const x of raw.$set as unknown[]) set.add(dec(x));
      return set;
    }
    if (raw && typeof raw === 'object' && Array.isArray(raw.$map)) {
      const map = new Map<unknown, unknown>();
      built.set(id, map);
      for (const pair of raw.$map as unknown[]) {
        if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError('bad map entry');
        map.set(dec(pair[0]), dec(pair[1]));
      }
      return map;
    }
    if (raw && typeof raw === 'object' && raw.$obj && typeof raw.$obj === 'object') {
      const obj: Record<string, unknown> = {};
      built.set(id, obj);
      for (const [k, x] of Object.entries(raw.$obj as Record<string, unknown>)) {
        // (a hostile or corrupt entry must not reach the prototype)
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
        obj[k] = dec(x);
      }
      return obj;
    }
    throw new TypeError('bad table entry');
  };
  try {
    const ctx = node(parsed.root) as Partial<EngineContext> | null;
    if (!ctx || typeof ctx !== 'object' || !(ctx.families instanceof Set) || !Array.isArray(ctx.recent))
      return null;
    return { ...createContext(ctx.pageDate), ...ctx, tablesDone: new Set() } as EngineContext;
  } catch {
    return null;
  }
}
