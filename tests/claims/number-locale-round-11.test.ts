import { afterEach, describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { foldText } from '@/lib/claims/fold-text';
import {
  detectNumberLocale,
  englishDigits,
  numberEvidence,
  numberLocale,
  setNumberLocale,
} from '@/lib/claims/number-locale';
import { findQuantities } from '@/lib/claims/parse-quantity';
import { splitSentences } from '@/lib/claims/sentences';
import type { Claim } from '@/lib/claims/types';
import { testDictionary } from './fixtures/dictionary';

// Round 11: continental European number and date typography on English-language pages. Every
// sentence here is written for this file.
const engine = createClaimEngine(testDictionary);
const run = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-03' });
const brief = (c: Claim) => [c.quote, c.model.id, c.metric, c.value ?? c.valueText];
const values = (text: string) => findQuantities(foldText(text)).map((q) => q.value);

afterEach(() => {
  setNumberLocale('en');
});

/** A European writer's paragraph: decimal commas before units (the evidence). */
const EU_LEAD = 'In my test the model reached 74,3 % on one benchmark and 57,2 % on another one. ';

describe('deciding a page’s number typography', () => {
  it('reads decimal commas before units, dotted dates and German abbreviations as European', () => {
    expect(detectNumberLocale('It got 74,3 % here and 51,8 % there.')).toBe('eu');
    expect(detectNumberLocale('It came on 17.03.2025 and costs 0,27 $ per million.')).toBe('eu');
    expect(detectNumberLocale('Parameters: 109 Mrd. Context: 10 Mio.')).toBe('eu');
    expect(detectNumberLocale('It was out on 5. April 2025, with 128.000 tokens of context.')).toBe('eu');
  });
  it('keeps the English reading on ordinary English text, even with three-decimal numbers', () => {
    expect(detectNumberLocale('It scored 0.670 and 1.417 on the two metrics, 62.3% overall.')).toBeNull();
    expect(detectNumberLocale('Claude 3.7 Sonnet and GPT-4.5 cost $0.27 and $2.50.')).toBeNull();
    expect(numberEvidence('It scored 0.670, 62.3% overall, for $0.27 and 1,000,000 users.')).toEqual({
      eu: 0,
      en: 3,
    });
    expect(detectNumberLocale('Version 1.417 shipped with 3.7 Sonnet support.')).toBeNull();
  });
  it('needs more than one European form, and a clear majority over English ones', () => {
    expect(detectNumberLocale('One typo: 74,3 % here, 62.3% there.')).toBeNull();
    expect(detectNumberLocale('It got 74,3 % and 51,8 %, then 62.3% and 40.1%.')).toBe('en');
  });
});

describe('European numbers on a European page', () => {
  it('reads period thousands and decimal commas, keeping every offset', () => {
    const f = foldText('128.000 tokens, 1.000.000 users, 0,27 $ and 1.417,5 points');
    expect(englishDigits(f)).toBe('128,000 tokens, 1,000,000 users, 0.27 $ and 1,417.5 points');
    setNumberLocale('eu');
    expect(values('a window of 128.000 tokens')).toEqual([128000]);
    expect(values('rated 1.417,5 by voters')).toEqual([1417.5]);
    expect(values('a score of 0,6704')).toEqual([0.6704]);
  });
  it('leaves decimals that are decimals everywhere, and versions', () => {
    setNumberLocale('eu');
    expect(values('it scored 0.670 here')).toEqual([0.67]);
    expect(values('a 1.5 million token run')).toEqual([1.5e6]);
    // "1,417" after a non-zero integer stays ambiguous and keeps the English reading
    expect(values('about 1,417 votes')).toEqual([1417]);
    // glued to a letter: a version, not a number
    expect(values('build v1.417 is out')).toEqual([]);
  });
  it('reads the same digits the English way on an English page', () => {
    expect(numberLocale()).toBe('en');
    expect(values('a score of 1.417 here')).toEqual([1.417]);
  });
  it('reports the context window, the arena rating and the dollar price of a European page', () => {
    const c = run(
      EU_LEAD +
        'Mistral Small 3.1 has a context of 128.000 tokens. ' +
        'On LMArena, Llama 4 Scout had a score of 1.239 points. ' +
        'For Llama 4 Scout I paid 0,27 $ per million input tokens.',
    ).map(brief);
    expect(c).toContainEqual(['128.000 tokens', 'mistral-small-3.1', 'context_window', 128000]);
    expect(c).toContainEqual(['1.239', 'llama-4-scout', 'arena_elo', 1239]);
    expect(c.some((x) => x[1] === 'llama-4-scout' && x[2] === 'price' && x[3] === 0.27)).toBe(true);
  });
  it('does not read "128.000 tokens" as thousands on an English page', () => {
    const c = run('Mistral Small 3.1 has a context of 128.000 tokens. It scored 62.3% and 40.1%.').map(brief);
    expect(c.some((x) => x[2] === 'context_window' && x[3] === 128000)).toBe(false);
  });
  it('restores the English reading after a European page', () => {
    run(EU_LEAD + 'Mistral Small 3.1 has a context of 128.000 tokens.');
    expect(numberLocale()).toBe('en');
    expect(values('1.417')).toEqual([1.417]);
  });
});

describe('European magnitude abbreviations and currency order', () => {
  it('reads Mrd., Mio., Tsd. and mld on any page, the period included', () => {
    const f = foldText('109 Mrd. and 10 Mio. and 5 Tsd. and 24 mld');
    const qs = findQuantities(f);
    expect(qs.map((q) => q.value)).toEqual([109e9, 10e6, 5e3, 24e9]);
    expect(f.slice(qs[0].start, qs[0].end)).toBe('109 mrd.');
  });
  it('does not scale by words that merely start the same way', () => {
    expect(values('10 mios')).toEqual([10]);
    expect(values('5 tsdx')).toEqual([5]);
    expect(values('a 10mio run')).toEqual([10e6]);
  });
  it('drops a sum with the euro or pound sign after it', () => {
    expect(values('it cost 1,450 € in 2022')).toEqual([2022]);
  });
  it('takes a dollar sign after the amount only on a European page', () => {
    setNumberLocale('eu');
    expect(findQuantities(foldText('0,27 $ per million'))[0].currency).toBe(true);
    setNumberLocale('en');
    expect(findQuantities(foldText('0.27 $ per million'))[0].currency).toBe(false);
  });
});

describe('day-first dates', () => {
  it('reads "5. April 2025" as one date, not a sentence break', () => {
    const t = 'Llama 4 Scout was published on 5. April 2025. It is big.';
    const f = foldText(t);
    expect(splitSentences(f, t, 0, t.length).map((r) => t.slice(r.start, r.end))).toEqual([
      'Llama 4 Scout was published on 5. April 2025.',
      'It is big.',
    ]);
    expect(run(t).map(brief)).toContainEqual([
      '5. April 2025',
      'llama-4-scout',
      'release_date',
      '2025-04-05',
    ]);
  });
  it('still ends a sentence after a number when no month follows, or no preposition on an English page', () => {
    const split = (t: string) => splitSentences(foldText(t), t, 0, t.length).length;
    expect(split('The count rose to 5. Then it fell.')).toBe(2);
    expect(split('The count fell to 12. March 2025 saw it rise again.')).toBe(2);
    setNumberLocale('eu');
    expect(split('The model came 12. March 2025 to the public.')).toBe(1);
  });
  it('reads dotted dates day-first', () => {
    expect(run('Mistral Small 3.1 was released on 17.03.2025.').map(brief)).toEqual([
      ['17.03.2025', 'mistral-small-3.1', 'release_date', '2025-03-17'],
    ]);
  });
  it('reads a slashed date only when its order can be told', () => {
    expect(run('Mistral Small 3.1 was released on 17/03/2025.').map(brief)).toEqual([
      ['17/03/2025', 'mistral-small-3.1', 'release_date', '2025-03-17'],
    ]);
    expect(run('Mistral Small 3.1 was released on 03/17/2025.').map(brief)).toEqual([
      ['03/17/2025', 'mistral-small-3.1', 'release_date', '2025-03-17'],
    ]);
    // 03/04: March 4 in the US, 3 April in Britain
    expect(run('Mistral Small 3.1 was released on 03/04/2025.').map(brief)).toEqual([]);
    expect(run(EU_LEAD + 'Mistral Small 3.1 was released on 03/04/2025.').map(brief)).toContainEqual([
      '03/04/2025',
      'mistral-small-3.1',
      'release_date',
      '2025-04-03',
    ]);
  });
});
