import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Rules from the second held-out set's error categories, each shown with new sentences.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text);
const html = (h: string) => {
  const { doc } = scanHtml(h);
  const claims = engine.findClaims(doc);
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
  return claims;
};
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];

describe('tables', () => {
  it('does not read an "experts per token" column as the expert count', () => {
    const claims = html(`<table><thead><tr><th>Model</th><th>Total experts</th><th>Active experts</th>
      <th>Experts routed per token</th></tr></thead>
      <tbody><tr><td>DeepSeek-V3</td><td>256</td><td>8</td><td>8</td></tr></tbody></table>`);
    expect(claims.map(brief)).toEqual([['256', 'deepseek-v3', 'experts', 256]]);
  });
  it('reads separate input and output price columns', () => {
    const claims =
      html(`<table><thead><tr><th>Model</th><th>Input price</th><th>Output price</th></tr></thead>
      <tbody><tr><td>GPT-4o mini</td><td>$0.15</td><td>$0.60</td></tr></tbody></table>`);
    expect(claims.map(brief)).toEqual([
      ['$0.15', 'gpt-4o-mini', 'price', 0.15],
      ['$0.60', 'gpt-4o-mini', 'price', 0.6],
    ]);
  });
  it('reads both prices of a "$in / $out" cell', () => {
    const claims =
      html(`<table><thead><tr><th>Model</th><th>Context</th><th>Price in USD (input / output, per 1M tokens)</th></tr></thead>
      <tbody><tr><td>GPT-4.5</td><td>128K</td><td>$75.00 / $150.00</td></tr></tbody></table>`);
    expect(claims.map(brief)).toEqual([
      ['128K', 'gpt-4.5', 'context_window', 128000],
      ['$75.00', 'gpt-4.5', 'price', 75],
      ['$150.00', 'gpt-4.5', 'price', 150],
    ]);
  });
});

describe('token counts that are not context windows', () => {
  it('skips per-million price units, sized prompts and pricing tiers', () => {
    const claims = prose(
      'Cached input for GPT-4o mini is $0.08 per 1M tokens. GPT-4o mini bills a 500,000-token request at the same rate. ' +
        'Prices listed here for GPT-4o mini apply to prompts up to 200K tokens.',
    );
    expect(claims.filter((c) => c.metric === 'context_window')).toEqual([]);
    expect(claims.map(brief)).toContainEqual(['$0.08 per 1M tokens', 'gpt-4o-mini', 'price', 0.08]);
  });
  it('still reads a plain context claim', () => {
    expect(prose('GPT-4o mini accepts prompts up to 128K tokens.').map(brief)).toEqual([
      ['128K tokens', 'gpt-4o-mini', 'context_window', 128000],
    ]);
  });
});

describe('negation, exceptions and attribution', () => {
  it('drops a denied number', () => {
    const claims = prose("DeepSeek-V3 isn't 700 billion parameters; DeepSeek-V3 has 671 billion parameters.");
    expect(claims.map(brief)).toEqual([['671 billion parameters', 'deepseek-v3', 'total_params', 671e9]]);
  });
  it('makes no comparison with the model named after "except"', () => {
    const claims = prose('Mistral Small 3.1 beats every small model except GPT-4o mini on MMLU.');
    expect(claims.filter((c) => c.metric === 'comparison')).toEqual([]);
  });
  it('gives "N on <model>" to that model', () => {
    const claims = prose('GPT-4.5 ships with a 128K context window, up from 8K on GPT-4.');
    expect(claims.map(brief)).toContainEqual(['8K', 'gpt-4', 'context_window', 8000]);
    expect(claims.some((c) => c.quote === '8K' && c.model.id === 'gpt-4.5')).toBe(false);
  });
  it('keeps a comparison in the bullet that named its subject, not the previous one', () => {
    const claims = html(`<ul><li><strong>DeepSeek-V3</strong> — cheap to serve and widely mirrored.</li>
      <li><strong>Mistral Small 3.1</strong> — the small model to watch: 66.8% on MMLU-Pro, ahead of GPT-4o mini.</li></ul>`);
    const comps = claims.filter((c) => c.metric === 'comparison');
    expect(comps.map((c) => c.model.id)).toEqual(['mistral-small-3.1']);
  });
});

describe('active parameters after a total', () => {
  it('reads "activates only N of them" and "uses about N per token"', () => {
    const a = prose(
      'DeepSeek-V3 has 671 billion parameters overall yet activates just 37 billion of them at once.',
    );
    expect(a.map(brief)).toContainEqual(['37 billion', 'deepseek-v3', 'active_params', 37e9]);
    const b = prose('Llama 4 Scout holds 109 billion parameters and uses roughly 17 billion per token.');
    expect(b.map(brief)).toContainEqual(['17 billion', 'llama-4-scout', 'active_params', 17e9]);
  });
  it('does not read a per-token count without a parameter total nearby', () => {
    expect(
      prose('Llama 4 Scout generated 2 billion per token budget overall.').map((c) => c.metric),
    ).not.toContain('active_params');
  });
});

describe('licences and release dates', () => {
  it('ignores a site licence in a footer', () => {
    const claims = html(`<p>GPT-4o mini is now available to everyone.</p>
      <footer><p>Text on this site is licensed under CC BY 4.0 unless noted.</p></footer>`);
    expect(claims.filter((c) => c.metric === 'license')).toEqual([]);
  });
  it('reads "Its MIT license" in the bullet that opened with the model', () => {
    const claims = html(
      `<ul><li><strong>DeepSeek-V3</strong> — weights are on the hub. Its MIT license helps adoption.</li></ul>`,
    );
    expect(claims.map((c) => [c.model.id, c.metric])).toContainEqual(['deepseek-v3', 'license']);
  });
  it('reads "Release date:" in a spec list', () => {
    const claims = html(`<p>Mistral Small 3.1 is a 24B model.</p><h2>Details</h2><ul>
      <li><strong>Developer:</strong> Mistral AI</li><li><strong>Parameters:</strong> 24B</li>
      <li><strong>Tokenizer:</strong> Tekken</li><li><strong>Vocabulary:</strong> 131k</li>
      <li><strong>Release date:</strong> March 17, 2025</li></ul>`);
    const d = claims.find((c) => c.metric === 'release_date');
    expect(d).toMatchObject({
      quote: 'March 17, 2025',
      valueText: '2025-03-17',
      model: { id: 'mistral-small-3.1' },
    });
  });
});
