/**
 * Visible text of a document, with offsets that map back to DOM text nodes.
 * Uses only standard DOM APIs (nodeType, tagName, getAttribute, childNodes),
 * so it runs on linkedom in Node and on the live page in the extension.
 *
 * Every character of a kept text node appears in `text` at `segment.start +
 * offsetInNode` (whitespace becomes " " but is never collapsed), so a claim's
 * [start, end) turns into a DOM Range without any extra table.
 */

export type BlockKind = 'prose' | 'table' | 'heading' | 'list';

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** For table cells: which table in `tables`. */
  table?: number;
  /** For headings: 1-6 (h1-h6, or the number of "#"), so a sub-heading can keep its parent's model. */
  level?: number;
}

export interface TableCell {
  text: string;
  start: number;
  end: number;
  header: boolean;
  /** Grid column (colspans expanded) and span. */
  col: number;
  colspan: number;
  rowspan?: number;
}

export interface Table {
  rows: { cells: TableCell[] }[];
  caption?: string;
}

export interface Segment {
  node: Text;
  start: number;
}

export interface DocText {
  text: string;
  blocks: Block[];
  tables: Table[];
  segments: Segment[];
}

const SKIP_TAGS = new Set([
  'NAV',
  'CODE',
  'PRE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'KBD',
  'SAMP',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'OPTION',
]);

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'BR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'FORM',
  'FIELDSET',
  'BODY',
  'HTML',
]);

const HEADING = /^H[1-6]$/;

/** Should this element and everything inside it be ignored? */
export function isSkipped(el: Element, inCell = false): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) && !(inCell && tag === 'CODE' && isWholeCell(el))) return true;
  // most elements carry no attributes: one call instead of five lookups (DOM calls are the cost here)
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('data-claimcheck-ui') !== null) return true;
  if (el.getAttribute('hidden') !== null) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('role') === 'navigation') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  return false;
}

/**
 * A table cell that is one inline code element, like a README's model column
 * (`<td><code>Llama-4-Maverick-17B-128E-Instruct</code></td>`), is the row's
 * label, not code: it is read. Code among other text in a cell, and every
 * code block, stays skipped.
 */
function isWholeCell(code: Element): boolean {
  const cell = code.parentNode as Element | null;
  const tag = cell?.nodeName?.toUpperCase();
  if (tag !== 'TD' && tag !== 'TH') return false;
  for (let n = cell!.firstChild; n; n = n.nextSibling)
    if (n !== code && (n.nodeType !== 3 || /\S/.test((n as Text).data))) return false;
  return true;
}

interface State {
  parts: string[];
  length: number;
  blocks: Block[];
  tables: Table[];
  segments: Segment[];
  blockStart: number;
  blockKind: BlockKind;
  blockTable?: number;
  blockLevel?: number;
  /** whether the current block has any non-space text */
  hasText: boolean;
}

function closeBlock(st: State): void {
  if (st.hasText) {
    const b: Block = { start: st.blockStart, end: st.length, kind: st.blockKind, table: st.blockTable };
    if (st.blockKind === 'heading' && st.blockLevel) b.level = st.blockLevel;
    st.blocks.push(b);
  } else if (st.length > st.blockStart) {
    // whitespace-only block: drop its characters and the segments pointing there
    while (st.segments.length && st.segments[st.segments.length - 1].start >= st.blockStart)
      st.segments.pop();
    let drop = st.length - st.blockStart;
    while (drop > 0) {
      const last = st.parts.pop()!;
      if (last.length <= drop) drop -= last.length;
      else {
        st.parts.push(last.slice(0, last.length - drop));
        drop = 0;
      }
    }
    st.length = st.blockStart;
  }
  st.hasText = false;
}

function openBlock(st: State, kind: BlockKind, table?: number, level?: number): void {
  closeBlock(st);
  if (st.length > 0 && st.parts[st.parts.length - 1] !== '\n\n') {
    st.parts.push('\n\n');
    st.length += 2;
  }
  st.blockStart = st.length;
  st.blockKind = kind;
  st.blockTable = table;
  st.blockLevel = level;
}

// Newlines/tabs inside a text node become spaces so "\n\n" only ever separates blocks.
const WS = /[\n\r\t\f\v]/g;

function kindFor(tag: string, parentKind: BlockKind): BlockKind {
  if (HEADING.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list';
  if (tag === 'TD' || tag === 'TH' || tag === 'CAPTION') return 'table';
  if (parentKind === 'table' || parentKind === 'list') return parentKind;
  return 'prose';
}

interface OpenCell {
  cell: TableCell;
  partIndex: number;
  startLength: number;
}

/**
 * A footnote marker glued to a number ("32.3<sup>3</sup>") would read as
 * "32.33"; skip short superscripts unless they are an exponent ("10<sup>24</sup>").
 */
function isFootnoteMark(el: Element, st: State): boolean {
  const t = (el.textContent ?? '').trim();
  if (!/^[[(]?[0-9a-z*\u2020\u2021\u00a7,]{1,4}[\])]?$/i.test(t)) return false;
  const prev = st.parts.length ? st.parts[st.parts.length - 1] : '';
  return !/(?:^|[^\d.])10\s*$/.test(prev);
}

/** Extract the visible text of `root` (a Document or any Element). */
export function extractDocument(root: Document | Element): DocText {
  const st: State = {
    parts: [],
    length: 0,
    blocks: [],
    tables: [],
    segments: [],
    blockStart: 0,
    blockKind: 'prose',
    hasText: false,
  };
  const first: Node | null =
    (root as Document).nodeType === 9
      ? ((root as Document).body ?? (root as Document).documentElement)
      : (root as Node);
  if (!first) return { text: '', blocks: [], tables: [], segments: [] };

  type Ctx = { kind: BlockKind; table?: number };
  type Frame = { node: Node; leave: boolean };
  const stack: Frame[] = [{ node: first, leave: false }];
  const ctxStack: Ctx[] = [];
  const rowStack: { cells: TableCell[]; col: number }[] = [];
  const cellStack: OpenCell[] = [];

  while (stack.length) {
    const { node, leave } = stack.pop()!;
    if (leave) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      const ctx = ctxStack.pop()!;
      if (tag === 'TD' || tag === 'TH') {
        const open = cellStack.pop()!;
        const raw = st.parts.slice(open.partIndex).join('');
        const trimmed = raw.trim();
        const row = rowStack[rowStack.length - 1];
        if (trimmed) {
          const lead = raw.length - raw.trimStart().length;
          open.cell.start = open.startLength + lead;
          open.cell.end = open.cell.start + trimmed.length;
          open.cell.text = trimmed;
        } else {
          open.cell.start = open.cell.end = open.startLength;
        }
        if (row) {
          row.cells.push(open.cell);
          row.col += open.cell.colspan;
        }
      } else if (tag === 'TR') {
        const row = rowStack.pop();
        if (row && row.cells.length && ctx.table !== undefined)
          st.tables[ctx.table].rows.push({ cells: row.cells });
      } else if (tag === 'CAPTION' && ctx.table !== undefined) {
        const cap = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (cap) st.tables[ctx.table].caption = cap;
      }
      const parent = ctxStack[ctxStack.length - 1];
      openBlock(st, parent?.kind ?? 'prose', parent?.table);
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) continue;
      const hasText = /\S/.test(data);
      if (!st.hasText && !hasText) continue; // whitespace between blocks
      if (hasText) st.hasText = true;
      st.segments.push({ node: node as Text, start: st.length });
      st.parts.push(data.replace(WS, ' '));
      st.length += data.length;
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkipped(el, cellStack.length > 0)) continue;
      const tag = el.tagName.toUpperCase();
      if (tag === 'SUP' && isFootnoteMark(el, st)) continue;
      if (BLOCK_TAGS.has(tag)) {
        const parent = ctxStack[ctxStack.length - 1];
        let table = parent?.table;
        let kind = kindFor(tag, parent?.kind ?? 'prose');
        if (tag === 'TABLE') {
          table = st.tables.length;
          st.tables.push({ rows: [] });
          kind = 'table';
        }
        openBlock(st, kind, table, HEADING.test(tag) ? Number(tag[1]) : undefined);
        if (tag === 'TR') rowStack.push({ cells: [], col: 0 });
        if (tag === 'TD' || tag === 'TH') {
          const span = Number(el.getAttribute('colspan') ?? '1');
          const rspan = Number(el.getAttribute('rowspan') ?? '1');
          const row = rowStack[rowStack.length - 1];
          const section = (el.parentNode as Element | null)?.parentNode?.nodeName?.toUpperCase();
          cellStack.push({
            partIndex: st.parts.length,
            startLength: st.length,
            cell: {
              text: '',
              start: st.length,
              end: st.length,
              header: tag === 'TH' || section === 'THEAD',
              col: row ? row.col : 0,
              colspan: Number.isFinite(span) && span > 0 ? Math.min(Math.floor(span), 50) : 1,
              ...(Number.isFinite(rspan) && rspan > 1 ? { rowspan: Math.min(Math.floor(rspan), 500) } : {}),
            },
          });
        }
        ctxStack.push({ kind, table });
        stack.push({ node, leave: true });
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue;
    // children in reverse so they pop in document order
    // (sibling pointers: cheaper than indexing a live NodeList)
    for (let k = node.lastChild; k; k = k.previousSibling) stack.push({ node: k, leave: false });
  }
  closeBlock(st);
  if (st.parts[st.parts.length - 1] === '\n\n') st.parts.pop();
  return { text: st.parts.join(''), blocks: st.blocks, tables: st.tables, segments: st.segments };
}

/**
 * Plain text input (a .txt or markdown-ish file): blank lines separate
 * paragraphs; bullet, numbered and "#" lines are their own blocks; runs of
 * "| a | b |" lines are read as a table.
 */
export function docFromText(input: string): DocText {
  const text = input.replace(/\r\n?/g, '\n');
  const blocks: Block[] = [];
  const tables: Table[] = [];
  const lines: { s: number; e: number }[] = [];
  for (let i = 0, s = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ s, e: i });
      s = i + 1;
    }
  }
  const trimmed = (s: number, e: number): [number, number] => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    return [s, e];
  };
  let para: [number, number] | null = null;
  const flush = () => {
    if (para) {
      const [s, e] = trimmed(para[0], para[1]);
      if (e > s) blocks.push({ start: s, end: e, kind: 'prose' });
    }
    para = null;
  };
  let i = 0;
  while (i < lines.length) {
    const { s, e } = lines[i];
    const line = text.slice(s, e);
    if (!line.trim()) {
      flush();
      i++;
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      const table: Table = { rows: [] };
      const index = tables.length;
      let header = false;
      while (i < lines.length && /^\s*\|/.test(text.slice(lines[i].s, lines[i].e))) {
        const ln = lines[i];
        const row = text.slice(ln.s, ln.e);
        if (/^\s*\|?\s*:?-{2,}/.test(row)) {
          header = table.rows.length === 1;
          i++;
          continue;
        }
        const cells: TableCell[] = [];
        const bar = /\|/g;
        const cuts: number[] = [];
        let m: RegExpExecArray | null;
        while ((m = bar.exec(row))) if (row[m.index - 1] !== '\\') cuts.push(m.index);
        for (let k = 0; k + 1 < cuts.length; k++) {
          const [cs, ce] = trimmed(ln.s + cuts[k] + 1, ln.s + cuts[k + 1]);
          cells.push({ text: text.slice(cs, ce), start: cs, end: ce, header: false, col: k, colspan: 1 });
          if (ce > cs) blocks.push({ start: cs, end: ce, kind: 'table', table: index });
        }
        table.rows.push({ cells });
        i++;
      }
      if (header) for (const c of table.rows[0].cells) c.header = true;
      tables.push(table);
      continue;
    }
    if (/^\s*(?:[-*\u2022+]|\d+[.)])\s/.test(line) || /^\s*#{1,6}\s/.test(line)) {
      flush();
      const [bs, be] = trimmed(s, e);
      const hashes = /^\s*(#{1,6})\s/.exec(line);
      blocks.push(
        hashes
          ? { start: bs, end: be, kind: 'heading', level: hashes[1].length }
          : { start: bs, end: be, kind: 'list' },
      );
      i++;
      continue;
    }
    para = para ? [para[0], e] : [s, e];
    i++;
  }
  flush();
  blocks.sort((a, b) => a.start - b.start);
  // single newlines inside a block become spaces (same length)
  return { text: text.replace(/[\n\t]/g, ' '), blocks, tables, segments: [] };
}

/**
 * Incremental form for the extension: extract only a newly added subtree, then call
 * `engine.scanBlocks(doc, doc.blocks.keys(), ctx)` with the page's long-lived context
 * (families named, last model). Offsets are relative to this subtree's own text, and
 * `segments` map them to its text nodes.
 */
export const extractBlocks = (root: Element): DocText => extractDocument(root);
