/**
 * Sentence segmentation within ONE block (never the whole document, so cost
 * stays linear). Works on folded text, with the original for capital checks.
 */
import { dayDotMonth } from './number-locale';

const ABBREV = new Set([
  'e.g',
  'i.e',
  'vs',
  'approx',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'inc',
  'fig',
  'no',
  'st',
  'jr',
  'sr',
  'co',
  'corp',
  'ltd',
  'est',
  'cf',
  'al',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
]);

export interface Range {
  start: number;
  end: number;
}

/** Candidate sentence ends; found by the native regex engine, not a per-character loop (cold-start cost). */
const PUNCT = /[.!?;]/g;

const MAX_ABBREV = Math.max(...[...ABBREV].map((a) => a.length));

/** [a-z0-9.-]: a unit of the word before a full stop (folded text). */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Can the original text's unit at `j` start a sentence: a capital, digit, quote or bracket. */
function startsSentence(orig: string, j: number): boolean {
  const c = orig.charCodeAt(j);
  if (c < 128)
    return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91;
  if (c === 0x201c || c === 0x2018) return true;
  const next = orig[j];
  return next !== next.toLowerCase();
}

export function splitSentences(f: string, orig: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    PUNCT.lastIndex = i;
    if (!PUNCT.test(f)) break;
    i = PUNCT.lastIndex - 1;
    if (i >= end) break;
    const c = f[i];
    // need whitespace after, then something that can start a sentence
    let j = i + 1;
    while (j < end && (f[j] === '"' || f[j] === "'" || f[j] === ')')) j++;
    if (j >= end) break;
    if (f[j] !== ' ') continue;
    while (j < end && f[j] === ' ') j++;
    if (j >= end) break;
    if (c === '.') {
      if (!startsSentence(orig, j)) continue;
      // abbreviation or initial before the dot
      let k = i - 1;
      while (k >= s && isWordUnit(f.charCodeAt(k))) k--;
      if (i - k === 2) {
        const w = f.charCodeAt(i - 1);
        if (w >= 97 && w <= 122) continue; // an initial ("J. Smith")
      } else if (i - k - 1 <= MAX_ABBREV && ABBREV.has(f.slice(k + 1, i))) continue;
      // "published on 5. April 2025": a German-style day, not a full stop
      if (i - k <= 3 && dayDotMonth(f, i)) continue;
      // "No. 2" (a rank) does not end a sentence
      if (
        i - k === 3 &&
        f.charCodeAt(i - 2) === 110 &&
        f.charCodeAt(i - 1) === 111 &&
        isDigitCode(f.charCodeAt(j))
      )
        continue;
    }
    // (semicolons split clauses too: kept as sentence breaks for attribution)
    out.push({ start: s, end: i + 1 });
    s = j;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}
