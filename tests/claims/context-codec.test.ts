import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeContext, encodeContext } from '@/lib/claims/context-codec';
import { createClaimEngine, createContext } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import { fixturePages, shippedDictionary } from './fixture-pages';

const engine = createClaimEngine(shippedDictionary());

describe('engine context codec (a page context outliving the worker)', () => {
  it('a page scanned in two calls finds the same with its context carried through JSON as kept in memory', () => {
    const pages = fixturePages();
    expect(pages.length).toBeGreaterThan(100);
    let carried = 0;
    for (const page of pages) {
      const { doc, pageDate } = scanHtml(readFileSync(page, 'utf8'));
      const n = doc.blocks.length;
      const half = Math.floor(n / 2);
      const rest = Array.from({ length: n - half }, (_, i) => half + i);
      const kept = createContext(pageDate);
      const whole = [
        ...engine.scanBlocks(doc, [...Array(half).keys()], kept),
        ...engine.scanBlocks(doc, rest, kept),
      ];
      const ctx = createContext(pageDate);
      const first = engine.scanBlocks(doc, [...Array(half).keys()], ctx);
      const json = encodeContext(ctx);
      expect(json, page.pathname).toBeTypeOf('string');
      const back = decodeContext(json!);
      expect(back, page.pathname).not.toBeNull();
      // (tables already read are per document; the engine would re-read a table split across the halves)
      back!.tablesDone = ctx.tablesDone;
      const second = engine.scanBlocks(doc, rest, back!);
      const strip = (cs: typeof whole) => cs.map(({ id: _id, ...c }) => c);
      expect(strip([...first, ...second]), page.pathname).toEqual(strip(whole));
      carried += second.length;
    }
    expect(carried).toBeGreaterThan(1000);
  });

  it('keeps shared entries shared (the section model IS the last model)', () => {
    const ctx = createContext('2025-04-10');
    engine.scanBlocks(
      { ...scanHtml('<h2>DeepSeek-V3</h2><p>DeepSeek-V3 has 671B total parameters.</p>').doc },
      [0, 1],
      ctx,
    );
    expect(ctx.lastModel).not.toBeNull();
    const back = decodeContext(encodeContext(ctx)!)!;
    expect(back.lastModel).toEqual(ctx.lastModel);
    expect(back.families).toBeInstanceOf(Set);
    if (ctx.sectionModel === ctx.lastModel) expect(back.sectionModel).toBe(back.lastModel);
    expect(back.recent.some((r) => r === back.lastModel)).toBe(ctx.recent.includes(ctx.lastModel!));
  });

  it('rejects malformed input with null, never a throw', () => {
    const good = encodeContext(createContext())!;
    for (const bad of [
      '',
      'not json',
      '{}',
      '[]',
      JSON.stringify({ format: 2, root: 0, table: [] }),
      JSON.stringify({ format: 1, root: 5, table: [] }),
      JSON.stringify({ format: 1, root: 0, table: [{ $obj: { families: { $ref: 9 } } }] }),
      JSON.stringify({ format: 1, root: 0, table: [{ $obj: { families: { x: 1 } } }] }),
      JSON.stringify({ format: 1, root: 0, table: ['a string'] }),
      good.replace('"$set"', '"$sex"'),
    ])
      expect(decodeContext(bad), bad).toBeNull();
  });

  it('never lets a stored entry reach Object.prototype', () => {
    const json = JSON.stringify({
      format: 1,
      root: 0,
      table: [
        {
          $obj: {
            families: { $ref: 1 },
            recent: { $ref: 2 },
            ['__proto__']: { $ref: 3 },
          },
        },
        { $set: [] },
        [],
        { $obj: { polluted: true } },
      ],
    });
    const ctx = decodeContext(json);
    expect(ctx).not.toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(ctx)).toBe(Object.prototype);
  });
});
