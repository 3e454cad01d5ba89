import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { scanHtml } from '@/lib/claims/scan-html';
import type { Claim } from '@/lib/claims/types';
import { shippedDictionary } from './fixture-pages';

// Round 13 (lane E): which dates are releases and whose; which licences are a model's.
// Every sentence here is written for this file.
const dict = shippedDictionary();
const engine = createClaimEngine(dict);
const prose = (text: string) => engine.findClaimsInText(text, { pageDate: '2025-05-20' });
const dates = (claims: Claim[]) =>
  claims.filter((c) => c.metric === 'release_date').map((c) => `${c.model.id} ${c.quote}`);
const licences = (claims: Claim[]) =>
  claims.filter((c) => c.metric === 'license').map((c) => `${c.model.id} ${c.quote}`);

describe('dates of other things', () => {
  it('skips a page’s edit date, a document’s date and a byline’s', () => {
    expect(
      dates(prose('Last updated March 3, 2025: we added notes on why Llama 4 Maverick launched late.')),
    ).toEqual([]);
    expect(
      dates(prose('According to a March 9 report in a trade paper, the Llama 4 Scout launch was moved.')),
    ).toEqual([]);
    expect(
      dates(prose('Released March 30, 2025 · 48 min · Hosts: two people who like Mistral Small 3.1.')),
    ).toEqual([]);
  });

  it('skips a ranking day with the score between the verb and the date', () => {
    expect(dates(prose('The public Llama 4 Maverick debuted at 1288 on April 13, placing it 30th.'))).toEqual(
      [],
    );
  });

  it('skips a policy document’s publication', () => {
    expect(
      dates(prose('Mistral Small 3.1 is Apache 2.0. The guidance published on 2 June 2025 asks for more.')),
    ).toEqual([]);
  });

  it('keeps a release with a size between the verb and the date', () => {
    expect(dates(prose('Llama 4 Maverick launched with 128 experts on April 5, 2025.'))).toContain(
      'llama-4-maverick April 5, 2025',
    );
  });
});

describe('whose release date', () => {
  it('gives a gapped clause’s date to its own subject', () => {
    const c = prose('Claude 3.7 Sonnet came out on February 24, 2025, GPT-4.5 on February 27.');
    expect(dates(c)).toContain('gpt-4.5 February 27');
    expect(dates(c)).not.toContain('claude-3.7-sonnet February 27');
  });

  it('keeps one date for two coordinated objects', () => {
    const c = prose('Meta released Llama 4 Scout and Llama 4 Maverick on April 5, 2025.');
    expect(dates(c)).toEqual(
      expect.arrayContaining(['llama-4-scout April 5, 2025', 'llama-4-maverick April 5, 2025']),
    );
  });

  it('gives a relative clause’s date to its antecedent, or to no one when the name is unknown', () => {
    const known = prose('GPT-4.5 trails Claude 3.7 Sonnet, which Anthropic released in February.');
    expect(dates(known).every((d) => d.startsWith('claude-3.7-sonnet'))).toBe(true);
    const unknown = prose('GPT-4.5 trails Zeta-9x, which Acme released in January.');
    expect(dates(unknown)).toEqual([]);
  });

  it('reads "followed" only for the model that is its subject', () => {
    expect(dates(prose('GPT-4o came out in May 2024. GPT-4o mini followed in July 2024.'))).toContain(
      'gpt-4o-mini July 2024',
    );
    expect(
      dates(
        prose(
          'DeepSeek-V3 was published on December 26, 2024, and a refreshed checkpoint followed in March.',
        ),
      ),
    ).not.toContain('deepseek-v3 March');
  });

  it('reads more release verbs', () => {
    expect(dates(prose('Mistral Small 3.1 went out on March 17, 2025.'))).toContain(
      'mistral-small-3.1 March 17, 2025',
    );
    expect(
      dates(prose('Gemini 2.0 Flash, which became generally available in February, is cheap.')),
    ).toContain('gemini-2.0-flash February');
  });
});

describe('unreleased models', () => {
  it('take no licence from a later sentence', () => {
    const c = prose(
      'Llama 4 Scout and Llama 4 Maverick are out. Llama 4 Behemoth is still in training. The weights are under the Llama 4 Community License.',
    );
    expect(licences(c).some((l) => l.startsWith('llama-4-behemoth'))).toBe(false);
  });

  it('are not the models beside an unnamed one still in training', () => {
    const c = prose(
      'Meta said Llama 4 Scout and Llama 4 Maverick were its best yet, and that a far larger model still in training would follow. Llama 4 Maverick was released on April 5, 2025.',
    );
    expect(dates(c)).toContain('llama-4-maverick April 5, 2025');
  });
});

describe('a model card’s fields', () => {
  it('belong to the model its first heading names', () => {
    const html = `<html><body><h1>acme/Llama-4-Scout-17B-16E-Instruct</h1>
<p>Two models ship today: Llama 4 Scout, the small one, and Llama 4 Maverick, the large one.</p>
<h2>Details</h2>
<p><strong>License:</strong> A custom licence, the Llama 4 Community License, applies to these weights.</p>
</body></html>`;
    const { doc, pageDate } = scanHtml(html);
    const c = engine.findClaims(doc, { pageDate });
    expect(licences(c)).toEqual(['llama-4-scout Llama 4 Community License']);
  });
});

describe('whose licence', () => {
  it('is not a model first named in a later clause', () => {
    const c = prose(
      'Mistral Small 3.1 gives you 128k under Apache 2.0 if you self-host, and DeepSeek-V3’s README lists 128K too.',
    );
    expect(licences(c)).toEqual(['mistral-small-3.1 Apache 2.0']);
  });

  it('for "both of them" skips an unreleased sibling for the released pair', () => {
    const c = prose(
      'Llama 4 Scout and Llama 4 Maverick shipped first. Llama 4 Behemoth is still in training. Is it open? It’s the Llama 4 Community License for both of them.',
    );
    const l = licences(c);
    expect(l.some((x) => x.startsWith('llama-4-behemoth'))).toBe(false);
  });
});

describe('a maker’s release', () => {
  it('dates the maker’s model, not another maker’s carried over', () => {
    const c = prose(
      'Llama 4 Scout is the long-context one. Mistral Small 3.1 is fine at 128k too. Meta’s release on April 5, 2025 promised a lot.',
    );
    expect(dates(c).some((d) => d.startsWith('mistral-small-3.1'))).toBe(false);
  });
});
