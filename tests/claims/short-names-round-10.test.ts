import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { shippedDictionary } from './fixture-pages';

// Round 10: bare short names ("Flash", "Sonnet", "Claude", "the Mistral") for a model the article
// named in full earlier. The real dictionary, so the words come from real model names and vendors.
// Every sentence here is written for this file.
const dict = shippedDictionary();
const engine = createClaimEngine(dict);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-02' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const figures = (claims: Claim[]) => claims.filter((c) => c.metric !== 'comparison').map(brief);
const owners = (claims: Claim[], quote: string) =>
  claims.filter((c) => c.quote === quote).map((c) => c.model.id);

describe('a tier word of a model named earlier', () => {
  it('names that model, not the subject of the sentence', () => {
    const c = prose(
      'We tried Claude 3.7 Sonnet for a month. It trails Gemini 2.0 Flash on long stories: Fiction.LiveBench has the standard model at 34.4% at 120k tokens against Flash’s 62.5%.',
    );
    expect(owners(c, '62.5%')).toContain('gemini-2.0-flash');
    expect(owners(c, '62.5%')).not.toContain('claude-3.7-sonnet');
  });

  it('reads both sides of "Flash trails Sonnet"', () => {
    const c = prose(
      'Gemini 2.0 Flash scored 22.0% on SWE-bench Verified and Claude 3.7 Sonnet 52.2%.\n\nFlash trails Sonnet on SWE-bench Verified by thirty points.',
    );
    const cmp = c.find((x) => x.metric === 'comparison' && x.quote.includes('Sonnet'));
    expect(cmp?.model.id).toBe('gemini-2.0-flash');
    expect(cmp?.comparison?.others.map((o) => o.id)).toEqual(['claude-3.7-sonnet']);
  });

  it('prefers the line this paragraph just named when an older one was named before', () => {
    const c = prose(
      'Gemini 1.5 Flash was the old default.\n\nGemini 2.0 Flash edged out GPT-4o mini in my tests. On LMArena, Flash sits at 1354.',
    );
    expect(figures(c)).toContainEqual(['1354', 'gemini-2.0-flash', 'arena_elo', 1354]);
  });

  it('a product line word names the one model of that line on the page', () => {
    const c = prose(
      'Claude 3.7 Sonnet is what we use for code.\n\nAt $3 per million input tokens, Claude costs us $11,000 a month.',
    );
    expect(owners(c, '$3 per million input tokens')).toEqual(['claude-3.7-sonnet']);
  });
});

describe('what stays unnamed', () => {
  it('an ambiguous word (two lines in play, neither in this paragraph) names nobody', () => {
    const c = prose(
      'Gemini 1.5 Flash and Gemini 2.0 Flash are both cheap.\n\nClaude 3.7 Sonnet is dearer. In our runs Flash sits at 1354 on LMArena.',
    );
    expect(owners(c, '1354')).not.toContain('gemini-2.0-flash');
    expect(owners(c, '1354')).not.toContain('gemini-1.5-flash');
  });

  it('lowercase common words, a hyphenated name and another capitalised word are not short names', () => {
    const c = prose(
      'Gemini 2.0 Flash is the model here. A flash sale took 40% off. Adobe Flash hit 90% of browsers once. Flash-Lite costs 40% less.',
    );
    expect(owners(c, '40%')).not.toContain('gemini-2.0-flash');
    expect(owners(c, '90%')).not.toContain('gemini-2.0-flash');
  });

  it('a product or brand use ("Claude Pro", "the Claude app") is not the model', () => {
    const c = prose(
      'Claude 3.7 Sonnet is good at code.\n\nClaude Pro costs $20 a month, and the Claude app costs $17 billed yearly.',
    );
    expect(owners(c, '$20')).not.toContain('claude-3.7-sonnet');
    expect(owners(c, '$17')).not.toContain('claude-3.7-sonnet');
  });

  it('a qualifier pointing at another model of the line keeps the word unnamed', () => {
    const c = prose(
      'Gemini 2.0 Flash is cheap and Claude 3.7 Sonnet is not.\n\nOn SWE-bench Verified, Gemini 2.0 Flash scored 22.0%, below the 2024 Sonnet at 49.0%.',
    );
    expect(owners(c, '49.0%')).not.toContain('claude-3.7-sonnet');
  });

  it('the first word of a line split into named tiers ("Llama", "Gemini") names the line, not one model', () => {
    const c = prose(
      'Llama 4 Maverick is the model we tested.\n\nBy then Llama had 90% of the open-model market.',
    );
    expect(owners(c, '90%')).not.toContain('llama-4-maverick');
  });
});

describe('a vendor word', () => {
  it('names the model where it is used as one', () => {
    const c = prose(
      'I compared Mistral Small 3.1 with Llama 4 Scout.\n\nEpoch has Scout at 0.518 on GPQA Diamond and Mistral at 0.475. On MATH Level 5 Scout gets 0.623 and Mistral 0.468.',
    );
    expect(figures(c)).toContainEqual(['0.475', 'mistral-small-3.1', 'benchmark_score', 0.475]);
    expect(figures(c)).toContainEqual(['0.468', 'mistral-small-3.1', 'benchmark_score', 0.468]);
  });

  it('"the Mistral" is the model', () => {
    const c = prose(
      'Mistral Small 3.1 fits one GPU.\n\nIt costs about $0.10 per million input tokens for the Mistral through its own API.',
    );
    expect(owners(c, '$0.10 per million input tokens')).toEqual(['mistral-small-3.1']);
  });

  it('is the company where it says, reports or owns something', () => {
    const c = prose(
      'Mistral Small 3.1 and Llama 4 Scout are both small enough.\n\nScout scored 57.2 in our run. Mistral says 81% of its users run it locally, and Mistral’s blog lists 150 tokens per second.',
    );
    expect(owners(c, '81%')).not.toContain('mistral-small-3.1');
  });
});
