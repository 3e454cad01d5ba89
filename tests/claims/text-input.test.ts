import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '@/lib/claims/engine';
import { docFromText } from '@/lib/claims/extract-text';
import { markdownToHtml } from '@/lib/claims/markdown-html';
import { scanHtml } from '@/lib/claims/scan-html';
import { testDictionary } from './fixtures/dictionary';

const engine = createClaimEngine(testDictionary);

describe('plain text input', () => {
  it('splits paragraphs, bullets and headings into blocks', () => {
    const doc = docFromText('# Llama 4 Scout\n\nFirst line\nsame paragraph.\n- one\n- two\n\nLast.');
    expect(doc.blocks.map((b) => [doc.text.slice(b.start, b.end), b.kind])).toEqual([
      ['# Llama 4 Scout', 'heading'],
      ['First line same paragraph.', 'prose'],
      ['- one', 'list'],
      ['- two', 'list'],
      ['Last.', 'prose'],
    ]);
  });

  it('reads pipe tables as tables', () => {
    const text = '| Model | Context window |\n| :--- | :---: |\n| Llama 4 Scout | 10M |\n| GPT-4o | 128K |';
    const doc = docFromText(text);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].rows[0].cells.every((c) => c.header)).toBe(true);
    const claims = engine.findClaims(doc);
    expect(claims.map((c) => [c.quote, c.model.id, c.metric, c.value, c.context])).toEqual([
      ['10M', 'llama-4-scout', 'context_window', 1e7, 'table'],
      ['128K', 'gpt-4o', 'context_window', 128000, 'table'],
    ]);
  });
});

describe('markdownToHtml', () => {
  it('keeps structure, embedded HTML tables, and drops code fences', () => {
    const md = [
      '# Results',
      '',
      'Llama 4 Maverick has **17B active** parameters.',
      '',
      '```',
      'Llama 4 Scout: 999B parameters',
      '```',
      '<table><tr><th>Benchmark</th><th>Llama 4 Maverick</th></tr><tr><td>MMLU-Pro</td><td>80.5</td></tr></table>',
    ].join('\n');
    const html = markdownToHtml(md);
    expect(html).toContain('<h1>Results</h1>');
    expect(html).toContain('<pre>');
    const { doc } = scanHtml(html);
    const claims = engine.findClaims(doc);
    expect(claims.map((c) => [c.quote, c.metric, c.value, c.context])).toEqual([
      ['17B active parameters', 'active_params', 17e9, 'prose'],
      ['80.5', 'benchmark_score', 80.5, 'table'],
    ]);
  });

  it('escapes text so markdown prose never becomes markup', () => {
    expect(markdownToHtml('a <b> & c')).toContain('<p>a &lt;b&gt; &amp; c</p>');
  });
});
