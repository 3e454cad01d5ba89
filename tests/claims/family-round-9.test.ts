import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 9, family claims: a figure said of a model family itself. Sentences written for this file.
const engine = createClaimEngine(testDictionary);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-04-10' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value ?? c.valueText];
const of = (claims: Claim[], metric: string) => claims.filter((c) => c.metric === metric).map(brief);

describe('family claims', () => {
  it('reads the family as a verb subject ("Llama 4 now refuses under 2%")', () => {
    expect(
      of(
        prose('The vendor says Llama 4 now refuses under 2% of prompts on touchy subjects.'),
        'refusal_rate',
      ),
    ).toEqual([['2%', 'llama-4', 'refusal_rate', 2]]);
  });
  it('reads a family released on a date, as object or as "release" noun', () => {
    expect(
      of(prose('Meta shipped Llama 4 on a Saturday, April 5, with little warning.'), 'release_date'),
    ).toEqual([['April 5', 'llama-4', 'release_date', '2025-04-05']]);
    expect(
      of(
        prose('The spring began with the Llama 4 release on April 5, 2025 and ended quietly.'),
        'release_date',
      ),
    ).toEqual([['April 5, 2025', 'llama-4', 'release_date', '2025-04-05']]);
  });
  it('reads "Llama 4 models are under <licence>" as the family licence', () => {
    expect(
      of(
        prose(
          'Scout is small. Maverick is big. Use of Llama 4 models is subject to the Llama 4 Community License.',
        ),
        'license',
      ).map((x) => x[1]),
    ).toEqual(['llama-4']);
  });
  it('keeps one claim per model when the members are named', () => {
    expect(
      of(
        prose('Llama 4 arrived. Both Scout and Maverick are under the Llama 4 Community License.'),
        'license',
      ).map((x) => x[1]),
    ).toEqual(['llama-4-scout', 'llama-4-maverick']);
    expect(
      of(
        prose('Meta released two models in its Llama 4 family, Scout and Maverick, on Saturday, April 5.'),
        'release_date',
      ).map((x) => x[1]),
    ).toEqual(['llama-4-scout', 'llama-4-maverick']);
  });
  it("carries the family to the next sentence, leaving a predecessor's figure alone", () => {
    const c = prose(
      'Llama 4 declines fewer loaded questions. The company says the refusal rate went from 9% in Llama 3.1 to under 3%.',
    );
    expect(of(c, 'refusal_rate')).toEqual([['3%', 'llama-4', 'refusal_rate', 3]]);
  });
  it('leaves the family out when another name owns the figure', () => {
    const a = prose('Llama 4 is the first big launch since Llama 3.1, which came out on July 23, 2024.');
    expect(a.some((x) => x.model.id === 'llama-4')).toBe(false);
    const b = prose('Llama 4 has a refusal rate well under the 6% that Claude 3.7 Sonnet shows.');
    expect(b.some((x) => x.model.id === 'llama-4')).toBe(false);
  });
  it('never gives a size or score to the family', () => {
    const c = prose('Llama 4 uses 17B active parameters in every model.');
    expect(c.some((x) => x.model.id === 'llama-4')).toBe(false);
  });
  it('does not read "active" of another figure as this one\'s ("288B-active model with 2T parameters")', () => {
    const c = prose('Llama 4 is here. Behemoth is a 288B-active model with close to 2T parameters.');
    expect(c.filter((x) => x.value === 2e12).map((x) => x.metric)).toEqual(['total_params']);
  });
});
