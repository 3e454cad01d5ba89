import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { testDictionary } from './fixtures/dictionary';

const engine = createClaimEngine(testDictionary);
const opts = { pageDate: '2025-05-01' };
/** Claims of one metric as "model value". */
const of = (text: string, metric: string) =>
  engine
    .findClaimsInText(text, opts)
    .filter((c) => c.metric === metric)
    .map((c) => `${c.model.id} ${c.valueText ?? c.value}`);

describe('prose recall, second pass (round 13)', () => {
  it('"followed on <date>" after a release is the later models’ release', () => {
    expect(
      of(
        'Meta named its Llama 4 family. DeepSeek-V3 shipped on March 2, 2025. Llama 4 Scout and Llama 4 Maverick followed on April 9, 2025.',
        'release_date',
      ),
    ).toEqual(['deepseek-v3 2025-03-02', 'llama-4-scout 2025-04-09', 'llama-4-maverick 2025-04-09']);
    // no release before it: "followed" is no release verb
    expect(of('GPT-4o followed on May 20, 2025 with a new voice mode.', 'release_date')).toEqual([]);
  });

  it('"available from <date>" is a release date unless a host or channel is named', () => {
    expect(
      of('Mistral Small 3.1 is available from March 18, 2025 under Apache 2.0.', 'release_date'),
    ).toEqual(['mistral-small-3.1 2025-03-18']);
    expect(of('Mistral Small 3.1 is available on our platform from March 20, 2025.', 'release_date')).toEqual(
      [],
    );
  });

  it('a gapped clause ("Y on <date>") owns its own date', () => {
    expect(
      of(
        'Claude 3.7 Sonnet came out on February 20, 2025, GPT-4.5 on February 28, a week apart.',
        'release_date',
      ),
    ).toEqual(['claude-3.7-sonnet 2025-02-20', 'gpt-4.5 2025-02-28']);
  });

  it('a bare month after "became generally available" or "released under <licence>"', () => {
    expect(
      of('Gemini 2.0 Flash, which became generally available in February, is cheap.', 'release_date'),
    ).toEqual(['gemini-2.0-flash 2025-02']);
    expect(of('Mistral Small 3.1, released under Apache 2.0 in March, is small.', 'release_date')).toEqual([
      'mistral-small-3.1 2025-03',
    ]);
  });

  it('a yardstick’s figure tied to its name by a preposition is that name’s', () => {
    expect(
      of(
        'DeepSeek-V3 charges $0.30 per million input tokens, compared with $2.75 for the same input to OpenAI’s GPT-4o.',
        'price',
      ),
    ).toEqual(['deepseek-v3 0.3', 'gpt-4o 2.75']);
  });

  it('a fronted benchmark closed by its own head noun scopes the score', () => {
    expect(
      engine
        .findClaimsInText(
          'On the GPQA Diamond science leaderboard, Claude 3.7 Sonnet with 32k thinking tokens answered 71.3% of the questions.',
          opts,
        )
        .filter((c) => c.metric === 'benchmark_score')
        .map((c) => `${c.model.id} ${c.value} ${c.benchmark}`),
    ).toEqual(['claude-3.7-sonnet-thinking 71.3 GPQA Diamond']);
  });
});
