/**
 * Continental European number typography on English-language pages (non-native writers,
 * translations): "128.000 tokens", "1.417 points" (a period groups thousands), "74,3 %",
 * "0,27 $" (a comma is the decimal mark). "1.417" is 1417 on such a page and 1.417 on an
 * ordinary English one, so the reading is decided per PAGE from evidence no English writer
 * leaves: decimal commas before a unit ("74,3 %", "0,27 $"), thousands grouped by periods more
 * than once ("1.000.000") or before a count word ("128.000 tokens"), day-first dotted dates
 * ("17.03.2025", "5. April 2025") and German magnitude abbreviations ("109 Mrd."). Without such
 * evidence, or where English-only forms ("62.3%", "$0.27", "1,000,000") are as common, the
 * English reading stays.
 *
 * The engine is synchronous: scanBlocks sets the page's reading for the scan (setNumberLocale)
 * and findQuantities reads it, so the many callers of the number parser need no new argument.
 */
import { isAlnum, isDigit } from './fold-text';

export type NumberLocale = 'en' | 'eu';

let active: NumberLocale = 'en';

/** Sets the reading for the scan that follows; returns the previous one (to restore). */
export function setNumberLocale(locale: NumberLocale): NumberLocale {
  const prev = active;
  active = locale;
  return prev;
}

export function numberLocale(): NumberLocale {
  return active;
}

const UNIT_WORDS =
  '%|\\u20ac|\\$|(?:prozent|percent|per cent|euros?|dollars?|usd|eur|gb|tb|millions?|billions?|trillions?|milliarden|millionen|mio|mrd|tokens?|points?)(?![a-z])';
const MONTHS =
  'jan(?:uary|uar)?|feb(?:ruary|ruar)?|march|m\\u00e4rz|april|may|mai|june?|juni|july?|juli|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?';

/**
 * European-only forms (each one counts once). Every pattern opens with a digit (or "$"), its
 * lookbehind after that digit, so the regex engine skips the text between digits quickly.
 */
const EU_EVIDENCE = [
  // "74,3 %", "0,27 $", "5,6 millions": a decimal comma (one or two digits) before a unit
  new RegExp(`\\d(?<![\\d.,]\\d)\\d{0,2},\\d{1,2}(?![\\d.,])\\s?(?:${UNIT_WORDS})`, 'gi'),
  // "0,27", "0,6704": a comma after a lone zero is never a thousands separator
  /0(?<![\d.,]0),\d+(?![\d.,])/g,
  // "1.000.000": periods grouping thousands twice
  /[1-9](?<![\w.,][1-9])\d{0,2}(?:\.\d{3}){2,}(?![\d.,])/g,
  // "128.000 tokens", "90.000 words": a three-decimal fraction of a count is absurd
  /[1-9](?<![\w.,][1-9])\d{0,2}\.\d{3}(?![\d.,])\s(?:tokens|words|parameters|params|users|downloads|gpus|votes|euros?|\u20ac)(?![a-z])/gi,
  // "17.03.2025": a day-first dotted date
  /\d(?<![\d.]\d)\d?\.[01]?\d\.(?:19|20)\d\d(?![\d.]\d?)/g,
  // "5. April 2025": a day with a period before the month
  new RegExp(`\\d(?<![\\w.,]\\d)\\d?\\. (?:${MONTHS})\\b`, 'gi'),
  // "109 Mrd.", "10 Mio.", "5 Tsd."
  /\d\s?(?:mrd|mio|tsd|mld)\.?(?![a-z])/gi,
];

/** English-only forms. */
const EN_EVIDENCE = [
  // "62.3%", "1.5 million": a decimal point (one or two digits) before a unit
  new RegExp(`\\d(?<![\\w.,-]\\d)\\d{0,2}\\.\\d{1,2}(?![\\d.,])\\s?(?:${UNIT_WORDS})`, 'gi'),
  // "$0.27", "$2.50"
  /\$\d+\.\d/g,
  // "1,000,000", "1,234.5"
  /\d(?<![\w.,]\d)\d{0,2}(?:(?:,\d{3}){2,}(?![\d.,])|,\d{3}\.\d)/g,
];

function count(res: RegExp[], text: string): number {
  let n = 0;
  for (const re of res) {
    re.lastIndex = 0;
    while (re.exec(text)) n++;
  }
  return n;
}

/** How many European-only and English-only number forms the text has. */
export function numberEvidence(text: string): { eu: number; en: number } {
  // cheap gate: every form has a digit then "," or "." or " m"/" t"
  if (!/\d[.,]|\d ?[mt]/i.test(text)) return { eu: 0, en: 0 };
  return { eu: count(EU_EVIDENCE, text), en: count(EN_EVIDENCE, text) };
}

/**
 * The page's number reading from its visible text: 'eu' with at least two European-only forms
 * and three times as many as English-only ones, 'en' when English-only forms outweigh them, null
 * when the text shows too little of either (decide later, on more text: a page sent in sections).
 */
export function detectNumberLocale(text: string): NumberLocale | null {
  // (remembered for the last text: a page's every findClaims call asks about the same text)
  if (text === localeText) return localeOut;
  localeOut = detectUncached(text);
  localeText = text;
  return localeOut;
}

let localeText: string | undefined;
let localeOut: NumberLocale | null = null;

function detectUncached(text: string): NumberLocale | null {
  if (!/\d[.,]|\d ?[mt]/i.test(text)) return null;
  const eu = count(EU_EVIDENCE, text);
  // (an ordinary English page has no European form: its English ones need no counting)
  if (eu < 2) return null;
  return eu >= 3 * count(EN_EVIDENCE, text) ? 'eu' : 'en';
}

/**
 * Tokens to re-punctuate on a European page: "128.000" / "1.000.000,5" (period thousands,
 * optional decimal comma) and "74,3" / "0,6704" (a decimal comma). A comma before exactly three
 * digits after a non-zero integer ("1,417") stays ambiguous and keeps the English reading, as do
 * "3.1" and "0.670" (a period before one, two or a leading zero is a decimal everywhere).
 */
const EU_TOKEN =
  /(?<![\w.,])(?:[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d+,(?:\d{1,2}|\d{4,})|0,\d+)(?![\d]|[.,]\d)/g;

let lastIn = '';
let lastOut = '';

/**
 * Folded text with European numbers re-punctuated the English way ("128.000" -> "128,000",
 * "0,27" -> "0.27"), character for character, so every offset stays the same.
 */
export function englishDigits(f: string): string {
  if (f === lastIn) return lastOut;
  lastIn = f;
  lastOut = f.replace(EU_TOKEN, (t) => {
    let out = '';
    for (const ch of t) out += ch === '.' ? ',' : ch === ',' ? '.' : ch;
    return out;
  });
  return lastOut;
}

/**
 * "109 mrd.", "10 mio", "5 tsd." (German), "24 mld" (Italian, Polish): European magnitude
 * abbreviations after a number (folded text). No English word is spelled so.
 */
const GERMAN_SCALE = /^ ?(mrd|mio|tsd|mld)(\.?)(?![a-z0-9])/;
const GERMAN_SCALES: Record<string, 'b' | 'm' | 'k'> = { mrd: 'b', mio: 'm', tsd: 'k', mld: 'b' };

export function germanScale(f: string, end: number): { scale: 'b' | 'm' | 'k'; end: number } | null {
  const c = f.charCodeAt(end);
  const d = c === 32 ? f.charCodeAt(end + 1) : c;
  // fast exit: only "m" or "t" can open one
  if (d !== 109 && d !== 116) return null;
  const m = GERMAN_SCALE.exec(f.slice(end, end + 6));
  return m ? { scale: GERMAN_SCALES[m[1]], end: end + m[0].length } : null;
}

/**
 * "0,27 $ per million tokens": the currency sign after the amount (European order). Returns the
 * end past the sign, or -1. Only on a European page: elsewhere a "$" after a number opens the
 * next amount or is markup.
 */
export function trailingDollar(f: string, end: number): number {
  if (active !== 'eu') return -1;
  const at = f.charCodeAt(end) === 32 ? end + 1 : end;
  if (f.charCodeAt(at) !== 36) return -1;
  const next = f.charCodeAt(at + 1);
  return isDigit(next) || isAlnum(next) ? -1 : at + 1;
}

/** "1.450 €", "300 £": an amount in another currency, sign after (never a model's dollar figure). */
export function trailingOtherCurrency(f: string, end: number): boolean {
  const c = f.charCodeAt(end) === 32 ? f.charCodeAt(end + 1) : f.charCodeAt(end);
  return c === 0x20ac || c === 0xa3;
}

/** " 5. april 2025", "on 6. april": a German-style day before a month name (folded text at the period). */
const DAY_DOT_MONTH = new RegExp(`^\\. (?:${MONTHS})\\b(?: \\d{4}\\b)?`);
const DATE_PREP_BEFORE = /\b(?:on|since|until|till|before|after|the|am|vom|bis|seit|[a-z]+day),? \d{1,2}$/;

/**
 * The period at `i` closes a day ("published on 5. April 2025"), not a sentence: one or two digits
 * (1-31) before it, a month name after it, and a preposition before the day, or, on a European
 * page, a year after the month ("It fell to 12. March 2025 saw ..." stays two sentences elsewhere).
 */
export function dayDotMonth(f: string, i: number): boolean {
  const d1 = f.charCodeAt(i - 1);
  if (!isDigit(d1)) return false;
  const two = isDigit(f.charCodeAt(i - 2));
  const before = f.charCodeAt(two ? i - 3 : i - 2);
  if (isAlnum(before) || before === 46 || before === 44) return false;
  const day = Number(f.slice(two ? i - 2 : i - 1, i));
  if (day < 1 || day > 31) return false;
  const m = DAY_DOT_MONTH.exec(f.slice(i, i + 16));
  if (!m) return false;
  return DATE_PREP_BEFORE.test(f.slice(Math.max(0, i - 16), i)) || (active === 'eu' && /\d{4}$/.test(m[0]));
}

/**
 * "17/03/2025": a slashed date. Returns [month, day], or null when the order cannot be told: a part
 * above 12 settles it; otherwise only a European page reads it day-first (an English page may be
 * American or British).
 */
export function slashDate(a: number, b: number): [number, number] | null {
  if (a > 12) return b <= 12 ? [b, a] : null;
  if (b > 12) return [a, b];
  return active === 'eu' ? [b, a] : null;
}
