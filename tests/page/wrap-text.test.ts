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

  it('uses one wrapper when a claim crosses an inline element boundary', () => {
    setup('<p>Maverick: <b>402B</b> total here</p>');
    const w = new TextWrapper();
    const [els] = w.wrapGroups(groupsFor(['402B total']), make);
    expect(els).toHaveLength(1);
    expect(els[0].textContent).toBe('402B total');
    expect(els[0].querySelector('b')?.textContent).toBe('402B');
  });

  it('falls back to one wrapper per piece when a link is in the way', () => {
    setup('<p>Maverick: <a href="#x">402B</a> total here</p>');
    const w = new TextWrapper();
    const [els] = w.wrapGroups(groupsFor(['402B total']), make);
    expect(els.map((e) => e.textContent)).toEqual(['402B', ' total']);
    // The link still holds its text (inside our piece), and is not moved into a wrapper.
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
  });

  it('wraps a claim whose text spans two nested inline elements', () => {
    setup('<p>It has <em><b>10M</b></em> tokens of context</p>');
    const before = root.textContent;
    const w = new TextWrapper();
    const [els] = w.wrapGroups(groupsFor(['10M tokens']), make);
    expect(els).toHaveLength(1);
    expect(els[0].textContent).toBe('10M tokens');
    expect(root.textContent).toBe(before);
    w.unwrap(els);
    expect(root.querySelector('p')!.textContent).toBe(before);
    expect(root.querySelector('em > b')?.textContent).toBe('10M');
  });
});
