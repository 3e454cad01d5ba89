/**
 * Notes a table cell may carry after its one figure without holding a second claim value:
 * a dated source ("1273 (as of April 13, 2025)", "400B (model card, 2025)") or the same figure
 * restated in other units ("1,048,576 (1M)", "128K (131,072)").
 */
import { findQuantities, type Quantity } from './parse-quantity';

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;

/** `rest` (folded text after the figure) with date notes and restatements blanked. */
export function blankCellNotes(rest: string, q: Quantity): string {
  if (!rest.includes('(')) return rest;
  return rest.replace(/\(([^()]*\d[^()]*)\)/g, (whole, inner: string) => {
    // a year or a date: "(2025)", "(as of Apr 13)", "(2025-04-13)", "(Meta, April 2025)"
    const undated = inner
      .replace(/\b\d{4}-\d{2}(?:-\d{2})?\b/g, ' ')
      .replace(/\b(?:19|20)\d{2}\b/g, ' ')
      .replace(MONTH.test(inner) ? /\b\d{1,2}(?:st|nd|rd|th)?\b/g : /$^/g, ' ');
    if (!/\d/.test(undated)) return ' ';
    // the same figure again: "(1M)" after "1,048,576"
    const qs = findQuantities(inner);
    if (
      qs.length === 1 &&
      !qs[0].percent &&
      !qs[0].currency &&
      q.value > 0 &&
      Math.abs(qs[0].value - q.value) / q.value <= 0.1 &&
      !/\d/.test(inner.slice(0, qs[0].start) + inner.slice(qs[0].end))
    )
      return ' ';
    return whole;
  });
}

/** A footnote mark after a cell's figure: "328K*", "512K†". */
const TRAILING_MARK = /([*\u2020\u2021])\s*$/;
/** A note that the figure is the length a host serves, not the model's own window. */
const LIMIT_WORD = /\b(?:shorter|reduced|capped|caps?|limit(?:ed|s)?|truncated|restricted|longer)\b/;
const LENGTH_WORD = /\b(?:window|context|limit|length)\b/;

/**
 * "512K†" in a catalogue's context column, with "† Deployment limit; model supports longer
 * contexts." after the table: the figure is a serving cap, not the model's context window.
 * `after` is the text following the table.
 */
export function isServingLimitCell(f: string, after: string): boolean {
  const mark = TRAILING_MARK.exec(f)?.[1];
  if (!mark) return false;
  // the note: a line of the text after the table that starts with the same mark
  for (const line of after.split('\n')) {
    const t = line.trim();
    if (!t.startsWith(mark) || t.startsWith(mark + mark)) continue;
    const note = t.slice(1, 300).toLowerCase();
    return LIMIT_WORD.test(note) && LENGTH_WORD.test(note);
  }
  return false;
}
