/**
 * Sentence segmentation within ONE block (never the whole document, so cost
 * stays linear). Works on folded text, with the original for capital checks.
 */

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
      const next = orig[j];
      const startsNew = /[A-Z0-9"'(\u201c\u2018[]/.test(next) || next !== next.toLowerCase();
      if (!startsNew) continue;
      // abbreviation or initial before the dot
      let k = i - 1;
      while (k >= s && /[a-z0-9.-]/.test(f[k])) k--;
      const word = f.slice(k + 1, i);
      if (ABBREV.has(word) || (word.length === 1 && /[a-z]/.test(word))) continue;
      // "No. 2" (a rank) does not end a sentence
      if (word === 'no' && /\d/.test(f[j])) continue;
    }
    if (c === ';') {
      // semicolons split clauses; keep them as sentence breaks for attribution
    }
    out.push({ start: s, end: i + 1 });
    s = j;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}
