import type { Table } from './extract-text';
import type { ModelMention } from './mentions';

/**
 * "Claude 3.7 Sonnet ... [table: Claude 3.7 Sonnet | Claude 3.5 Sonnet | GPT-4o] The context window is
 * 200K tokens": a table that sets the model under discussion beside its rivals does not change whom
 * the prose after it is about. True when the table's text names the model the prose carried before it.
 */
export function tableNamesCarried(text: string, table: Table, carried: ModelMention): boolean {
  if (carried.isFamily) return false;
  // the header row and the first column: where a table names its models
  const names = table.rows
    .flatMap((r, i) => (i === 0 ? r.cells : r.cells.slice(0, 1)))
    .map((c) => norm(c.text))
    .join('\n');
  const printed = norm(text.slice(carried.start, carried.end));
  return (printed.length >= 4 && names.includes(printed)) || names.includes(norm(carried.ref.name));
}

/** Lower case, with non-breaking and typographic hyphens and spaces made plain ("GPT‑4.5" = "GPT-4.5"). */
function norm(t: string): string {
  return t
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
}
