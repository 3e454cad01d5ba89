import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/claims/extract-text';
import { findPageDate } from '@/lib/claims/page-date';
import { scanHtml } from '@/lib/claims/scan-html';

const dom = (body: string, head = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

describe('extractDocument', () => {
  it('skips nav, code, pre, scripts, hidden and our own UI', () => {
    const doc = extractDocument(
      dom(`<nav>Menu 402B</nav><p>Visible <code>x = 17B</code> text.</p><pre>10M tokens</pre><script>var a=1</script>
      <div hidden>hidden 1</div><div aria-hidden="true">aria 2</div><span data-claimcheck-ui>badge</span>
      <div contenteditable="true">draft</div><button>Click</button><p>After.</p>`),
    );
    expect(doc.text).toBe('Visible  text.\n\nAfter.');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['prose', 'prose']);
  });

  it('maps every offset back to the exact text node', () => {
    const d = dom(
      '<h1>Llama 4 <em>Scout</em></h1><p>Maverick (402B <b>total</b>, 17B active)</p><ul><li>One</li><li>Two</li></ul>',
    );
    const doc = extractDocument(d);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'prose', 'list', 'list']);
    for (const seg of doc.segments) {
      expect(doc.text.slice(seg.start, seg.start + seg.node.data.length)).toBe(
        seg.node.data.replace(/[\n\t]/g, ' '),
      );
    }
    // a quote spanning inline elements maps to (node, offset) pairs
    const start = doc.text.indexOf('402B total');
    const seg = [...doc.segments].reverse().find((s) => s.start <= start)!;
    expect(seg.node.data.slice(start - seg.start)).toBe('402B ');
  });

  it('separates blocks with a blank line and turns newlines inside nodes into spaces', () => {
    const doc = extractDocument(dom('<p>one\ntwo</p><div>three</div>'));
    expect(doc.text).toBe('one two\n\nthree');
    expect(doc.blocks).toEqual([
      { start: 0, end: 7, kind: 'prose', table: undefined },
      { start: 9, end: 14, kind: 'prose', table: undefined },
    ]);
  });

  it('reads tables with header flags, grid columns and cell offsets', () => {
    const doc = extractDocument(
      dom(
        '<table><caption>Results</caption><thead><tr><th>Benchmark</th><th colspan="2">Llama 4</th></tr></thead><tbody><tr><td>MMLU</td><td> 80.5 </td><td>69.8<sup>1</sup></td></tr></tbody></table>',
      ),
    );
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0];
    expect(t.caption).toBe('Results');
    expect(t.rows.map((r) => r.cells.map((c) => [c.text, c.header, c.col]))).toEqual([
      [
        ['Benchmark', true, 0],
        ['Llama 4', true, 1],
      ],
      [
        ['MMLU', false, 0],
        ['80.5', false, 1],
        ['69.8', false, 2],
      ],
    ]);
    for (const row of t.rows) for (const c of row.cells) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('findPageDate', () => {
  it('reads article:published_time, JSON-LD and <time>', () => {
    expect(
      findPageDate(dom('', '<meta property="article:published_time" content="2025-04-07T10:00:00Z">')),
    ).toBe('2025-04-07');
    expect(
      findPageDate(
        dom(
          '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-02-05"}]}</script>',
        ),
      ),
    ).toBe('2025-02-05');
    expect(findPageDate(dom('<article><time datetime="2024-12-11">Dec 11</time></article>'))).toBe(
      '2024-12-11',
    );
    expect(findPageDate(dom('<p>no date</p>'))).toBeUndefined();
  });

  it('survives malformed JSON-LD', () => {
    expect(
      findPageDate(
        dom('<script type="application/ld+json">{oops</script><time datetime="2025-01-02"></time>'),
      ),
    ).toBe('2025-01-02');
  });
});

describe('scanHtml', () => {
  it('accepts fragments and whole documents', () => {
    expect(scanHtml('<p>Hello</p>').doc.text).toBe('Hello');
    const full = scanHtml(
      '<html><head><meta name="date" content="2025-03-01"></head><body><p>Hi</p></body></html>',
    );
    expect(full.doc.text).toBe('Hi');
    expect(full.pageDate).toBe('2025-03-01');
  });
});
