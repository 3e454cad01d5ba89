/**
 * What the content script never touches: form fields, editable regions, code,
 * graphics, the page's own widgets and live regions, and our own UI. Used both
 * to filter claims before marking and to decide which added nodes to scan.
 */
export const MARK_ATTR = 'data-claimcheck-mark';
export const UI_ATTR = 'data-claimcheck-ui';

const SKIP_TAGS = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'DIALOG',
  'NAV',
]);

/** ARIA roles of interactive widgets whose text we must not restructure. */
const WIDGET_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'grid',
  'listbox',
  'menu',
  'menubar',
  'menuitem',
  'option',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'tablist',
  'textbox',
  'tree',
  'treegrid',
  'log',
  'status',
  'alert',
  'marquee',
  'timer',
]);

/** True when `el` itself must be left alone (not looking at ancestors). */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  if (el.hasAttribute(UI_ATTR)) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  // Not `isContentEditable`: it brings the page's style up to date, and asked
  // between our own DOM writes it forced a style recalc per marked section.
  // The attribute (checked on every ancestor by isInsideSkipped) and designMode cover editing.
  if (el.ownerDocument?.designMode === 'on') return true;
  const live = el.getAttribute('aria-live');
  if (live && live !== 'off') return true;
  const role = el.getAttribute('role');
  if (role && WIDGET_ROLES.has(role.toLowerCase())) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/**
 * True when `node` sits inside something we leave alone, or inside one of our
 * own marks (`isOwnMark` tells ours apart from page elements that merely carry
 * look-alike attributes).
 */
export function isInsideSkipped(
  node: Node,
  stopAt: Node | null,
  isOwnMark: (el: Element) => boolean,
): boolean {
  let cur: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (cur && cur !== stopAt) {
    if (cur.nodeType === 1) {
      const el = cur as Element;
      if (isOwnMark(el) || isSkippedElement(el)) return true;
    }
    cur = cur.parentNode;
  }
  return false;
}
