import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Running-prose rules from the third held-out set's error categories, each shown with new sentences.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text);
const html = (h: string) => {
  const { doc, pageDate } = scanHtml(h);
  const claims = engine.findClaims(doc, { pageDate });
  for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
  return claims;
};
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value];
const withBench = (c: Claim) => [c.quote, c.model.id, c.benchmark];
const of = (claims: Claim[], metric: string) => claims.filter((c) => c.metric === metric);

describe('prices', () => {
  it('reads "$N per million output" without the word tokens', () => {
    const claims = prose(
      'Mistral Small 3.1 costs $0.10 per million input tokens and $0.30 per million output on the vendor API.',
    );
    expect(of(claims, 'price').map(brief)).toEqual([
      ['$0.10 per million input tokens', 'mistral-small-3.1', 'price', 0.1],
      ['$0.30 per million output', 'mistral-small-3.1', 'price', 0.3],
    ]);
  });
  it('gives both prices of a pair to the model named after the second ("... for X")', () => {
    const claims = prose(
      'The vendor lists $1.25 per million input tokens and $5 per million output tokens for GPT-4o mini.',
    );
    expect(of(claims, 'price').map((c) => c.model.id)).toEqual(['gpt-4o-mini', 'gpt-4o-mini']);
  });
  it('reads "A and B respectively" with the unit given in the sentence before', () => {
    const claims = prose(
      'DeepSeek-V3 costs $0.27 per million input tokens and $1.10 per million output tokens. GPT-4.5 is $75 and $150 respectively.',
    );
    expect(of(claims, 'price').map(brief)).toEqual([
      ['$0.27 per million input tokens', 'deepseek-v3', 'price', 0.27],
      ['$1.10 per million output tokens', 'deepseek-v3', 'price', 1.1],
      ['$75', 'gpt-4.5', 'price', 75],
      ['$150', 'gpt-4.5', 'price', 150],
    ]);
  });
  it('does not read "respectively" numbers without a unit set up before', () => {
    const claims = prose('GPT-4.5 came second and third, with 75 and 150 votes respectively.');
    expect(of(claims, 'price')).toEqual([]);
  });
});

describe('elided units', () => {
  it('reads "X gets 1M." right after another model\'s context window', () => {
    const claims = prose(
      'Llama 4 arrived in two sizes. Scout reads a context window of up to 10M tokens. Maverick gets 1M.',
    );
    expect(of(claims, 'context_window').map(brief)).toEqual([
      ['10M tokens', 'llama-4-scout', 'context_window', 10000000],
      ['1M', 'llama-4-maverick', 'context_window', 1000000],
    ]);
  });
  it('reads "the model itself supports up to N" after a host limit, and drops the host limit', () => {
    const claims = prose(
      'We now serve Llama 4 Scout. Context is capped at 256K tokens on our cluster for now; the model itself supports up to 10M.',
    );
    expect(of(claims, 'context_window').map(brief)).toEqual([
      ['10M', 'llama-4-scout', 'context_window', 10000000],
    ]);
  });
  it('reads a K window and an M window in one sentence as the same metric', () => {
    const claims = prose('GPT-4o takes 128K tokens, and Gemini 2.0 Flash takes 1M, at least on paper.');
    expect(of(claims, 'context_window').map(brief)).toEqual([
      ['128K tokens', 'gpt-4o', 'context_window', 128000],
      ['1M', 'gemini-2.0-flash', 'context_window', 1000000],
    ]);
  });
  it('reads a bare "claims 128k" once the article has read a context window, and not before', () => {
    const after = prose(
      'Llama 4 Scout has a 10M token context window. GPT-4o mini only claims 128k, but it holds up to 64k.',
    );
    expect(of(after, 'context_window').map(brief)).toEqual([
      ['10M token context window', 'llama-4-scout', 'context_window', 10000000],
      ['128k', 'gpt-4o-mini', 'context_window', 128000],
      // (round 12b: the length it "holds up to" in a paragraph about windows is its effective window)
      ['64k', 'gpt-4o-mini', 'context_window', 64000],
    ]);
    expect(prose('GPT-4o mini only claims 128k, but it holds up to 64k.')).toEqual([]);
  });
  it('reads an arena score without the word Elo when the sentence before gave one', () => {
    const claims = prose(
      'Llama 4 is the story. On LMArena, Maverick was listed at 1402 last week. After the rescoring it sits at 1288, well down the board.',
    );
    expect(of(claims, 'arena_elo').map(brief)).toEqual([
      ['1402', 'llama-4-maverick', 'arena_elo', 1402],
      ['1288', 'llama-4-maverick', 'arena_elo', 1288],
    ]);
  });
  it('does not read a vote count after an arena score as another score', () => {
    const claims = prose('On LMArena, DeepSeek-V3 scores 1318. It has 1200 votes so far.');
    expect(of(claims, 'arena_elo').map((c) => c.value)).toEqual([1318]);
  });
  it('reads the second figure of a parallel "X used A and Y B," list', () => {
    const claims = prose(
      'Llama 4 training: Scout took 4.1M GPU-hours and Maverick 2.2M, or so the card says.',
    );
    expect(of(claims, 'training_gpu_hours').map(brief)).toEqual([
      ['4.1M GPU-hours', 'llama-4-scout', 'training_gpu_hours', 4100000],
      ['2.2M', 'llama-4-maverick', 'training_gpu_hours', 2200000],
    ]);
  });
  it('reads "total/active" written as a slash pair', () => {
    const claims = prose('DeepSeek-V3-0324 keeps the 671B/37B split of its predecessor.');
    expect(claims.map(brief)).toEqual([
      ['671B', 'deepseek-v3-0324', 'total_params', 671000000000],
      ['37B', 'deepseek-v3-0324', 'active_params', 37000000000],
    ]);
  });
  it('reads "all N of X\'s weights" as a parameter count', () => {
    const claims = prose('Llama 4 is heavy: you must load all 109 billion of Scout’s weights to run it.');
    expect(of(claims, 'total_params').map(brief)).toEqual([
      ['109 billion', 'llama-4-scout', 'total_params', 109000000000],
    ]);
  });
});

describe('benchmarks named earlier', () => {
  it('reads "reports N for X" and "came in at N" under a benchmark named in the sentence before', () => {
    const claims = prose(
      'Next up was MMLU-Pro. The vendor reports 80.1 for DeepSeek-V3; an independent rerun came in at 0.752.',
    );
    expect(claims.map(withBench)).toEqual([
      ['80.1', 'deepseek-v3', 'MMLU-Pro'],
      ['0.752', 'deepseek-v3', 'MMLU-Pro'],
    ]);
  });
  it('reads "A from one source, B from another" as two scores', () => {
    const claims = prose(
      'On GPQA Diamond the spread is large. For GPT-4o: 53.6 from OpenAI, 0.497 from Epoch.',
    );
    expect(claims.map(brief)).toEqual([
      ['53.6', 'gpt-4o', 'benchmark_score', 53.6],
      ['0.497', 'gpt-4o', 'benchmark_score', 0.497],
    ]);
  });
  it('maps "A, B and C on the same three" onto the benchmarks of the sentence before', () => {
    const claims = prose(
      'GPT-4o posts 88.7 on MMLU, 53.6 on GPQA Diamond and 69.1 on MMMU. GPT-4o mini gets 82.0, 40.2 and 59.4 on the same three.',
    );
    expect(claims.filter((c) => c.model.id === 'gpt-4o-mini').map(withBench)).toEqual([
      ['82.0', 'gpt-4o-mini', 'MMLU'],
      ['40.2', 'gpt-4o-mini', 'GPQA Diamond'],
      ['59.4', 'gpt-4o-mini', 'MMMU'],
    ]);
  });
  it('does not map a list whose length differs from the benchmarks before', () => {
    const claims = prose(
      'GPT-4o posts 88.7 on MMLU and 53.6 on GPQA Diamond. GPT-4o mini gets 82.0, 40.2 and 59.4 on the same three.',
    );
    expect(claims.filter((c) => c.model.id === 'gpt-4o-mini').map(withBench)).not.toContainEqual([
      '59.4',
      'gpt-4o-mini',
      'GPQA Diamond',
    ]);
  });
  it('continues the last benchmark into a paragraph that says "the same harness" / "a similar gap"', () => {
    const claims = html(`<p>On MMLU-Pro, GPT-4o scores 72.6.</p>
      <p>Gemini 2.0 Flash showed a similar gap: 77.6 from Google against 0.716 from Epoch, in the same harness.</p>`);
    expect(claims.map(withBench)).toEqual([
      ['72.6', 'gpt-4o', 'MMLU-Pro'],
      ['77.6', 'gemini-2.0-flash', 'MMLU-Pro'],
      ['0.716', 'gemini-2.0-flash', 'MMLU-Pro'],
    ]);
  });
  it('does not continue a benchmark into a paragraph without a "same/similar" pointer', () => {
    const claims = html(`<p>On MMLU-Pro, GPT-4o scores 72.6.</p>
      <p>Gemini 2.0 Flash showed a gap: 77.6 from Google against 0.716 from Epoch.</p>`);
    expect(claims.map(withBench)).toEqual([['72.6', 'gpt-4o', 'MMLU-Pro']]);
  });
  it('reads "keeps N%" in a paragraph about a benchmark', () => {
    const claims = prose('On SimpleQA GPT-4o scores 38.2%. For contrast, GPT-4.5 keeps 62.5% there.');
    expect(claims.map(withBench)).toEqual([
      ['38.2%', 'gpt-4o', 'SimpleQA'],
      ['62.5%', 'gpt-4.5', 'SimpleQA'],
    ]);
  });
  it('reads "up from N% for the original X" as X\'s score on the same benchmark', () => {
    const claims = prose(
      "Aider's polyglot benchmark puts the refreshed checkpoint DeepSeek-V3-0324 at 55.1%, up from 48.4% for the original DeepSeek-V3.",
    );
    expect(claims.map(withBench)).toEqual([
      ['55.1%', 'deepseek-v3-0324', 'Aider Polyglot'],
      ['48.4%', 'deepseek-v3', 'Aider Polyglot'],
    ]);
  });
});

describe('comparisons', () => {
  it('reads ", behind X" and "but behind X" as trails, with the right subject', () => {
    const claims = prose(
      'On MMLU-Pro, Mistral Small 3.1 scores 66.8, ahead of GPT-4o mini but behind GPT-4o. Llama 4 Scout lands near 1320 on LMArena, behind DeepSeek-V3.',
    );
    expect(
      of(claims, 'comparison').map((c) => [
        c.quote,
        c.model.id,
        c.comparison?.direction,
        c.comparison?.others.map((o) => o.id),
      ]),
    ).toEqual([
      ['ahead of GPT-4o mini', 'mistral-small-3.1', 'beats', ['gpt-4o-mini']],
      ['but behind GPT-4o', 'mistral-small-3.1', 'trails', ['gpt-4o']],
      ['behind DeepSeek-V3', 'llama-4-scout', 'trails', ['deepseek-v3']],
    ]);
  });
  it('gives a sentence that opens with the verb ("Still trails X") to the paragraph\'s subject', () => {
    const claims = prose(
      'GPT-4.5 is the new flagship. It posts 62.5% on SimpleQA. Still trails Claude 3.7 Sonnet on SWE-bench Verified, though.',
    );
    expect(
      of(claims, 'comparison').map((c) => [c.quote, c.model.id, c.comparison?.others.map((o) => o.id)]),
    ).toEqual([['trails Claude 3.7 Sonnet', 'gpt-4.5', ['claude-3.7-sonnet']]]);
  });
  it('keeps "N% for the March X" as X\'s figure without making X the subject of what follows', () => {
    const claims = prose(
      'DeepSeek-V3-0324 scores 55.1% on Aider Polyglot, up from 48.4% for the March DeepSeek-V3. It now beats GPT-4.5 there.',
    );
    expect(claims.map((c) => [c.quote, c.model.id])).toEqual([
      ['55.1%', 'deepseek-v3-0324'],
      ['48.4%', 'deepseek-v3'],
      ['beats GPT-4.5', 'deepseek-v3-0324'],
    ]);
  });
  it('reads "improvements over X" as beats', () => {
    const claims = prose('GPT-4.5 scores 62.5% on SimpleQA, a clear improvement over GPT-4o.');
    expect(of(claims, 'comparison').map((c) => [c.model.id, c.comparison?.direction])).toEqual([
      ['gpt-4.5', 'beats'],
    ]);
  });
  it('does not read "the team behind X" as a comparison', () => {
    expect(of(prose('The team behind GPT-4o also built GPT-4.5.'), 'comparison')).toEqual([]);
  });
  it('gives nothing to a hypothetical "a 70B model that beats X"', () => {
    const claims = prose(
      'Llama 4 Maverick is the open leader for now. “Someone will ship a 32B dense model that beats Maverick soon,” she said.',
    );
    expect(claims).toEqual([]);
  });
});

describe('licences', () => {
  it('reads "ships under MIT" without the word licence', () => {
    const claims = prose('DeepSeek-V3 is open: it ships under MIT and runs on eight GPUs.');
    expect(of(claims, 'license').map(brief)).toEqual([['MIT', 'deepseek-v3', 'license', null]]);
  });
  it('does not read MIT the university as a licence', () => {
    expect(of(prose('DeepSeek-V3 was studied by researchers under MIT professors.'), 'license')).toEqual([]);
  });
  it('gives a family licence in a sentence naming no model to the family models under discussion', () => {
    const claims = prose(
      'Llama 4 has two open models. Scout fits on one H100. Maverick needs a host. Licence is the Llama 4 Community License, as before.',
    );
    expect(
      of(claims, 'license')
        .map((c) => c.model.id)
        .sort(),
    ).toEqual(['llama-4-maverick', 'llama-4-scout']);
  });
  it('gives a bare licence in the first paragraph under a model heading to that model', () => {
    const claims = html(`<h2>3. Mistral Small 3.1</h2>
      <p>Small, quick, Apache 2.0, and happy on one consumer GPU.</p>`);
    expect(of(claims, 'license').map((c) => [c.quote, c.model.id])).toEqual([
      ['Apache 2.0', 'mistral-small-3.1'],
    ]);
  });
  it('keeps a licence in its own clause ("..., while X ships under ...")', () => {
    const claims = prose(
      'Those weights are Apache 2.0, while Llama 4 Scout ships under the Llama 4 Community License.',
    );
    expect(of(claims, 'license').map((c) => [c.quote, c.model.id])).toEqual([
      ['Llama 4 Community License', 'llama-4-scout'],
    ]);
  });
});

describe('release dates', () => {
  it('reads "previewed on" and gives "Both were released" to the two subjects just named', () => {
    const claims = prose(
      'Llama 4 Maverick has 128 experts. Scout has 16. Both were released on April 5, 2025. Gemini 2.0 Flash was first previewed on December 11, 2024.',
    );
    expect(of(claims, 'release_date').map((c) => [c.model.id, c.valueText])).toEqual([
      ['llama-4-maverick', '2025-04-05'],
      ['llama-4-scout', '2025-04-05'],
      ['gemini-2.0-flash', '2024-12-11'],
    ]);
  });
  it('does not read a press-release dateline as a release date', () => {
    const claims = html(
      '<p>PARIS, France, March 17, 2025 — Mistral today announced Mistral Small 3.1, its new small model.</p>',
    );
    expect(of(claims, 'release_date')).toEqual([]);
  });
});

describe('whose figure', () => {
  it('follows "describes it as" to the model just discussed, not a model named later', () => {
    const claims = prose(
      'Llama 4 has a third member. Behemoth is still in training. Meta describes it as a model with 288 billion active parameters, and said so when Scout shipped.',
    );
    expect(claims.map(brief)).toEqual([
      ['288 billion active parameters', 'llama-4-behemoth', 'active_params', 288000000000],
    ]);
  });
  it('drops a figure that belongs to a versioned name the dictionary lacks ("for Llama 3")', () => {
    const claims = prose('Llama 4 Maverick refuses under 2% of contested prompts, down from 7% for Llama 3.');
    expect(claims.map((c) => c.value)).toEqual([2]);
  });
  it('drops a family-wide download total', () => {
    const claims = prose(
      'Llama 4 Maverick is popular. Its maker says the models have been downloaded 650 million times across all versions.',
    );
    expect(of(claims, 'downloads')).toEqual([]);
  });
});
