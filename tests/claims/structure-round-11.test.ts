import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/claims/extract-text';
import { claimsOfArticle } from './article-pages';

// Round 11: claims whose model or metric comes from the page's layout (headings, <dl> fields),
// not from the sentence. Every page here is written for this file.
const claimsOf = (html: string) =>
  claimsOfArticle(html).map((c) => [c.model.id, c.metric, c.value ?? c.valueText ?? null, c.quote] as const);

describe('a heading that quotes an earlier passage', () => {
  const page = (heading: string) => `
    <h1>Checking a viral post</h1>
    <blockquote>“Gemini 2.0 Flash reads a 3 million token window and costs $0.02 per million input tokens.”</blockquote>
    <p>We compared the post with the vendor's documentation.</p>
    <h2>${heading}</h2>
    <p>The documentation says otherwise.</p>`;

  it('restates the passage’s claims, with the passage’s model', () => {
    const c = claimsOf(page('“A 3 million token window”'));
    const inHeading = c.filter((x) => x[1] === 'context_window');
    expect(inHeading).toHaveLength(2);
    expect(inHeading.every((x) => x[0] === 'gemini-2.0-flash' && x[2] === 3_000_000)).toBe(true);
  });

  it('takes the passage’s model over the model the paragraph before it discussed', () => {
    const c = claimsOf(`
      <blockquote>“Llama 4 Behemoth was trained on 100,000 H100s.”</blockquote>
      <p>Llama 4 Maverick, the mid-sized model, is already downloadable.</p>
      <h2>“Trained on 100,000 H100s”</h2>`);
    const gpus = c.filter((x) => x[1] === 'training_gpus');
    expect(gpus).toHaveLength(2);
    expect(gpus.every((x) => x[0] === 'llama-4-behemoth')).toBe(true);
  });

  it('needs the quoted words to appear earlier on the page', () => {
    const c = claimsOf(page('“A 5 million token window”'));
    expect(c.filter((x) => x[1] === 'context_window' && x[2] === 5_000_000)).toHaveLength(0);
  });
});

describe('a <dl> of token prices', () => {
  const sheet = (label: string, value: string) => `
    <h1>DeepSeek-V3 on our cloud</h1>
    <p>DeepSeek-V3 is available in every region.</p>
    <h2>Pricing</h2>
    <dl><dt>${label}</dt><dd>${value}</dd></dl>`;

  it('reads “Input tokens” → “$0.27 per 1M” as the page model’s price', () => {
    expect(claimsOf(sheet('Input tokens', '$0.27 per 1M'))).toContainEqual([
      'deepseek-v3',
      'price',
      0.27,
      '$0.27',
    ]);
  });

  it('does not read a monthly fee as a token price', () => {
    expect(claimsOf(sheet('Support plan', '$900 per month')).filter((x) => x[1] === 'price')).toEqual([]);
    expect(claimsOf(sheet('Output tokens', '$900 per month')).filter((x) => x[1] === 'price')).toEqual([]);
  });
});

describe('a label-only heading over a bare value (a model page sidebar)', () => {
  const side = (label: string, value: string) => `
    <h1>DeepSeek-V3</h1>
    <p>DeepSeek-V3 is an open-weights model.</p>
    <aside><h3>${label}</h3><p>${value}</p><h3>Spaces</h3><p>40 Spaces using this model</p></aside>`;

  it('reads the heading as the value’s field label', () => {
    expect(claimsOf(side('Downloads last month', '98,765'))).toContainEqual([
      'deepseek-v3',
      'downloads',
      98765,
      '98,765',
    ]);
  });

  it('reads nothing under a heading that names no metric, or over a long paragraph', () => {
    expect(claimsOf(side('Community', '98,765')).filter((x) => x[1] === 'downloads')).toEqual([]);
    const long = claimsOf(
      side('Downloads last month', 'Counted across all mirrors, 98,765 in total so far.'),
    );
    expect(long.filter((x) => x[1] === 'downloads' && x[2] === 98765)).toEqual([]);
  });
});

describe('a myth-or-fact answer that corrects the figure just claimed', () => {
  it('gives “It’s 200K” the model and metric of the myth above it', () => {
    const c = claimsOf(`
      <ol><li><h3>3. Myth: Claude 3.7 Sonnet reads a 500K context window.</h3>
      <p><strong>Fact:</strong> It’s 200K.</p></li></ol>`);
    expect(c).toContainEqual(['claude-3.7-sonnet', 'context_window', 200000, '200K']);
  });

  it('leaves a figure alone when the claim before it is not a size or window', () => {
    const c = claimsOf(`
      <h3>Myth: GPT-4o costs $50 per million input tokens.</h3>
      <p>Fact: it’s 2.5K times cheaper than that, roughly.</p>`);
    expect(c.filter((x) => x[3].includes('2.5K'))).toEqual([]);
  });

  it('needs the figure to follow “it’s” and close its clause', () => {
    const c = claimsOf(`
      <h3>Myth: Claude 3.7 Sonnet reads a 500K context window.</h3>
      <p>Fact: the 200K pages we fed it were fine.</p>`);
    expect(c.filter((x) => x[2] === 200000)).toEqual([]);
  });
});

describe('a licence bullet on a one-model page', () => {
  const page = (bullet: string) => `
    <h1>Mistral Small 3.1 — hosted endpoint</h1>
    <p>Mistral Small 3.1 runs in three regions.</p>
    <h2>Highlights</h2>
    <ul><li>${bullet}</li><li>Billed per request.</li></ul>`;

  it('gives “Licensed under …” to the page’s model', () => {
    // (A licence of another model line, e.g. a Llama licence, is never given to a Mistral model.)
    expect(claimsOf(page('Licensed under the Apache 2.0 licence.'))).toContainEqual([
      'mistral-small-3.1',
      'license',
      expect.anything(),
      'Apache 2.0',
    ]);
  });

  it('does not read a licence from a bullet that is not a subjectless “Licensed under”', () => {
    expect(
      claimsOf(page('Our docs use the Apache 2.0 licence text.')).filter((x) => x[1] === 'license'),
    ).toEqual([]);
  });
});

describe('a licence bullet in a section whose heading names one model', () => {
  const section = (bullet: string) => `
    <h1>Release notes</h1>
    <h2>May 2, 2025 — Gemma 3 27B</h2>
    <ul><li>Gemma 3 27B is now available in every region.</li><li>It edges out GPT-4o mini on our internal suite.</li><li>${bullet}</li></ul>
    <h2>April 30, 2025 — Billing</h2>
    <ul><li>Invoices now list every model separately.</li></ul>`;

  it('gives “Weights are under X” to the section’s model, not the last model named', () => {
    const c = claimsOf(section('Weights are under the Apache 2.0 licence.')).filter(
      (x) => x[1] === 'license',
    );
    expect(c.map((x) => x[0])).toEqual(['gemma-3-27b']);
  });

  it('reads a bullet that is the licence alone as the section model’s licence', () => {
    const c = claimsOf(`
      <h1>Five open models worth a look</h1>
      <h2>2. Gemma 3 27B</h2>
      <ul><li>27B parameters</li><li>128K context</li><li>Apache 2.0</li></ul>
      <h2>How we picked</h2>
      <ul><li>Apache 2.0</li></ul>`).filter((x) => x[1] === 'license');
    expect(c.map((x) => x[0])).toEqual(['gemma-3-27b']);
  });

  it('does not give a licence to the previous section’s model under an unrelated heading', () => {
    const c = claimsOf(
      `${section('Billed per request.')}<ul><li>Weights are under the Apache 2.0 licence.</li></ul>`,
    );
    expect(c.filter((x) => x[1] === 'license')).toEqual([]);
  });
});

describe('sub-headings keep their parent section’s model', () => {
  const page = (sub: string) => `
    <h1>Three open models compared</h1>
    <p>We tried Mistral Small 3.1 and DeepSeek-V3 on the same tasks.</p>
    <h2>DeepSeek-V3</h2>
    <p>The largest of the three.</p>
    ${sub}
    <ul><li>Some prose first.</li><li>671B total parameters</li></ul>
    <h2>Our verdict</h2>
    <ul><li>Some prose first.</li><li>37B active parameters is plenty.</li></ul>`;

  it('reads a spec list under “### Specs” as the “## model” section’s', () => {
    expect(claimsOf(page('<h3>Specs</h3>'))).toContainEqual([
      'deepseek-v3',
      'total_params',
      671e9,
      '671B total parameters',
    ]);
  });

  it('does not keep the model under a heading of the same level, or with no levels known', () => {
    expect(claimsOf(page('<h2>Specs</h2>')).filter((x) => x[1] === 'total_params')).toEqual([]);
    expect(claimsOf(page('<h3>Specs</h3>')).filter((x) => x[1] === 'active_params')).toEqual([]);
  });

  it('records heading levels in extracted blocks', () => {
    const { document } = parseHTML('<html><body><h2>A</h2><p>b</p><h4>C</h4></body></html>');
    const doc = extractDocument(document.body);
    expect(doc.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 2],
      ['prose', undefined],
      ['heading', 4],
    ]);
  });
});
