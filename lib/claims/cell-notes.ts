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
