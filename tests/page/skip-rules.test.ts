// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isInsideSkipped, isSkippedElement } from '@/lib/page/skip-rules';
import { splitSections } from '@/lib/page/sections';

function parse(html: string): HTMLElement {
  const div = document.createElement('div');
  div.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(div);
  return div;
}

describe('skip rules', () => {
  it('leaves form fields, editable regions, code, live regions and widgets alone', () => {
    const root = parse(
      '<input value="x"><textarea>402B</textarea><div contenteditable="true"><p id="ce">402B</p></div>' +
        '<pre>402B</pre><code>402B</code><div aria-live="polite"><p id="live">x</p></div>' +
        '<div role="tablist"><p id="tab">x</p></div><p id="ok">402B total</p><div contenteditable="false"><p id="cef">x</p></div>',
    );
    const none = () => false;
    for (const sel of ['input', 'textarea', 'pre', 'code'])
      expect(isSkippedElement(root.querySelector(sel)!)).toBe(true);
    expect(isInsideSkipped(root.querySelector('#ce')!, null, none)).toBe(true);
    expect(isInsideSkipped(root.querySelector('#live')!, null, none)).toBe(true);
    expect(isInsideSkipped(root.querySelector('#tab')!, null, none)).toBe(true);
    expect(isInsideSkipped(root.querySelector('#ok')!.firstChild!, null, none)).toBe(false);
    expect(isInsideSkipped(root.querySelector('#cef')!, null, none)).toBe(false);
  });

  it('treats text inside one of our marks as done', () => {
    const root = parse('<p><span id="m">402B total</span></p>');
    const mark = root.querySelector('#m')!;
    expect(isInsideSkipped(mark.firstChild!, null, (el) => el === mark)).toBe(true);
  });

  it('treats a whole document in designMode as editable', () => {
    const root = parse('<p id="p">402B total</p>');
    const p = root.querySelector('#p')!;
    expect(isInsideSkipped(p.firstChild!, null, () => false)).toBe(false);
    document.designMode = 'on';
    try {
      expect(isInsideSkipped(p.firstChild!, null, () => false)).toBe(true);
    } finally {
      document.designMode = 'off';
    }
  });

  it('skips SVG content by namespace', () => {
    const root = parse('<svg><text>402B</text></svg>');
    expect(isInsideSkipped(root.querySelector('text')!, null, () => false)).toBe(true);
  });
});

describe('splitSections', () => {
  it('splits a large container into child sections but keeps small ones and tables whole', () => {
    const long = 'word '.repeat(200);
    const root = parse(
      `<section><p>${long}</p><p>${long}</p><table><tr><td>${long}</td></tr><tr><td>${long}</td></tr></table></section>`,
    );
    const sections = splitSections(root, 1500);
    expect(sections.map((s) => s.tagName)).toEqual(['P', 'P', 'TABLE']);
  });

  it('does not split an element that holds loose text of its own', () => {
    const long = 'word '.repeat(400);
    const root = parse(`<div>loose ${long}<p>${long}</p></div>`);
    expect(splitSections(root.firstElementChild!, 1000)).toHaveLength(1);
  });

  it('skips skipped children (code, nav) when splitting', () => {
    const long = 'word '.repeat(400);
    const root = parse(`<div><p>${long}</p><pre>${long}</pre><p>${long}</p></div>`);
    expect(splitSections(root.firstElementChild!, 1000).map((s) => s.tagName)).toEqual(['P', 'P']);
  });
});
