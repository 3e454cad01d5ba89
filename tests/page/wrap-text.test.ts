// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/claims/extract-text';
import { piecesFor } from '@/lib/page/text-ranges';
import { TextWrapper } from '@/lib/page/wrap-text';

let root: HTMLElement;
function setup(html: string) {
  root = document.createElement('div');
  root.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(root);
  return extractDocument(root);
}
const make = () => {
  const s = document.createElement('span');
  s.setAttribute('data-claimcheck-mark', '');
  return s;
};
function groupsFor(quotes: string[]) {
  const d = extractDocument(root);
  return quotes.map((q) => {
    const s = d.text.indexOf(q);
    return piecesFor(d.segments, s, s + q.length, d.text);
  });
}

describe('TextWrapper', () => {
  beforeEach(() => document.body.replaceChildren());

  it('wraps two claims in one text node as two marks and adds no characters', () => {
    setup('<p>Maverick has 402B total, 17B active parameters.</p>');
    const before = root.textContent;
    const w = new TextWrapper();
    const out = w.wrapGroups(groupsFor(['402B total', '17B active']), make);
    expect(out.map((els) => els.map((e) => e.textContent))).toEqual([['402B total'], ['17B active']]);
    expect(root.textContent).toBe(before);
    expect(root.querySelectorAll('[data-claimcheck-mark]')).toHaveLength(2);
  });

  it('marks each piece of a claim that crosses an element boundary, never moving page nodes', () => {
    setup('<p>Maverick: <b>402B</b> total here</p>');
    const b = root.querySelector('b')!;
    const inB = b.firstChild;
    const w = new TextWrapper();
    const [els] = w.wrapGroups(groupsFor(['402B total']), make);
    expect(els.map((e) => e.textContent)).toEqual(['402B', ' total']);
    // The page's <b> and its original Text node stay where they were.
    expect(b.parentElement?.tagName).toBe('P');
    expect(inB?.parentNode).toBe(b);
    expect(els[0].parentNode).toBe(b);
  });

  it('a link keeps its place and text too', () => {
    setup('<p>Maverick: <a href="#x">402B</a> total here</p>');
    const w = new TextWrapper();
    const [els] = w.wrapGroups(groupsFor(['402B total']), make);
    expect(els.map((e) => e.textContent)).toEqual(['402B', ' total']);
    expect(root.querySelector('a')?.textContent).toBe('402B');
    expect(root.querySelector('a')?.parentElement?.tagName).toBe('P');
  });

  it('unwrap restores the original text nodes (same node identity, merged back)', () => {
    setup('<p>Maverick has 402B total, 17B active parameters.</p>');
    const p = root.querySelector('p')!;
    const original = p.firstChild as Text;
    const html = new XMLSerializer().serializeToString(p);
    const w = new TextWrapper();
    const out = w.wrapGroups(groupsFor(['402B total', '17B active']), make);
    expect(p.childNodes.length).toBeGreaterThan(1);
    w.unwrap(out.flat());
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(original);
    expect(new XMLSerializer().serializeToString(p)).toBe(html);
  });

  it('unwrap leaves the page own adjacent text nodes alone', () => {
    setup('<p>x</p>');
    const p = root.querySelector('p')!;
    p.append(document.createTextNode(' has 402B total'));
    expect(p.childNodes).toHaveLength(2);
    const w = new TextWrapper();
    const out = w.wrapGroups(groupsFor(['402B total']), make);
    w.unwrap(out.flat());
    // Our split is merged back; the page's two original nodes stay two.
    expect(p.childNodes).toHaveLength(2);
    expect(p.textContent).toBe('x has 402B total');
  });

  it('isCreated tells split-off nodes from page nodes', () => {
    setup('<p>Scout handles 10M tokens easily</p>');
    const p = root.querySelector('p')!;
    const original = p.firstChild!;
    const w = new TextWrapper();
    const [[mark]] = w.wrapGroups(groupsFor(['10M tokens']), make);
    expect(w.isCreated(original)).toBe(false);
    expect(w.isCreated(mark.firstChild!)).toBe(true);
    expect(w.isSplitOriginal(original)).toBe(true);
  });

  it('a claim at the start of a node leaves the original node in place (empty)', () => {
    setup('<p>402B total parameters</p>');
    const p = root.querySelector('p')!;
    const original = p.firstChild as Text;
    const w = new TextWrapper();
    w.wrapGroups(groupsFor(['402B total']), make);
    expect(p.firstChild).toBe(original);
    expect(original.data).toBe('');
    // A framework removing "its" node still can (no NotFoundError), and detach cleans up after it.
    p.removeChild(original);
    w.detach(original, (el) => el.hasAttribute('data-claimcheck-mark'));
    expect(p.childNodes).toHaveLength(0);
  });

  it('detach: when the page rewrites a node we split, our pieces go and no text shows twice', () => {
    setup('<p>Maverick has 402B total, 17B active parameters.</p>');
    const p = root.querySelector('p')!;
    const original = p.firstChild as Text;
    const w = new TextWrapper();
    w.wrapGroups(groupsFor(['402B total', '17B active']), make);
    original.data = 'Maverick has 400B total parameters.';
    w.detach(original, (el) => el.hasAttribute('data-claimcheck-mark'));
    expect(p.textContent).toBe('Maverick has 400B total parameters.');
    expect(p.querySelectorAll('[data-claimcheck-mark]')).toHaveLength(0);
  });

  it('wraps a claim whose text spans two nested inline elements, and unwraps it exactly', () => {
    setup('<p>It has <em><b>10M</b></em> tokens of context</p>');
    const p = root.querySelector('p')!;
    const html = new XMLSerializer().serializeToString(p);
    const w = new TextWrapper();
    const [els] = w.wrapGroups(groupsFor(['10M tokens']), make);
    expect(els.map((e) => e.textContent).join('')).toBe('10M tokens');
    w.unwrap(els);
    expect(new XMLSerializer().serializeToString(p)).toBe(html);
  });
});
