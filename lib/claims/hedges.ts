/**
 * Hedge words around a number change how strictly a verdict reads it. Runs on
 * folded text windows just before a quantity (and on the whole sentence for
 * "reportedly").
 */
import type { Hedge } from '../factbase/metrics';
import { isJsSpace } from './js-space';

const BEFORE: [RegExp, Hedge][] = [
  // "no less than 1.15 × 10²⁴", "≥ 1.15 × 10²⁴": a floor; "no more than", "≤": a ceiling
  // (first, so "no more than" is not read as "more than")
  [/(?:(?:^|[^a-z])(?:no|not) (?:more|greater) than|\u2264)\s*$/, 'under'],
  [/(?:(?:^|[^a-z])(?:no|not) (?:less|fewer|smaller) than|\u2265)\s*$/, 'over'],
  [
    /(?:^|[^a-z])(?:up to|until|as many as|as much as|as high as|as large as|maximum of|max(?:imum)? of)\s*$/,
    'up to',
  ],
  [
    /(?:^|[^a-z])(?:over|more than|above|exceeding|in excess of|north of|greater than|upwards of|at least|beyond|well over|just over|>|>=)\s*$/,
    'over',
  ],
  [/(?:^|[^a-z])(?:under|less than|below|fewer than|just under|south of|at most|<|<=)\s*$/, 'under'],
  [/(?:^|[^a-z])(?:nearly|almost|close to|approaching|just shy of|shy of|near)\s*$/, 'nearly'],
  [
    /(?:^|[^a-z])(?:about|around|approximately|approx\.?|roughly|some|an estimated|estimated|circa|ca\.|c\.|on the order of|in the region of)\s*$/,
    'about',
  ],
];

export interface HedgeHit {
  hedge: Hedge;
  /** Characters the hedge phrase (plus spaces) occupies before the number. */
  length: number;
}

/** Hedge phrase ending right before a number; `before` is the folded text before it. */
/** The last word of every phrase above: a window ending in any other word cannot match. */
const LAST_WORDS = new Set(
  'to until as of over than above exceeding least beyond under below most nearly almost approaching near about around approximately approx roughly some estimated circa'.split(
    ' ',
  ),
);

/** Cheap necessary condition for BEFORE (skips the five scans for most numbers, e.g. "scored 45"). */
function mayHedge(window: string): boolean {
  const t = window.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  if (last === 60 || last === 61 || last === 62 || last === 0x2264 || last === 0x2265) return true; // < = > ≤ ≥
  const dot = last === 46; // "approx." / "ca." / "c."
  const end = dot ? t.length - 1 : t.length;
  let k = end;
  while (k > 0) {
    const c = t.charCodeAt(k - 1);
    if (c < 97 || c > 122) break;
    k--;
  }
  const w = t.slice(k, end);
  return dot ? w === 'approx' || w === 'ca' || w === 'c' : LAST_WORDS.has(w);
}

export function hedgeBefore(before: string): HedgeHit | null {
  const window = before.length > 40 ? before.slice(-40) : before;
  if (!mayHedge(window)) return null;
  for (const [re, hedge] of BEFORE) {
    const m = re.exec(window);
    if (m) {
      // "spreads them over 128 experts": a preposition, not "more than"
      if (
        hedge === 'over' &&
        /\b(?:spread|split|distribut|divid|shard)\w*\s+(?:\w+\s+){0,2}over\s*$/.test(window)
      )
        return null;
      // Drop the one boundary character the pattern may have eaten.
      const phrase = /^[a-z<>\u2264\u2265]/.test(m[0]) ? m[0] : m[0].slice(1);
      return { hedge, length: phrase.length };
    }
  }
  return null;
}

const REPORTED =
  /\b(?:reportedly|reported to|is said to|are said to|was said to|rumou?red|allegedly|supposedly|purportedly|according to (?:a |the )?(?:report|leak|rumou?r|sources?))/;

/** Sentence-level "reportedly" hedge. */
export function isReported(sentenceFolded: string): boolean {
  return REPORTED.test(sentenceFolded);
}

const JOIN_OPENERS = 'tduaiob\u2192-\u27f6\u21d2=';

/** "from X to Y" / "X to Y" / "between X and Y" joining two quantities. */
export function joinKind(between0: string, beforeFirst: string): 'from-to' | 'range' | null {
  // (every join opens, after spaces, with an arrow, "to", "down to", "up to", "and", or a time phrase's
  // "in", "on", "by", "as of": a look at that one character first)
  let k = 0;
  while (k < between0.length && isJsSpace(between0.charCodeAt(k))) k++;
  if (k === between0.length || !JOIN_OPENERS.includes(between0[k])) return null;
  // "1273 → 1292": an arrow reads as "from ... to" (a change, its latest value the claim)
  if (/^\s*(?:→|->|⟶|⇒|=>)\s*$/.test(between0)) return 'from-to';
  // "from 1239 in May to 1276 in August": a time phrase may sit between the two numbers
  const between = between0.replace(/^\s*(?:in|on|by|as of)\s+[a-z]+(?:\s+\d{4})?(?=\s+to\b)/, '');
  if (
    !/^\s*(?:to|down to|up to|and)\s*(?:(?:under|over|nearly|about|just|around|roughly|below|above|less than|more than)\s+)*$/.test(
      between,
    )
  )
    return null;
  if (/(?:^|[^a-z])from\s*$/.test(beforeFirst) && !/and/.test(between)) return 'from-to';
  if (/(?:^|[^a-z])between\s*$/.test(beforeFirst) && /and/.test(between)) return 'range';
  if (/^\s*to\s*$/.test(between)) return 'range';
  return null;
}
