import { splitTextAt } from './native';
import type { Piece } from './text-ranges';

/**
 * Wraps exact text ranges in mark elements without adding characters, and
 * undoes it. Splits Text nodes only where a claim starts or ends, remembers
 * which Text nodes it created, and on unwrap merges exactly those back into
 * their original node (so the page's own Text nodes keep their identity —
 * frameworks hold references to them — rather than normalize()-ing the
 * whole parent).
 */

/** Inline formatting elements a single wrapper may enclose. Links and widgets are never enclosed. */
const INLINE_SAFE = new Set([
  'B',
  'STRONG',
  'I',
  'EM',
  'SPAN',
  'SUP',
  'SUB',
  'SMALL',
  'MARK',
  'ABBR',
  'TIME',
  'DATA',
  'U',
  'S',
  'Q',
  'CITE',
  'DFN',
  'VAR',
  'BDI',
  'BDO',
  'INS',
  'DEL',
  'FONT',
]);

export class TextWrapper {
  /** Text nodes we split off an original node; merged back on unwrap. */
  private readonly created = new WeakSet<Text>();

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
    return isolated.map((nodes, group) => this.wrapNodes(nodes, (part) => make(group, part)));
  }

  /** Removes our wrappers (children move back in place) and re-joins split Text nodes. */
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

  /** True for a Text node this wrapper split off (tests and dedupe use it). */
  isCreated(node: Node): boolean {
    return node.nodeType === 3 && this.created.has(node as Text);
  }

  private isolate(piece: Piece): Text {
    let node = piece.node;
    if (piece.to < node.data.length) this.created.add(splitTextAt(node, piece.to));
    if (piece.from > 0) {
      node = splitTextAt(node, piece.from);
      this.created.add(node);
    }
    return node;
  }

  private wrapNodes(nodes: Text[], make: (part: number) => HTMLElement): HTMLElement[] {
    if (nodes.length === 0 || nodes.some((n) => !n || !n.parentNode)) return [];
    const run = nodes.length > 1 ? singleRun(nodes) : null;
    if (run) {
      const wrapper = make(0);
      run[0].parentNode!.insertBefore(wrapper, run[0]);
      for (const n of run) wrapper.appendChild(n);
      return [wrapper];
    }
    return nodes.map((n, part) => {
      const wrapper = make(part);
      n.parentNode!.insertBefore(wrapper, n);
      wrapper.appendChild(n);
      return wrapper;
    });
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
  }
}

/**
 * When a claim's Text nodes can be enclosed by one wrapper without cutting
 * through an element ("<b>402B</b> total"), returns the run of sibling nodes
 * to enclose; otherwise null (the caller wraps each piece).
 */
function singleRun(nodes: Text[]): Node[] | null {
  const first = climb(nodes[0], 'first');
  const last = climb(nodes[nodes.length - 1], 'last');
  // Bring both ends to a common parent by climbing further where possible.
  let a: Node = first;
  let b: Node = last;
  while (a.parentNode !== b.parentNode) {
    const da = depth(a);
    const db = depth(b);
    if (da >= db && canClimb(a, 'first')) a = a.parentNode!;
    else if (db >= da && canClimb(b, 'last')) b = b.parentNode!;
    else return null;
  }
  const run: Node[] = [];
  let wanted = '';
  for (const n of nodes) wanted += n.data;
  let got = '';
  for (let cur: Node | null = a; cur; cur = cur.nextSibling) {
    if (cur.nodeType === 1 && !INLINE_SAFE.has((cur as Element).tagName.toUpperCase())) return null;
    if (cur.nodeType !== 1 && cur.nodeType !== 3) return null;
    if (
      cur.nodeType === 1 &&
      (cur as Element).querySelector(
        '*:not(b,strong,i,em,span,sup,sub,small,mark,abbr,time,data,u,s,q,cite,dfn,var,bdi,bdo,ins,del,font)',
      )
    ) {
      return null;
    }
    run.push(cur);
    got += cur.textContent ?? '';
    if (cur === b) return got === wanted ? run : null;
  }
  return null;
}

function canClimb(n: Node, edge: 'first' | 'last'): boolean {
  const p = n.parentNode;
  if (!p || p.nodeType !== 1 || !INLINE_SAFE.has((p as Element).tagName.toUpperCase())) return false;
  return edge === 'first' ? p.firstChild === n : p.lastChild === n;
}

function climb(n: Node, edge: 'first' | 'last'): Node {
  let cur = n;
  while (canClimb(cur, edge) && cur.parentNode!.parentNode) cur = cur.parentNode!;
  return cur;
}

function depth(n: Node): number {
  let d = 0;
  for (let cur = n.parentNode; cur; cur = cur.parentNode) d++;
  return d;
}
