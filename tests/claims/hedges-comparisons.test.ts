import { describe, expect, it } from 'vitest';
import { findComparisonVerbs } from '@/lib/claims/comparisons';
import { createClaimEngine } from '@/lib/claims/engine';
import { hedgeBefore, joinKind } from '@/lib/claims/hedges';
import { testDictionary } from './fixtures/dictionary';

const engine = createClaimEngine(testDictionary);
const find = (text: string) => engine.findClaimsInText(text);

describe('hedges', () => {
  it.each([
    ['up to ', 'up to'],
    ['more than ', 'over'],
    ['over ', 'over'],
    ['less than ', 'under'],
    ['nearly ', 'nearly'],
    ['roughly ', 'about'],
    ['an estimated ', 'about'],
  ])('"%s" -> %s', (before, hedge) => {
    expect(hedgeBefore('it has ' + before)?.hedge).toBe(hedge);
  });

  it('ignores hedge words inside other words', () => {
    expect(hedgeBefore('the cover ')).toBeNull();
    expect(hedgeBefore('it has ')).toBeNull();
  });

  it('joins "from X to Y" and "between X and Y"', () => {
    expect(joinKind(' to under ', 'dropped from ')).toBe('from-to');
    expect(joinKind(' and ', 'between ')).toBe('range');
    expect(joinKind(' and ', 'it scored ')).toBeNull();
  });

  it('carries hedges into claims', () => {
    const [c] = find('The refusal rate of Llama 4 Maverick dropped from 7% to under 2%.');
    expect([c.metric, c.value, c.valueLow, c.hedge, c.quote]).toEqual([
      'refusal_rate',
      2,
      7,
      'from-to',
      'from 7% to under 2%',
    ]);
    const [r] = find('Llama 4 Behemoth was trained on 10,000\u201320,000 H100 GPUs.');
    expect([r.metric, r.value, r.valueLow, r.hedge]).toEqual(['training_gpus', 20000, 10000, 'range']);
    const [rep] = find('Llama 4 Behemoth reportedly has 2T parameters.');
    expect(rep.hedge).toBe('reportedly');
    const [up] = find('Llama 4 Scout handles up to 10M tokens.');
    expect(up.hedge).toBe('up to');
  });
});

describe('comparisons', () => {
  it('finds verbs by direction and skips negated ones', () => {
    const f = 'x beats y, trails z, is on par with w, does not beat v';
    expect(findComparisonVerbs(f, 0, f.length).map((v) => v.direction)).toEqual([
      'beats',
      'trails',
      'matches',
    ]);
  });

  it('reads "beats X, trails Y" as two comparisons with the subject and objects', () => {
    const claims = find('Llama 4 Maverick beats Claude 3.7 Sonnet, trails DeepSeek V3 on GPQA Diamond.');
    expect(
      claims.map((c) => [
        c.quote,
        c.model.id,
        c.comparison?.direction,
        c.comparison?.others.map((o) => o.id),
        c.comparison?.benchmark,
      ]),
    ).toEqual([
      ['beats Claude 3.7 Sonnet', 'llama-4-maverick', 'beats', ['claude-3.7-sonnet'], undefined],
      ['trails DeepSeek V3', 'llama-4-maverick', 'trails', ['deepseek-v3'], 'GPQA Diamond'],
    ]);
  });

  it('collects a list of compared models', () => {
    const [c] = find('Llama 4 Maverick outperforms GPT-4o and Gemini 2.0 Flash across benchmarks.');
    expect(c.comparison?.others.map((o) => o.id)).toEqual(['gpt-4o', 'gemini-2.0-flash']);
    expect(c.quote).toBe('outperforms GPT-4o and Gemini 2.0 Flash');
  });

  it('resolves "it" as the subject', () => {
    const [c] = find('We tried Llama 4 Scout. It is on par with Gemini 2.0 Flash-Lite.');
    expect([c.model.id, c.comparison?.direction]).toEqual(['llama-4-scout', 'matches']);
  });
});
