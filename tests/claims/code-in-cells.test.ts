import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { extractDocument } from '@/lib/claims/extract-text';
import type { ModelDictionary } from '@/lib/claims/types';

const dict = JSON.parse(
  readFileSync(new URL('../../data/dictionary.json', import.meta.url), 'utf8'),
) as ModelDictionary;
const engine = createClaimEngine(dict);

const claimsIn = (html: string) => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return engine.findClaims(extractDocument(document.body), { pageDate: '2025-06-01' });
};

describe('inline code in table cells', () => {
  const table = (label: string) =>
    `<table><thead><tr><th>Model</th><th>MMLU-Pro</th></tr></thead>` +
    `<tbody><tr><td>${label}</td><td>80.5</td></tr></tbody></table>`;

  it('reads a cell that is one code element as the row label (README style)', () => {
    const got = claimsIn(table('<code>Llama-4-Maverick-17B-128E-Instruct</code>'));
    expect(got.map((c) => [c.model.id, c.benchmark, c.value])).toEqual([
      ['llama-4-maverick', 'MMLU-Pro', 80.5],
    ]);
  });

  it('still skips code among other text in a cell, and code blocks', () => {
    expect(claimsIn(table('run <code>Llama-4-Maverick-17B-128E-Instruct</code> here'))).toEqual([]);
    expect(claimsIn('<pre><code>Llama 4 Maverick has 400B total parameters.</code></pre>')).toEqual([]);
    expect(claimsIn('<p><code>Llama 4 Maverick has 400B total parameters.</code></p>')).toEqual([]);
  });
});
