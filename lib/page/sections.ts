import { isSkippedElement } from './skip-rules';

/**
 * Splits a subtree into sections of bounded text size so the scan can run one
 * section per work item and yield between them. Tables, and elements that
 * hold loose text of their own, are never split (a table is read as a whole;
 * loose text would be lost between child sections).
 */
export function splitSections(root: Element, maxChars = 4000): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    const len = (el.textContent ?? '').length;
    if (len === 0) return;
    if (len <= maxChars || !splittable(el)) {
      out.push(el);
      return;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (!isSkippedElement(c)) visit(c);
    }
  };
  visit(root);
  return out;
}

function splittable(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TABLE' || tag === 'P' || tag === 'LI' || tag === 'TR') return false;
  if (!el.firstElementChild) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /\S/.test((n as Text).data)) return false;
  }
  return true;
}
