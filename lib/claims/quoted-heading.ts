/**
 * A heading that quotes, word for word, a passage the page gave earlier (a fact check's section
 * heading “402B total, 17B active” under the quoted post, a rebuttal's “Trained on 100,000 H100s”):
 * the heading repeats that passage's claims, about the models the passage named, even though the
 * heading itself names none. Only quoted headings count, and only a passage found verbatim earlier
 * on the page; the heading's own readings of the restated figures are replaced.
 */
import { foldText } from './fold-text';
import type { Claim } from './types';

const OPEN = /^\s*["\u201c\u201e\u2018']\s*/;
const CLOSE = /\s*[.!?]?\s*["\u201d\u2019']\s*[.!?]?\s*$/;

/**
 * Restates into the heading [hStart, hEnd) of `text` the claims of `out` (before index `from`) that
 * lie inside an earlier verbatim occurrence of the heading's quoted words; claims the heading
 * produced itself (`from`..end) that overlap a restated one are dropped.
 */
export function restateQuotedHeading(
  text: string,
  hStart: number,
  hEnd: number,
  out: Claim[],
  from: number,
): void {
  const raw = text.slice(hStart, hEnd);
  const open = OPEN.exec(raw);
  const close = CLOSE.exec(raw);
  if (!open || !close || close.index <= open[0].length) return;
  const innerStart = hStart + open[0].length;
  const inner = text.slice(innerStart, hStart + close.index);
  // a short quote ("“Open”") repeats a word, not a passage
  if (inner.length < 8 || !/\d|\s/.test(inner)) return;
  // (folded: case, curly quotes and dashes may differ between the passage and the heading)
  const hay = foldText(text.slice(0, hStart));
  const needle = foldText(inner);
  const restated: Claim[] = [];
  for (
    let p = hay.lastIndexOf(needle);
    p >= 0 && !restated.length;
    p = p ? hay.lastIndexOf(needle, p - 1) : -1
  ) {
    for (let i = 0; i < from; i++) {
      const c = out[i];
      if (c.start < p || c.end > p + needle.length) continue;
      const start = innerStart + (c.start - p);
      const end = start + (c.end - c.start);
      const id = `${start}:${end}:` + c.id.slice(`${c.start}:${c.end}:`.length);
      restated.push({ ...c, id, start, end, quote: text.slice(start, end), context: 'prose' });
    }
  }
  if (!restated.length) return;
  for (let i = out.length - 1; i >= from; i--)
    if (restated.some((r) => out[i].start < r.end && out[i].end > r.start)) out.splice(i, 1);
  out.push(...restated);
}
