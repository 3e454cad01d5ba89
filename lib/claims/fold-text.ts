/**
 * Character folding for matching. Every UTF-16 code unit folds to exactly ONE
 * code unit, so an offset into the folded string is the same offset into the
 * original text (no mapping table needed, and quotes stay exact).
 *
 * Folds: case, diacritics (NFKD minus combining marks), every dash and
 * hyphen (incl. U+2011 non-breaking hyphen, U+2212 minus) to "-", curly
 * quotes to straight quotes, every space (NBSP, thin space, line breaks) to " ".
 */

const SPECIAL: Record<number, string> = {};
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u00ad')
  SPECIAL[c.charCodeAt(0)] = '-';
for (const c of '\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\uff07') SPECIAL[c.charCodeAt(0)] = "'";
for (const c of '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02') SPECIAL[c.charCodeAt(0)] = '"';
for (const c of '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\n\r\f\v\u2028\u2029')
  SPECIAL[c.charCodeAt(0)] = ' ';
// Zero-width characters fold to a space-like separator we never match on.
for (const c of '\u200b\u200c\u200d\u2060\ufeff') SPECIAL[c.charCodeAt(0)] = ' ';
// Superscript digits stay themselves (not digits, not letters): a footnote mark glued to a
// number ("50.5¹") must not become part of it; parse-quantity reads them as exponents after "10".
for (const c of '\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079') SPECIAL[c.charCodeAt(0)] = c;
SPECIAL[0x2248] = '~'; // ≈
SPECIAL[0x223c] = '~'; // ∼
SPECIAL[0x2026] = '.'; // … (one unit, keeps length)

const cache = new Map<number, string>();

/** Fold one non-ASCII code unit to one code unit. */
function foldUnit(code: number): string {
  const special = SPECIAL[code];
  if (special !== undefined) return special;
  let out = cache.get(code);
  if (out !== undefined) return out;
  const ch = String.fromCharCode(code);
  out = ch;
  // Surrogates can't be normalised alone; keep them as they are.
  if (code < 0xd800 || code > 0xdfff) {
    const base = ch
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (base.length === 1) out = base;
    else if (base.length > 1 && /^[a-z0-9]/.test(base)) out = base[0];
    else {
      const lower = ch.toLowerCase();
      out = lower.length === 1 ? lower : ch;
    }
  }
  cache.set(code, out);
  return out;
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;
const NON_ASCII = /[^\x20-\x7e]/g;
/** The same class, not global: a plain yes/no test with no lastIndex state. */
const HAS_NON_ASCII = /[^\x20-\x7e]/;
const foldMatch = (ch: string) => foldUnit(ch.charCodeAt(0));

/** The last text folded and its fold: the engine folds a short block twice (prose, then field rules). */
let lastText = '';
let lastFold = '';

/** Fold a whole string; the result has exactly the same length. */
export function foldText(text: string): string {
  if (text === lastText) return lastFold;
  // Native lower-casing first, then fold the few units outside printable ASCII (line breaks,
  // typographic characters) one by one.
  const lower = text.toLowerCase();
  let out: string;
  if (lower.length === text.length)
    out = HAS_NON_ASCII.test(lower) ? lower.replace(NON_ASCII, foldMatch) : lower;
  else {
    // Rare: lower-casing changed the length (e.g. "İ"); fold unit by unit.
    out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out += c >= 0x20 && c < 0x7f ? text[i].toLowerCase() : foldUnit(c);
    }
  }
  lastText = text;
  lastFold = out;
  return out;
}

/**
 * The last document folded whole, for foldSlice: null where folding it whole could differ from
 * folding its blocks one by one (lower-casing that changes the length, or a capital sigma, whose
 * lower case depends on the next letter).
 */
let docText = '';
let docFold: string | null = '';

/**
 * foldText(text.slice(start, end)), read from one fold of the whole text (folded once per text,
 * not once per block: a page of many short blocks paid the per-call cost over and over).
 */
export function foldSlice(text: string, start: number, end: number, orig = text.slice(start, end)): string {
  if (text !== docText) {
    docText = text;
    const lower = text.toLowerCase();
    docFold =
      lower.length !== text.length || text.includes('\u03a3')
        ? null
        : HAS_NON_ASCII.test(lower)
          ? lower.replace(NON_ASCII, foldMatch)
          : lower;
  }
  if (docFold === null) return foldText(orig);
  const out = docFold.slice(start, end);
  // (the next foldText of this block, by the field rules, reads the cache)
  lastText = orig;
  lastFold = out;
  return out;
}

/** Separators that names may use interchangeably ("DeepSeek V3" = "DeepSeek-V3" = "DeepSeekV3"). */
export function isNameSeparator(code: number): boolean {
  return code === 32 || code === 45 || code === 95; // space, hyphen, underscore
}

export function isAlnum(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code > 0xbf && !(code >= 0x2070 && code <= 0x209f))
  );
}

const SUPERSCRIPT_DIGITS = '\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079';

/** The digit a superscript digit stands for, or -1. */
export function superscriptDigit(ch: string | undefined): number {
  return ch === undefined || ch === '' ? -1 : SUPERSCRIPT_DIGITS.indexOf(ch);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The key a name is stored under: folded, with name separators removed. */
export function nameKey(name: string): string {
  const f = foldText(ASCII_ONLY.test(name) ? name : name.normalize('NFKC'));
  return f.replace(SEPARATORS, '');
}
const SEPARATORS = /[ _-]/g;
