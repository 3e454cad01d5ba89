/**
 * Hand-written number parsing over FOLDED text (see fold-text.ts). Reads the
 * forms articles use: 10M, 402B, 2 trillion, 1,417, 62.3%, 0.670, 128K, ~40T,
 * 7.38M, $0.15, 4.08e24, 2.2 x 10^24, and ranges "10,000-20,000".
 * No regex engine per number: one scan from a start offset.
 */
import { isAlnum, isDigit, superscriptDigit } from './fold-text';
import {
  englishDigits,
  germanScale,
  numberLocale,
  trailingDollar,
  trailingOtherCurrency,
} from './number-locale';

export interface Quantity {
  start: number;
  end: number;
  value: number;
  /** The digits as printed, before scaling (62.3 for "62.3%"). */
  raw: number;
  /** Magnitude word or suffix: k, m, b, t (or '' when none). */
  scale: '' | 'k' | 'm' | 'b' | 't';
  percent: boolean;
  currency: boolean;
  /** Decimal places as printed (precision for verdicts). */
  decimals: number;
  /** Written in scientific notation (FLOP counts). */
  scientific: boolean;
  /** Range "A-B": low end; value is the high end. */
  low?: number;
}

const SCALE_WORDS: [string, Quantity['scale'], number][] = [
  // plural forms first ("24 billions of parameters" in non-native English)
  [' trillions', 't', 1e12],
  [' billions', 'b', 1e9],
  [' millions', 'm', 1e6],
  [' trillion', 't', 1e12],
  [' billion', 'b', 1e9],
  [' million', 'm', 1e6],
  [' thousand', 'k', 1e3],
  ['-trillion', 't', 1e12],
  ['-billion', 'b', 1e9],
  ['-million', 'm', 1e6],
  [' bn', 'b', 1e9],
  [' mn', 'm', 1e6],
];
const SCALE_SUFFIX: Record<string, [Quantity['scale'], number]> = {
  k: ['k', 1e3],
  m: ['m', 1e6],
  b: ['b', 1e9],
  t: ['t', 1e12],
};

function scaleValue(scale: Quantity['scale']): number {
  return scale === 'k' ? 1e3 : scale === 'm' ? 1e6 : scale === 'b' ? 1e9 : scale === 't' ? 1e12 : 1;
}

/**
 * Press abbreviations of magnitudes: "400bn", "40tn", "5mn" (British house style), "1.5 bln",
 * "2 mln", "3 trn" (wire services), glued or after one space. (German "Mrd."/"Mio." are read with
 * their period by the European scales below.)
 */
const PRESS_SCALE = /^ ?(bn|bln|tn|trn|mn|mln)(?![a-z0-9])/;
const PRESS_SCALES: Record<string, Quantity['scale']> = {
  bn: 'b',
  bln: 'b',
  tn: 't',
  trn: 't',
  mn: 'm',
  mln: 'm',
};

function pressScale(f: string, end: number): { scale: Quantity['scale']; end: number } | null {
  const c = f.charCodeAt(end);
  const d = c === 32 ? f.charCodeAt(end + 1) : c;
  // fast exit: only "b", "t" or "m" can open one
  if (d !== 98 && d !== 116 && d !== 109) return null;
  const m = PRESS_SCALE.exec(f.slice(end, end + 5));
  return m ? { scale: PRESS_SCALES[m[1]], end: end + m[0].length } : null;
}

/** Plural magnitude words: only non-native / translated English puts them after a numeral. */
const PLURAL_SCALE = /^ (?:millions|billions|trillions)\b/;

/**
 * "2,788 millions of GPU hours": a plural magnitude after a numeral is European usage, where
 * the comma is the decimal mark (2.788 million), never thousands ("2,788 million" stays 2788M).
 */
function decimalCommaBeforePlural(
  f: string,
  j: number,
  intDigits: number,
): { end: number; value: number; decimals: number } | null {
  if (f[j] !== ',' || intDigits > 3 || !isDigit(f.charCodeAt(j + 1))) return null;
  let k = j + 1;
  while (k < f.length && isDigit(f.charCodeAt(k))) k++;
  if (k - j - 1 !== 3 || !PLURAL_SCALE.test(f.slice(k, k + 11))) return null;
  const d = f.slice(j + 1, k);
  return { end: k, value: Number(`${f.slice(j - intDigits, j)}.${d}`), decimals: 3 };
}

/** Read plain digits with optional thousands commas and decimals at `i`. */
function readNumber(f: string, i: number): { end: number; value: number; decimals: number } | null {
  const n = f.length;
  if (i >= n || !isDigit(f.charCodeAt(i))) {
    // ".5" style decimals
    if (f[i] === '.' && i + 1 < n && isDigit(f.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isDigit(f.charCodeAt(j))) j++;
      return { end: j, value: Number('0' + f.slice(i, j)), decimals: j - i - 1 };
    }
    return null;
  }
  let j = i;
  while (j < n && isDigit(f.charCodeAt(j))) j++;
  // (one slice, not a string grown digit by digit)
  let digits = f.slice(i, j);
  const comma = decimalCommaBeforePlural(f, j, digits.length);
  if (comma) return comma;
  // Thousands separators: exactly three digits after each comma.
  while (
    f[j] === ',' &&
    isDigit(f.charCodeAt(j + 1)) &&
    isDigit(f.charCodeAt(j + 2)) &&
    isDigit(f.charCodeAt(j + 3)) &&
    !isDigit(f.charCodeAt(j + 4)) &&
    digits.length <= 3
  ) {
    digits += f.slice(j + 1, j + 4);
    j += 4;
    // keep consuming groups
    while (
      f[j] === ',' &&
      isDigit(f.charCodeAt(j + 1)) &&
      isDigit(f.charCodeAt(j + 2)) &&
      isDigit(f.charCodeAt(j + 3)) &&
      !isDigit(f.charCodeAt(j + 4))
    ) {
      digits += f.slice(j + 1, j + 4);
      j += 4;
    }
  }
  let decimals = 0;
  if (digits.length <= 3 && j === i + digits.length) {
    // Space thousands ("128 000", "1 000 000"): groups of exactly three digits.
    let k = j;
    let groups = '';
    while (
      f[k] === ' ' &&
      isDigit(f.charCodeAt(k + 1)) &&
      isDigit(f.charCodeAt(k + 2)) &&
      isDigit(f.charCodeAt(k + 3)) &&
      !isDigit(f.charCodeAt(k + 4)) &&
      !(f[k + 4] === '.' && isDigit(f.charCodeAt(k + 5)))
    ) {
      groups += f.slice(k + 1, k + 4);
      k += 4;
    }
    if (groups && !(f[k] === ',' && isDigit(f.charCodeAt(k + 1)))) {
      digits += groups;
      j = k;
    } else if (f[j] === ',' && isDigit(f.charCodeAt(j + 1)) && f[i - 1] !== ',') {
      // Decimal comma ("80,62 %", "76,9"): one or two digits after the comma (three would be
      // thousands, handled above), and not a list of numbers ("1,2,3").
      let k2 = j + 1;
      while (k2 < n && isDigit(f.charCodeAt(k2))) k2++;
      if (k2 - j - 1 <= 2 && !(f[k2] === ',' && isDigit(f.charCodeAt(k2 + 1))) && f[k2] !== '.') {
        const d = f.slice(j + 1, k2);
        return { end: k2, value: Number(`${digits}.${d}`), decimals: d.length };
      }
    }
  }
  if (f[j] === '.' && isDigit(f.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < n && isDigit(f.charCodeAt(k))) k++;
    decimals = k - j - 1;
    digits += f.slice(j, k);
    j = k;
  }
  return { end: j, value: Number(digits), decimals };
}

/** Every SCALE_WORDS entry opens with " " or "-" and then "t", "b" or "m": check that before the loop. */
function scaleWordAhead(f: string, end: number): boolean {
  const c = f.charCodeAt(end);
  const d = f.charCodeAt(end + 1);
  return (c === 32 || c === 45) && (d === 116 || d === 98 || d === 109);
}

/** "x", "×" or "*": a multiplication sign before "10^N". */
function sciSign(c: number): boolean {
  return c === 120 || c === 0xd7 || c === 42;
}

/** Offset of a superscript exponent ("× 10²⁵" after a number, or "10²⁵" itself), else -1. */
function superExponent(f: string, end: number, raw: number): number {
  const c = f.charCodeAt(end);
  // fast exit: only " x 10", "×10", "*10" or a superscript can follow
  if (c !== 32 && c !== 120 && c !== 0xd7 && c !== 42 && superscriptDigit(f[end]) < 0) return -1;
  // (the sign right here or after the space: most figures are followed by a space and a word)
  const sign = sciSign(c === 32 ? f.charCodeAt(end + 1) : c);
  const k = sign ? /^\s?[x\u00d7*]\s?10/.exec(f.slice(end, end + 8)) : null;
  if (k) return superscriptDigit(f[end + k[0].length]) >= 0 ? end + k[0].length : -1;
  return raw === 10 && superscriptDigit(f[end]) >= 0 && superscriptDigit(f[end + 1]) >= 0 ? end : -1;
}

/** "·10²⁵" / " ⋅ 10^25": a centred-dot multiplication with a marked exponent (a byline's "2025 · 10 min" is not one). */
const DOT_EXPONENT =
  /^\s?[\u00b7\u22c5]\s?10(?:\^(\d{1,3})|([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}))(?![\w])/;

function dotExponent(f: string, end: number): boolean {
  const c = f.charCodeAt(end) === 32 ? f.charCodeAt(end + 1) : f.charCodeAt(end);
  return (c === 0xb7 || c === 0x22c5) && DOT_EXPONENT.test(f.slice(end, end + 12));
}

/**
 * Parse one quantity starting at `i` (a digit, "$", "~" or "."). Returns null
 * when the characters there are not a standalone quantity (e.g. "4o", "3rd").
 */
export function parseQuantityAt(f: string, i: number): Quantity | null {
  const start = i;
  let currency = false;
  if (f[i] === '~') i++;
  if (f[i] === '$') {
    currency = true;
    i++;
  }
  const num = readNumber(f, i);
  if (!num) return null;
  let { end } = num;
  let value = num.value;
  const raw = num.value;
  let scale: Quantity['scale'] = '';
  let percent = false;
  let scientific = false;

  // Scientific: 4.08e24, 2.2 x 10^24, 2.2×10^24, 10^25
  // (run only when the next character can start it: "e", "x", "×", "*", or a space before one of those)
  const c0 = f.charCodeAt(end);
  const sci =
    c0 === 101 || sciSign(c0) || (sciSign(f.charCodeAt(end + 1)) && /\s/.test(f[end]))
      ? /^(?:e\+?(\d{1,3})|\s?[x\u00d7*]\s?10\^?(\d{1,3}))(?![\w])/.exec(f.slice(end, end + 12))
      : null;
  if (sci) {
    const exp = Number(sci[1] ?? sci[2]);
    value = Number(`${value}e${exp}`);
    end += sci[0].length;
    scientific = true;
  } else if (dotExponent(f, end)) {
    // "3.8·10²⁵", "3.8 ⋅ 10^25": a centred dot as the multiplication sign (exponent marked, never bare digits)
    const k = DOT_EXPONENT.exec(f.slice(end, end + 12))!;
    let exp = 0;
    if (k[1]) exp = Number(k[1]);
    else for (const ch of k[2]) exp = exp * 10 + superscriptDigit(ch);
    value = Number(`${value}e${exp}`);
    end += k[0].length;
    scientific = true;
  } else if (superExponent(f, end, raw) >= 0) {
    // "3.8 × 10²⁵" / "10²⁵": superscript exponent
    const k = /^\s?[x\u00d7*]\s?10/.exec(f.slice(end, end + 8));
    const at = k ? end + k[0].length : end;
    let exp = 0;
    let j = at;
    while (superscriptDigit(f[j]) >= 0) exp = exp * 10 + superscriptDigit(f[j++]);
    value = k ? Number(`${value}e${exp}`) : Math.pow(10, exp);
    end = j;
    scientific = true;
  } else if (raw === 10 && f[end] === '^' && isDigit(f.charCodeAt(end + 1))) {
    const m = /^\^(\d{1,3})/.exec(f.slice(end, end + 5))!;
    value = Math.pow(10, Number(m[1]));
    end += m[0].length;
    scientific = true;
  } else {
    const c = f[end];
    const next = f.charCodeAt(end + 1);
    const abbr = pressScale(f, end) ?? germanScale(f, end);
    if (abbr) {
      scale = abbr.scale;
      end = abbr.end;
    } else if (c !== undefined && SCALE_SUFFIX[c] && !isAlnum(next)) {
      [scale] = SCALE_SUFFIX[c];
      end += 1;
    } else if (scaleWordAhead(f, end)) {
      for (const [word, s] of SCALE_WORDS) {
        if (f.startsWith(word, end) && !isAlnum(f.charCodeAt(end + word.length))) {
          scale = s;
          end += word.length;
          break;
        }
      }
    }
    value = value * scaleValue(scale);
    // "0,30 dollar", "2.50 USD"
    if (!currency) {
      const w = f.startsWith(' dollar', end) ? 7 : f.startsWith(' usd', end) ? 4 : 0;
      if (w) {
        const plural = w === 7 && f[end + w] === 's' ? 1 : 0;
        if (!isAlnum(f.charCodeAt(end + w + plural))) {
          currency = true;
          end += w + plural;
        }
      }
    }
    // "0,27 $ per million tokens" (European order, on a European page only)
    if (!currency) {
      const d = trailingDollar(f, end);
      if (d >= 0) {
        currency = true;
        end = d;
      }
    }
    // "15 cents per million tokens" is $0.15
    if (!currency && f.startsWith(' cents', end) && !isAlnum(f.charCodeAt(end + 6))) {
      currency = true;
      value = Number((value / 100).toPrecision(12));
      end += 6;
    }
    if (f[end] === '%') {
      percent = true;
      end++;
    } else if (f[end] === ' ' && f[end + 1] === '%') {
      // "80,62 %" (French/Italian spacing)
      percent = true;
      end += 2;
    } else if (f.startsWith(' percent', end) && !isAlnum(f.charCodeAt(end + 8))) {
      percent = true;
      end += 8;
    } else if (f.startsWith(' per cent', end) && !isAlnum(f.charCodeAt(end + 9))) {
      // British house style ("62.3 per cent")
      percent = true;
      end += 9;
    }
  }
  // A number glued to letters is part of a word or name ("4o", "3rd", "128e", "2x"); a footnote
  // mark or other general punctuation ("80.5†", "71.4‡") is not a letter.
  const next = f.charCodeAt(end);
  if (!percent && isAlnum(next) && !(next >= 0x2000 && next <= 0x206f)) return null;
  // "1.450 €": a sum in another currency, sign after
  if (!currency && !percent && trailingOtherCurrency(f, end)) return null;
  // Floating-point precision: 7.38M -> 7380000 exactly.
  // (a whole number below 1e12 is already exact: skip the string round trip)
  if (!scientific && scale && !(Number.isInteger(value) && value < 1e12))
    value = Number(value.toPrecision(12));

  const q: Quantity = {
    start,
    end,
    value,
    raw,
    scale,
    percent,
    currency,
    decimals: num.decimals,
    scientific,
  };

  // Range: "10,000-20,000", "10-20%", "1.5-2 trillion", "10,000 to 20,000" handled by hedges.
  if (f[end] === '-' || (f[end] === ' ' && f[end + 1] === '-' && f[end + 2] === ' ')) {
    const skip = f[end] === '-' ? 1 : 3;
    const j = end + skip;
    if (isDigit(f.charCodeAt(j)) || (f[j] === '$' && isDigit(f.charCodeAt(j + 1)))) {
      const hi = parseQuantityAt(f, j);
      if (hi && !hi.low && hi.value !== undefined) {
        const loScaled =
          scale || percent ? value : raw * scaleValue(hi.scale) * (hi.scientific ? hi.value / hi.raw : 1);
        if (hi.value > loScaled) {
          // (built field by field in the spread's key order: cheaper than an object spread)
          const r: Quantity = {
            start,
            end: hi.end,
            value: hi.value,
            raw: hi.raw,
            scale: hi.scale,
            percent: hi.percent || percent,
            currency: currency || hi.currency,
            decimals: hi.decimals,
            scientific: hi.scientific,
            low: loScaled,
          };
          return r;
        }
      }
    }
  }
  return q;
}

/**
 * All quantities in folded text `f` from `from` to `to`. Digits glued to a
 * preceding letter or hyphen-after-letter ("H100", "GPT-4", "V3") are skipped
 * here: they are parts of names, never values.
 */
/** "671b/37b": a size right after another size and a slash (total/active), not a fraction or date. */
function sizeSlash(f: string, i: number): boolean {
  const b = f.charCodeAt(i - 2);
  return (b === 98 || b === 116) /* b t */ && i >= 3 && isDigit(f.charCodeAt(i - 3));
}

/** Currency signs other than the dollar: pound, euro, yen/yuan, rupee, won. */
function otherCurrency(code: number): boolean {
  return code === 0xa3 || code === 0x20ac || code === 0xa5 || code === 0x20b9 || code === 0x20a9;
}

export function findQuantities(f: string, from = 0, to = f.length): Quantity[] {
  // a European page's "128.000" / "0,27" read as "128,000" / "0.27" (same offsets)
  if (numberLocale() === 'eu') f = englishDigits(f);
  const out: Quantity[] = [];
  let i = from;
  while (i < to) {
    // the next digit, "$" or "~" before `to` (a loop bounded by the range: a regex search from `i`
    // read on past the sentence's end to the next digit of the block, for every sentence)
    let c = f.charCodeAt(i);
    while (!((c >= 48 && c <= 57) || c === 36 || c === 126)) {
      if (++i >= to) break;
      c = f.charCodeAt(i);
    }
    if (i >= to) break;
    const prev = i > 0 ? f.charCodeAt(i - 1) : 32;
    // Glued to a word, a decimal point, a version dot, or "#2" (ranks).
    if (
      isDigit(c) &&
      (isAlnum(prev) ||
        prev === 46 ||
        prev === 35 ||
        prev === 64 ||
        prev === 95 ||
        (prev === 47 && !sizeSlash(f, i)))
    ) {
      while (i < to && (isAlnum(f.charCodeAt(i)) || f[i] === '.' || f[i] === ',')) i++;
      continue;
    }
    if (isDigit(c) && prev === 45 /* - */ && i >= 2 && isAlnum(f.charCodeAt(i - 2))) {
      while (i < to && (isAlnum(f.charCodeAt(i)) || f[i] === '.')) i++;
      continue;
    }
    // "£1.2bn raised", "€300m": sums in another currency are never a model's figure (prices are in dollars)
    if (prev > 127 && isDigit(c) && otherCurrency(prev)) {
      while (i < to && (isAlnum(f.charCodeAt(i)) || f[i] === '.' || f[i] === ',')) i++;
      continue;
    }
    if ((c === 36 || c === 126) && !(isDigit(f.charCodeAt(i + 1)) || f[i + 1] === '$')) {
      i++;
      continue;
    }
    const q = parseQuantityAt(f, i);
    if (!q || q.end > to) {
      i++;
      while (i < to && (isAlnum(f.charCodeAt(i)) || f[i] === '.' || f[i] === ',')) i++;
      continue;
    }
    out.push(q);
    i = q.end;
  }
  return out;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a hundred': 100,
  'one hundred': 100,
  'a few hundred': 300,
  sixteen: 16,
  seventeen: 17,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  'thirty-two': 32,
  'sixty-four': 64,
  a: 1,
  'half a': 0.5,
};
const WORD_QTY =
  /\b((?:a|one|two|three|four|five|six|seven|eight|nine) hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|seventeen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half a|a)[\s-]+(thousand|million|billion|trillion)\b/g;
const COMPOUND_TENS = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$/;
const COMPOUND_HUNDREDS = /\b(a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and)? $/;
const NUMBER_WORD_BEFORE =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:[\s-]+and)?[\s-]+$/;
/** "eight experts", "sixteen routed experts": a count in words right before "experts". */
const WORD_EXPERTS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen|thirty-two|sixty-four)(?=\s+(?:routed\s+|total\s+)?experts?\b(?!\s+(?:said|say|says|told|tell|agree|warn|note|who|we|interviewed|contacted|consulted)\b))/g;
const MOE_WORDS =
  /\b(?:layers?|rout\w*|moe|mixture|feed-forward|ffn|sparse|architecture|per token|active|total)\b/;
const SCALES: Record<string, Quantity['scale']> = {
  thousand: 'k',
  million: 'm',
  billion: 'b',
  trillion: 't',
};

/** "Ten cents per million", "three dollars in": small sums of money in words (prices read aloud). */
const WORD_MONEY =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(dollars?|cents?)\b/g;

/** "two trillion", "a million", "half a million", "eight experts": numbers in words. */
export function findWordQuantities(f: string, from: number, to: number): Quantity[] {
  const text = f.slice(from, to);
  const out: Quantity[] = [];
  if (text.includes('dollar') || text.includes('cent')) {
    WORD_MONEY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD_MONEY.exec(text))) {
      const start = m.index;
      // "twenty-five cents", "one hundred dollars": compounds are not read here
      if (NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || text[start - 1] === '-')
        continue;
      const raw = WORD_NUMBERS[m[1]];
      out.push({
        start: from + start,
        end: from + start + m[0].length,
        value: m[2].startsWith('cent') ? raw / 100 : raw,
        raw,
        scale: '',
        percent: false,
        currency: true,
        decimals: 0,
        scientific: false,
      });
    }
  }
  // counts in words only in a mixture-of-experts sentence ("three experts told us" are people)
  for (const re of text.includes('expert') && MOE_WORDS.test(text) ? [WORD_QTY, WORD_EXPERTS] : [WORD_QTY]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      // "four hundred billion": the hundreds word times 100
      let raw = m[1].endsWith(' hundred') ? WORD_NUMBERS[m[1].slice(0, -8)] * 100 : WORD_NUMBERS[m[1]];
      let start = m.index;
      // "twenty-four billion", "a hundred and twenty-eight experts": the words before belong to the number
      const tens = raw < 10 ? COMPOUND_TENS.exec(text.slice(Math.max(0, start - 12), start)) : null;
      if (tens) {
        raw += WORD_NUMBERS[tens[1]];
        start -= tens[0].length;
      }
      const hundreds = raw < 100 ? COMPOUND_HUNDREDS.exec(text.slice(Math.max(0, start - 24), start)) : null;
      if (hundreds) {
        raw += WORD_NUMBERS[hundreds[1]] * 100;
        start -= hundreds[0].length;
      }
      // any other number word right before ("one thousand two hundred …") is a compound not read here
      if (NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
      const scale = m[2] ? SCALES[m[2]] : '';
      out.push({
        start: from + start,
        end: from + m.index + m[0].length,
        value: raw * scaleValue(scale),
        raw,
        scale,
        percent: false,
        currency: false,
        decimals: 0,
        scientific: false,
      });
    }
  }
  return out;
}
