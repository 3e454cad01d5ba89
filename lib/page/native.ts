/**
 * References to the DOM functions the content script relies on, taken once
 * at start. Content scripts already run in an isolated world (a page that
 * overrides `Element.prototype.attachShadow` or `JSON.parse` changes its own
 * world's copies, not ours), but holding our own references also guards
 * against anything that loads later in our world and keeps the intent explicit.
 */
const hasDom = typeof Document !== 'undefined';

export const native = hasDom
  ? {
      createElement: Document.prototype.createElement,
      createTextNode: Document.prototype.createTextNode,
      attachShadow: Element.prototype.attachShadow,
      setAttribute: Element.prototype.setAttribute,
      splitText: Text.prototype.splitText,
      insertBefore: Node.prototype.insertBefore,
      appendChild: Node.prototype.appendChild,
      removeChild: Node.prototype.removeChild,
      contains: Node.prototype.contains,
      jsonParse: JSON.parse,
    }
  : null;

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K): HTMLElementTagNameMap[K] {
  return (native ? native.createElement.call(doc, tag) : doc.createElement(tag)) as HTMLElementTagNameMap[K];
}

export function setAttr(target: Element, name: string, value: string): void {
  if (native) native.setAttribute.call(target, name, value);
  else target.setAttribute(name, value);
}

export function splitTextAt(node: Text, offset: number): Text {
  return native ? native.splitText.call(node, offset) : node.splitText(offset);
}

export function attachShadowRoot(host: Element, init: ShadowRootInit): ShadowRoot {
  return native ? native.attachShadow.call(host, init) : host.attachShadow(init);
}
