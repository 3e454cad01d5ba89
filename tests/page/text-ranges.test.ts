// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/claims/extract-text';
import { piecesFor } from '@/lib/page/text-ranges';

function docOf(html: string) {
  document.body.replaceChildren();
  const div = document.createElement('div');
  // Test fixture markup written here, not page data.
  div.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(div);
  return extractDocument(div);
}

describe('piecesFor', () => {
  it('maps a claim inside one text node to that node', () => {
    const d = docOf('<p>Maverick has 402B total parameters.</p>');
    const s = d.text.indexOf('402B total');
    const pieces = piecesFor(d.segments, s, s + 10, d.text);
    expect(pieces).toHaveLength(1);
    expect(pieces[0].node.data.slice(pieces[0].from, pieces[0].to)).toBe('402B total');
  });

  it('spans several text nodes ("<b>402B</b> total")', () => {
    const d = docOf('<p>Maverick: <b>402B</b> total, 17B active</p>');
    const s = d.text.indexOf('402B total');
    const pieces = piecesFor(d.segments, s, s + 10, d.text);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['402B', ' total']);
  });

  it('skips characters that belong to no node (block separators)', () => {
    const d = docOf('<p>first 10M</p><p>tokens later</p>');
    const s = d.text.indexOf('10M');
    const e = d.text.indexOf('tokens') + 6;
    const pieces = piecesFor(d.segments, s, e, d.text);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['10M', 'tokens']);
  });

  it('returns [] when a node changed since extraction', () => {
    const d = docOf('<p>Scout handles 10M tokens</p>');
    const s = d.text.indexOf('10M tokens');
    d.segments[0].node.data = 'Scout handles 12M tokens';
    expect(piecesFor(d.segments, s, s + 10, d.text)).toEqual([]);
  });

  it('tolerates whitespace the extractor folded (newline → space)', () => {
    const d = docOf('<p>402B\ntotal</p>');
    const s = d.text.indexOf('402B total');
    expect(s).toBeGreaterThanOrEqual(0);
    expect(piecesFor(d.segments, s, s + 10, d.text)).toHaveLength(1);
  });

  it('returns [] for an empty range', () => {
    const d = docOf('<p>abc</p>');
    expect(piecesFor(d.segments, 1, 1, d.text)).toEqual([]);
  });
});
