import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { extractDocument } from '@/lib/claims/extract-text';
import { DocPayloadSchema } from '@/lib/claims/doc-payload';
import { PageScanner } from '@/lib/claims/page-scanner';
import { fixturePages, shippedDictionary, wirePayload } from './fixture-pages';

const engine = createClaimEngine(shippedDictionary());
const payload = wirePayload;

describe('PageScanner', () => {
  it('carries a page context between calls, never between pages', () => {
    const s = new PageScanner();
    s.scan(engine, 'tab1:a', [payload('Meta released Llama 4 this week.')]);
    const same = s.scan(engine, 'tab1:a', [payload('Maverick has 17B active parameters.')]);
    expect(same[0].map((c) => c.model.name)).toEqual(['Llama 4 Maverick']);
    const other = s.scan(engine, 'tab2:a', [payload('Maverick has 17B active parameters.')]);
    expect(other[0]).toEqual([]);
  });

  it('makes claim ids unique across the documents of one call', () => {
    const s = new PageScanner();
    const text = 'DeepSeek-V3 has 671B total parameters.';
    const out = s.scan(engine, 'p', [payload(text), payload(text)]);
    expect(out[0]).toHaveLength(1);
    expect(out[1]).toHaveLength(1);
    expect(out[0][0].id).not.toBe(out[1][0].id);
    expect({ ...out[0][0], id: '' }).toEqual({ ...out[1][0], id: '' });
  });

  it('forgets the least recently used pages past its limit', () => {
    const s = new PageScanner(2);
    s.scan(engine, 'a', [payload('Meta released Llama 4.')]);
    s.scan(engine, 'b', [payload('Nothing here.')]);
    s.scan(engine, 'a', [payload('Still about Llama 4.')]); // a is now the most recent
    s.scan(engine, 'c', [payload('Nothing here either.')]); // evicts b
    expect(s.size).toBe(2);
    expect(s.scan(engine, 'a', [payload('Maverick has 17B active parameters.')])[0]).toHaveLength(1);
  });

  it('finds from a payload exactly what the engine finds in the page itself, on every labelled page', () => {
    const pages = fixturePages();
    expect(pages.length).toBeGreaterThan(40);
    let claims = 0;
    for (const page of pages) {
      const { document } = parseHTML(readFileSync(page, 'utf8'));
      const doc = extractDocument(document.body);
      const want = engine.findClaims(doc, { pageDate: '2025-08-20' });
      const wire = DocPayloadSchema.parse(
        JSON.parse(JSON.stringify({ text: doc.text, blocks: doc.blocks, tables: doc.tables })),
      );
      const got = new PageScanner().scan(engine, 'p', [wire], '2025-08-20')[0];
      claims += got.length;
      expect(
        got.map((c) => ({ ...c, id: c.id.replace(/^0~/, '') })),
        page.pathname,
      ).toEqual(want);
    }
    expect(claims).toBeGreaterThan(500);
  });
});

describe('DocPayloadSchema', () => {
  it('rejects block offsets outside the text and unknown block kinds', () => {
    const ok = { text: 'abc', blocks: [{ start: 0, end: 3, kind: 'prose' }], tables: [] };
    expect(DocPayloadSchema.safeParse(ok).success).toBe(true);
    expect(DocPayloadSchema.safeParse({ ...ok, blocks: [{ start: 0, end: 9, kind: 'prose' }] }).success).toBe(
      false,
    );
    expect(DocPayloadSchema.safeParse({ ...ok, blocks: [{ start: 2, end: 1, kind: 'prose' }] }).success).toBe(
      false,
    );
    expect(
      DocPayloadSchema.safeParse({ ...ok, blocks: [{ start: 0, end: 3, kind: 'script' }] }).success,
    ).toBe(false);
    expect(
      DocPayloadSchema.safeParse({ ...ok, blocks: [{ start: 0, end: 3, kind: 'table', table: 0 }] }).success,
    ).toBe(false);
  });
});
