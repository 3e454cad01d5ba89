/** A pipe table found in a markdown file: header cells, body rows, and the line it starts on. */
export interface MdTable {
  header: string[];
  rows: string[][];
  line: number;
  /** The nearest heading above the table. */
  heading?: string;
}

/** Strips bold/italic markers, inline code, links ("[text](url)" → text) and HTML breaks. */
export function cellText(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\[\^\d+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitRow(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').map((c) => c.trim());
}

/** Every pipe table in the text (GitHub-flavoured: header row, `---` separator row, body rows). */
export function parseMarkdownTables(text: string): MdTable[] {
  const lines = text.split(/\r?\n/);
  const out: MdTable[] = [];
  let heading: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const h = /^#{1,6}\s+(.*)$/.exec(l);
    if (h) heading = h[1].trim();
    if (!l.trim().startsWith('|') || !/^\s*\|?\s*:?-{2,}/.test(lines[i + 1] ?? '')) continue;
    const header = splitRow(l).map(cellText);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j].trim().startsWith('|'); j++) rows.push(splitRow(lines[j]));
    out.push({ header, rows, line: i + 1, heading });
    i = j - 1;
  }
  return out;
}

/** "128K" → 128000, "671B" → 6.71e11, "2.788M" → 2788000, "14.8T" → 1.48e13. */
export function scaled(text: string): number | undefined {
  const m = /^~?\s*([\d.]+)\s*([kKmMbBtT])?$/.exec(text.trim());
  if (!m) return undefined;
  const mult = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'b' | 't'] ?? 1;
  return Number((Number(m[1]) * mult).toPrecision(12));
}
