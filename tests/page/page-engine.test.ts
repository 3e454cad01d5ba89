// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageEngine, type ScanRequest, type SectionPayload } from '@/entrypoints/content/page-engine';
import { createClaimEngine } from '@/lib/claims/engine';
import { PageScanner } from '@/lib/claims/page-scanner';
import { DocPayloadSchema } from '@/lib/claims/doc-payload';
import type { ModelDictionary } from '@/lib/claims/types';
import type { VerdictResult } from '@/lib/verdicts/types';

const dict = JSON.parse(
  readFileSync(join(process.cwd(), 'data', 'dictionary.json'), 'utf8'),
) as ModelDictionary;
const engine = createClaimEngine(dict);

function section(text: string): Element {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  return p;
}

/** A background like ours, in-process: the payloads cross a JSON boundary and are checked like scanPage's. */
function background() {
  const scanner = new PageScanner();
  const calls: { docs: SectionPayload[]; pageId: string }[] = [];
  const request: ScanRequest = async (docs, pageId) => {
    const wire = JSON.parse(JSON.stringify(docs)) as unknown[];
    const parsed = wire.map((d) => DocPayloadSchema.parse(d));
    calls.push({ docs, pageId });
    const claims = scanner.scan(engine, pageId, parsed, '2025-08-20');
    const results = claims
      .flat()
      .map(
        (c) =>
          ({ claimId: c.id, verdict: 'unverified', expected: [], facts: [] }) as unknown as VerdictResult,
      );
    return { docs: claims.map((c) => ({ claims: c })), results };
  };
  return { request, calls };
}

describe('PageEngine (the page side of scanPage)', () => {
  it('sends extracted sections without their DOM nodes and returns the claims and verdicts', async () => {
    document.body.replaceChildren();
    const bg = background();
    const pe = new PageEngine(bg.request);
    const d = pe.extract(section('Llama 4 Maverick has 17B active parameters.'));
    expect(d.segments.length).toBeGreaterThan(0);
    await pe.prepare([d]);
    expect(bg.calls).toHaveLength(1);
    expect(Object.keys(bg.calls[0].docs[0]).sort()).toEqual(['blocks', 'tables', 'text']);
    const claims = pe.findClaims(d);
    expect(claims.map((c) => [c.model.name, c.metric, c.value])).toEqual([
      ['Llama 4 Maverick', 'active_params', 17e9],
    ]);
    expect(pe.resultFor(claims[0])?.verdict).toBe('unverified');
  });

  it('skips empty sections and sends nothing for a page without text', async () => {
    document.body.replaceChildren();
    const bg = background();
    const pe = new PageEngine(bg.request);
    const empty = pe.extract(section('   '));
    await pe.prepare([empty]);
    expect(bg.calls).toHaveLength(0);
    expect(pe.findClaims(empty)).toEqual([]);
  });

  it('does not send a section too big for the message (the rest of the page is still scanned)', async () => {
    document.body.replaceChildren();
    const bg = background();
    const pe = new PageEngine(bg.request);
    const huge = pe.extract(section('x '.repeat(2_100_000)));
    const d = pe.extract(section('DeepSeek-V3 has 671B total parameters.'));
    await pe.prepare([huge, d]);
    expect(bg.calls).toHaveLength(1);
    expect(bg.calls[0].docs).toHaveLength(1);
    expect(pe.findClaims(d)).toHaveLength(1);
    expect(pe.findClaims(huge)).toEqual([]);
  });

  it('splits a huge scan into ordered requests that share one page context', async () => {
    document.body.replaceChildren();
    const bg = background();
    const pe = new PageEngine(bg.request, 60);
    const a = pe.extract(section('Meta released Llama 4 this week.'));
    const b = pe.extract(section('Maverick has 17B active parameters.'));
    await pe.prepare([a, b]);
    expect(bg.calls).toHaveLength(2);
    expect(bg.calls[0].pageId).toBe(bg.calls[1].pageId);
    // "Maverick" alone counts only once Llama 4 was named: in the first request.
    expect(pe.findClaims(b).map((c) => c.model.name)).toEqual(['Llama 4 Maverick']);
  });

  it('starts a fresh page context after client-side navigation', async () => {
    document.body.replaceChildren();
    const bg = background();
    const pe = new PageEngine(bg.request);
    await pe.prepare([pe.extract(section('Meta released Llama 4 this week.'))]);
    pe.resetContext('2025-09-01');
    const b = pe.extract(section('Maverick has 17B active parameters.'));
    await pe.prepare([b]);
    expect(bg.calls[1].pageId).not.toBe(bg.calls[0].pageId);
    expect(pe.findClaims(b)).toEqual([]);
    expect(pe.pageDate).toBe('2025-09-01');
  });

  it('throws when the background cannot answer, and answers on the retry', async () => {
    document.body.replaceChildren();
    const bg = background();
    let up = false;
    const pe = new PageEngine((docs, id) =>
      up ? bg.request(docs, id) : Promise.reject(new Error('No answer')),
    );
    const d = pe.extract(section('DeepSeek-V3 has 671B total parameters.'));
    await expect(pe.prepare([d])).rejects.toThrow(/No answer/);
    up = true;
    await pe.prepare([d]);
    expect(pe.findClaims(d).map((c) => c.model.name)).toEqual(['DeepSeek-V3']);
  });
});
