import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { shippedDictionary } from './fixture-pages';

// Round 12b (prose precision): figures the engine gave to the wrong model or that no model owns.
// Every sentence here is written for this file.
const dict = shippedDictionary();
const engine = createClaimEngine(dict);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const owners = (claims: Claim[], quote: string) =>
  claims.filter((c) => c.quote === quote).map((c) => c.model.id);

describe('the second figure of a contrast pair', () => {
  it('is not the first figure’s model', () => {
    const c = prose(
      'Llama 4 Maverick is out. OpenAI says GPT-4.5 beats GPT-4o on GPQA Diamond, 71.4 against 53.6.',
    );
    expect(owners(c, '53.6')).not.toContain('gpt-4.5');
  });

  it('keeps one model’s two runs and a vendor-versus-independent pair', () => {
    const runs = prose('Claude 3.7 Sonnet scores 64.9 on GPQA Diamond with thinking versus 60.4 without.');
    expect(owners(runs, '60.4')).toHaveLength(1);
    expect(owners(runs, '60.4')[0]).toMatch(/^claude-3\.7-sonnet/);
    const sources = prose(
      'For Llama 4 Scout the GPQA Diamond gap is wide: 57.2 claimed against 0.518 measured.',
    );
    expect(owners(sources, '0.518')).toContain('llama-4-scout');
  });
});

describe('a dateline', () => {
  it('is not a release date', () => {
    const c = prose(
      'Mar 3 · Gemini 2.0 Flash-Lite, generally available today, costs $0.075 per million input tokens.',
    );
    expect(c.filter((x) => x.metric === 'release_date').map((x) => x.quote)).not.toContain('Mar 3');
  });
});

describe('a family-wide download count', () => {
  it('is no member model’s', () => {
    const c = prose(
      'Llama 4 Maverick was downloaded 900,000 times in April, while the Llama family as a whole has passed 2 billion downloads.',
    );
    expect(c.filter((x) => x.metric === 'downloads').map((x) => x.quote)).not.toContain(
      '2 billion downloads',
    );
  });
});

describe('a host serving a model with a cap', () => {
  it('is not the model’s window', () => {
    const c = prose(
      'Llama 4 Scout advertises 10M tokens. The provider will serve Scout with a 300K-token limit at launch.',
    );
    expect(c.filter((x) => x.metric === 'context_window').map((x) => x.value)).not.toContain(300000);
  });
});

describe('a table on a page about one model', () => {
  it('does not hand its last column to the prose after it', () => {
    const html = `<html><body><h1>Claude 3.7 Sonnet review</h1>
<p>Anthropic released Claude 3.7 Sonnet this spring and I used it for two weeks.</p>
<table><thead><tr><th>Benchmark</th><th>Claude 3.7 Sonnet</th><th>GPT-4o</th></tr></thead>
<tbody><tr><td>GPQA Diamond</td><td>68.0</td><td>53.6</td></tr></tbody></table>
<p>The context window is 200K tokens, and the price is $3 per million input tokens.</p></body></html>`;
    const { doc, pageDate } = scanHtml(html);
    const c = engine.findClaims(doc, { pageDate });
    expect(owners(c, '200K tokens')).toEqual(['claude-3.7-sonnet']);
  });
});

describe('figure shapes', () => {
  it('reads "N with M activated" as a total and an active count', () => {
    const c = prose('People forget how big Llama 4 Maverick is. It is 400B with 17B activated per token.');
    expect(c.filter((x) => x.quote === '400B').map((x) => x.metric)).toEqual(['total_params']);
  });

  it('does not read a head count as a score', () => {
    const c = prose('Llama 4 Maverick sat at 1273 on LMArena. The room, about 2,000 developers, was quiet.');
    expect(c.map((x) => x.quote)).not.toContain('2,000');
  });
});

describe('the length a test ran at', () => {
  it('is not a window', () => {
    const c = prose(
      'Llama 4 Scout was tested on long stories. At a shorter 16,000 tokens it answered 61.0 per cent of the questions.',
    );
    expect(c.filter((x) => x.metric === 'context_window').map((x) => x.value)).not.toContain(16000);
  });

  it('keeps an effective length put at a size', () => {
    const eff = prose(
      'Llama 4 Scout advertises 10M tokens, and the study puts its effective length at 2K, with 30% accuracy.',
    );
    expect(eff.filter((x) => x.metric === 'context_window').map((x) => x.value)).toContain(2000);
  });
});

describe('figures that are not the claim they look like', () => {
  it('drops a training rate per unit', () => {
    const c = prose(
      'DeepSeek-V3 is efficient: at 200K GPU hours per trillion tokens, a trillion took four days.',
    );
    expect(c.map((x) => x.quote)).not.toContain('200K GPU hours');
  });

  it('drops a size that is part of a model name after its version', () => {
    const c = prose(
      'Llama 4 Behemoth is still training. Developers can fine-tune Phi 3.5 4B through the API.',
    );
    expect(c.filter((x) => x.metric === 'total_params').map((x) => x.quote)).not.toContain('4B');
  });

  it('drops the date of a quoted source', () => {
    const c = prose(
      'Llama 4 Maverick is out.\n\n“Maverick beats GPT-4o across the board.” — Meta launch blog, April 2025\n\nThat line aged badly.',
    );
    expect(c.filter((x) => x.metric === 'release_date').map((x) => x.quote)).not.toContain('April 2025');
  });
});
