import type { Claim } from '../claims/types';
import type { VerdictResult } from '../verdicts/types';
import { el, setAttr } from './native';
import { markLabel } from './labels';
import { MARK_ATTR } from './skip-rules';

/**
 * Builds the element that wraps a claim's text. It carries the public
 * attribute contract (data-claimcheck-verdict/-model/-metric/-value/
 * -benchmark/-quote). Attributes hold data as attribute values only, never
 * markup. `part` > 0 marks a continuation piece of a claim split across
 * elements: it repeats the attributes but is not a separate tab stop.
 */
export function createMark(doc: Document, claim: Claim, result: VerdictResult, part: number): HTMLElement {
  const mark = el(doc, 'span');
  // The page's own line breaks and indentation inside a claim ("17B active\n      parameters")
  // are one space in what we announce and expose (the claim itself keeps the exact text).
  const quote = collapseSpaces(claim.quote);
  setAttr(mark, MARK_ATTR, '');
  if (part > 0) setAttr(mark, 'data-claimcheck-part', String(part));
  setAttr(mark, 'data-claimcheck-id', claim.id);
  setAttr(mark, 'data-claimcheck-verdict', result.verdict);
  setAttr(mark, 'data-claimcheck-model', claim.model.name);
  setAttr(mark, 'data-claimcheck-metric', claim.metric);
  setAttr(
    mark,
    'data-claimcheck-value',
    claim.value === null || claim.metric === 'comparison' ? '' : String(claim.value),
  );
  const benchmark = claim.benchmark ?? claim.comparison?.benchmark ?? result.benchmarkUsed;
  if (benchmark) setAttr(mark, 'data-claimcheck-benchmark', benchmark);
  setAttr(mark, 'data-claimcheck-quote', quote);
  if (part === 0) {
    setAttr(mark, 'tabindex', '0');
    setAttr(mark, 'role', 'button');
    setAttr(mark, 'aria-haspopup', 'dialog');
    setAttr(mark, 'aria-label', markLabel(result.verdict, quote));
    if (result.explanation) setAttr(mark, 'aria-description', result.explanation);
  }
  return mark;
}

/** Whitespace runs (spaces, tabs, line breaks, NBSP) as one space, ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
