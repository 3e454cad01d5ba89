import { splitTextAt } from './native';
import type { Piece } from './text-ranges';

/**
 * Wraps exact text ranges in mark elements without adding characters, and
 * undoes it.
 *
 * The page's own nodes are never moved or removed: a claim's text is split
 * off its Text node (the original node stays where it was, holding the text
 * before the claim — possibly none) and only the split-off nodes go into our
 * marks. Frameworks that keep references to their Text nodes (React and
 * friends call parent.removeChild(node) or set node.nodeValue) therefore keep
 * working; `detach` cleans up after such a page change. A claim that crosses
 * an element boundary ("<b>402B</b> total") gets one mark per piece.
 *
 * On unwrap the split-off nodes are merged back into the original node, so
 * the page's Text nodes keep their identity (instead of normalize()-ing the
 * whole parent, which would also merge the page's own adjacent nodes).
 */
export class TextWrapper {
  /** Text nodes we split off an original node. */
  private readonly created = new WeakSet<Text>();
  /** Original page Text node → the nodes split off it. */
  private readonly derived = new WeakMap<Text, Text[]>();

  /**
   * Wraps each group of pieces (one group = one claim) and returns, per group,
   * the elements that now hold its text ([] when it could not be wrapped).
   * Groups must not overlap each other. Every piece must come from the same,
   * unmodified extraction.
   */
  wrapGroups(
    groups: readonly Piece[][],
    make: (groupIndex: number, part: number) => HTMLElement,
  ): HTMLElement[][] {
    // Split right-to-left inside each node: splitText keeps the head in the
    // original node, so offsets of pieces further left stay valid.
    const flat: { group: number; idx: number; piece: Piece }[] = [];
    groups.forEach((g, group) => g.forEach((piece, idx) => flat.push({ group, idx, piece })));
    flat.sort((a, b) => b.piece.from - a.piece.from);
    const isolated: Text[][] = groups.map((g) => new Array<Text>(g.length));
    for (const { group, idx, piece } of flat) isolated[group][idx] = this.isolate(piece);
    return isolated.map((nodes, group) => {
      if (nodes.some((n) => !n || !n.parentNode)) return [];
      return nodes.map((n, part) => {
        const wrapper = make(group, part);
        n.parentNode!.insertBefore(wrapper, n);
        wrapper.appendChild(n);
        return wrapper;
      });
    });
  }

  /** Removes our wrappers (their text moves back in place) and re-joins split Text nodes. */
  unwrap(elements: Iterable<Element>): void {
    const parents = new Set<Node>();
    for (const wrapper of elements) {
      const parent = wrapper.parentNode;
      if (!parent) continue;
      while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
      parent.removeChild(wrapper);
      parents.add(parent);
    }
    for (const parent of parents) this.rejoin(parent);
  }

  /** True for a Text node this wrapper split off. */
  isCreated(node: Node): boolean {
    return node.nodeType === 3 && this.created.has(node as Text);
  }

  /** True for a page Text node we split (its changes concern our marks). */
  isSplitOriginal(node: Node): boolean {
    return node.nodeType === 3 && this.derived.has(node as Text);
  }

  /**
   * The page changed or removed a Text node we split: it believes that node
   * holds the whole text, so the pieces we split off it (and marks left
   * empty) are removed. Returns the marks that lost text.
   */
  detach(original: Text, isOwnMark: (el: Element) => boolean): Element[] {
    const nodes = this.derived.get(original);
    if (!nodes) return [];
    this.derived.delete(original);
    const touched: Element[] = [];
    for (const n of nodes) {
      const parent = n.parentNode;
      if (!parent) continue;
      parent.removeChild(n);
      this.created.delete(n);
      if (parent.nodeType === 1 && isOwnMark(parent as Element)) {
        touched.push(parent as Element);
        if (!parent.firstChild) (parent as Element).remove();
      }
    }
    return touched;
  }

  private isolate(piece: Piece): Text {
    const original = piece.node;
    const list = this.derived.get(original) ?? [];
    if (piece.to < original.data.length) {
      const tail = splitTextAt(original, piece.to);
      this.created.add(tail);
      list.push(tail);
    }
    // Always split, even at offset 0: the original node stays in place (maybe empty).
    const node = splitTextAt(original, piece.from);
    this.created.add(node);
    list.push(node);
    this.derived.set(original, list);
    return node;
  }

  private rejoin(parent: Node): void {
    let child = parent.firstChild;
    while (child) {
      const next = child.nextSibling;
      const prev = child.previousSibling;
      if (child.nodeType === 3 && this.created.has(child as Text) && prev && prev.nodeType === 3) {
        (prev as Text).appendData((child as Text).data);
        parent.removeChild(child);
        this.created.delete(child as Text);
      }
      child = next;
    }
    for (let c = parent.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 3) this.derived.delete(c as Text);
  }
}
