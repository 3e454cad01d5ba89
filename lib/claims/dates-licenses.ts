/**
 * Release dates and licence names in a sentence (folded text).
 */
import { findBareLicenses } from './bare-licenses';
import { slashDate } from './number-locale';
import { contextReleaseCues, moreBareMonths } from './follow-release';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_RE =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_RES: {
  re: RegExp;
  /** The pattern needs a month word (else only an ISO date): run it only when the sentence has one. */
  month: boolean;
  read: (m: RegExpExecArray) => [number | null, number, number | null];
}[] = [
  // April 5, 2025 / April 5th 2025 / April 5
  {
    re: new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    month: true,
    read: (m) => [m[3] ? Number(m[3]) : null, MONTHS[m[1]], Number(m[2])],
  },
  // 5 April 2025 / 5. April 2025 (German style: a period after the day)
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(${MONTH_RE})\\.?,?\\s+(\\d{4})\\b`, 'g'),
    month: true,
    read: (m) => [Number(m[3]), MONTHS[m[2]], Number(m[1])],
  },
  // "on Saturday 5 April", "since 17 March" (day-month without a year, European order): only after a
  // weekday or a preposition, and never "may" (the verb: "Llama 4 may ship")
  {
    re: /(\d(?<=\b(?:on|since|from|until|till|by|before|after|to|and|or|between|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s\d)\d?)(?:st|nd|rd|th|\.)?\s+(january|february|march|april|june|july|august|september|october|november|december)\b(?!\s*\d)/g,
    month: true,
    read: (m) => [null, MONTHS[m[2]], Number(m[1])],
  },
  // "the 12th of March", "the 12 of March 2025", "5th of April": an ordinal or "the" before the day
  {
    re: /(?:(\d(?<=\bthe\s\d)\d?)(?:st|nd|rd|th)?|\b(\d{1,2})(?:st|nd|rd|th))\s+of\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:,?\s+(\d{4})\b)?/g,
    month: true,
    read: (m) => [m[4] ? Number(m[4]) : null, MONTHS[m[3]], Number(m[1] ?? m[2])],
  },
  // 17.03.2025: dotted dates are day-first (German, Austrian, Swiss, Nordic, Slavic)
  {
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d]|\.\d)/g,
    month: false,
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  // 17/03/2025, 04/17/2025: the order from a part above 12 or the page's number typography
  {
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
    month: false,
    read: (m) => {
      const md = slashDate(Number(m[1]), Number(m[2]));
      return md ? [Number(m[3]), md[0], md[1]] : [null, 0, null];
    },
  },
  // 2025-04-05
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    month: false,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  // April 2025
  {
    re: new RegExp(`\\b(${MONTH_RE})\\.?,?\\s+(\\d{4})\\b`, 'g'),
    month: true,
    read: (m) => [Number(m[2]), MONTHS[m[1]], null],
  },
];

const RELEASE_CUE =
  /\b(?:released|releases|releasing|went out|available (?:starting |from |as of )?today|release date|release(?= on\b)|release(?<=[a-z]{3}\.? \d{1,2}\srelease)(?= of\b)|launched|launch(?:es)?|launch date|announced|unveiled|debuted|introduced|rolled out|made available|came out|shipped|went live|dropped|arrived|open-?sourced|published|appeared|first appeared|became available|generally available|uploaded|landed|previewed|release (?:was|is|came|happened)|release as|publication date(?: as| of| was| is)?|went out(?= (?:on|in) )|first shown|pushed(?! back)(?= (?:[\w'’-]+ ){0,5}(?:on|to) hugging ?face)|put(?= (?:[\w'’-]+ ){0,4}on hugging ?face)|(?:been )?on the market since|available (?:starting|from)(?= (?:today|on|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|(?:been )?around since|out(?<=[,(\u2014\u2013]\s?out)(?= (?:on |since )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d))\b/g;

/** A verb's place that is a ranking ("appeared on the leaderboard", "landed in the arena"). */
const LEADERBOARD_AFTER = new RegExp(
  `${/^\s+(?:on|in|onto|into|at)\s+(?:the\s+)?(?:[a-z.]+\s+)?(?:lmarena|arena|leader\s?-?boards?|board|rankings?|charts?)\b|^\s+(?:in|at)\s+(?:\d+(?:st|nd|rd|th)\s+place|(?:#|no\.\s*|rank\s+)\d)/.source}|${/^\s+(?:(?:on|in|onto|into|at)\s+(?:the\s+)?(?:[a-z.]+\s+)?(?:lmarena|arena|leader\s?-?boards?|board|rankings?|charts?)\b|in\s+\d+(?:st|nd|rd|th)\s+place\b|at\s+(?:#|no\.\s*)\d)/.source}`,
);

/** "the released model", "its released weights": "released" as an adjective before a build noun;
 * after "the/its/their" (never a verb's subject) before anything, a name too ("the publicly released Maverick"). */
const RELEASED_ADJ =
  /(?:\b(?:the|its|their|a|this|that)|'s)\s+(?:publicly\s+)?released\s+(?:[a-z]+\s+)?(?:model|version|weights|checkpoint|build|one)\b|\b(?:the|its|their)\s+(?:publicly\s+|officially\s+|newly\s+|recently\s+)?released\s+(?!on\b|in\b|by\b|under\b|as\b|to\b)/;

/** A score or rank right after a date: "with a score of 1273", "at 1273", "scoring 1417", ", ranked 35th". */
const SCORE_AFTER_DATE =
  /^,?\s+(?:with\s+(?:an?\s+)?(?:(?:elo\s+|arena\s+)?(?:score|rating)\b|elo\b)|at\s+(?:#\s*\d|no\.\s*\d|rank\s+\d|\d{3,4}\b(?!\s*(?:am\b|pm\b|a\.m|p\.m|[:.]\d|utc|gmt)))|scoring\s+\d|ranked\s+(?:#|no\.\s*)?\d|in\s+\d+(?:st|nd|rd|th)\s+place)/;

/** The verb's subject is a document, a reading or a feature, not a model (at most one name between). */
const OTHER_THING_BEFORE = new RegExp(
  `${/\b(?:snapshots?|leaderboards?|rankings?|papers?|preprints?|reports?|blog\s+posts?|posts?|articles?|stud(?:y|ies)|surveys?|newsletters?|podcasts?|videos?|interviews?|search|browsing|features?|plugins?|integrations?|practice|guidelines?|guidance|regulations?|rules|act|law|bill|directive|framework|policy|standards?)\s+(?:[\w.-]+\s+)?(?:was\s+|were\s+|got\s+|first\s+)?$/.source}|${/\b(?:snapshots?|leaderboards?|rankings?|papers?|preprints?|reports?|blog\s+posts?|posts?|articles?|stud(?:y|ies)|surveys?|newsletters?|podcasts?|videos?|interviews?|search|browsing|features?|plugins?|integrations?|code\s+of\s+(?:practice|conduct)|guidance|guidelines?|regulations?|rules|act|laws?|bills?|polic(?:y|ies)|frameworks?|standards?|statements?|filings?|memos?|letters?|documentation|docs|changelogs?)\s+(?:[\w.-]+\s+)?(?:was\s+|were\s+|got\s+|first\s+)?$/.source}`,
);

/** "published in <Publication>", "published by <Name>" (not "published in March 2025"): a byline. */
const BYLINE_AFTER =
  /^\s+(?:in|by)\s+(?!(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|early|mid|late|\d))/i;
/** "9 min read": an article's byline, whose dates are the article's. */
const MIN_READ = /\b\d+\s*min(?:ute)?s?\s+read\b/i;
/** A date closing a span or a data cutoff: "until", "through", "as of", "cutoff of", "knowledge ... to". */
const SPAN_END_BEFORE =
  /(?:\b(?:until|till|through|thru|up to|runs? to|ran to|goes to|going to|as of)\s+|\b(?:cut-?off|knowledge|training data)\b[^.;\d]{0,30})$/;

/** Right after the date, what it dates when that is no release: a leaderboard reading ("April 11 snapshot"),
 * a document or an event ("a May 15 report", "the April 29 keynote"). */
const NOT_RELEASE_AFTER =
  /^\s*(?:(?:reports?|articles?|story|stories|interviews?|statements?|blog\s+posts?|posts?|filings?|memos?|letters?|papers?|stud(?:y|ies)|surveys?|keynotes?|events?|conferences?|hearings?|deadlines?|meetings?|episodes?|newsletters?|press\s+releases?|earnings)\b|snapshot|leaderboard|board|update|edition|data\b|report|paper|preprint|article|story|interview|filing|statement|memo|episode|podcast|blog|newsletter|letter\b|post\b|note\b|column|editorial|survey)/;

/** "Update, May 16, 2025:", "Last updated May 16", "Corrected on May 3", "accessed 3 June 2025": an edit to,
 * or a reading of, the page. */
const EDIT_BEFORE =
  /\b(?:updates?|updated|edited|corrected|corrections?|revised|modified|accessed|retrieved)\s*(?:[,:]?\s*(?:on\s+)?|(?:on\s+)?[,:]?\s*)$/;

/** Between the verb and the date, a score, a rank or a ranking verb ("debuted at 1273 on April 11", "scored
 * 1273 when the board tested it on April 11"): the date is the ranking's. */
const SCORE_BEFORE_DATE =
  /\b(?:at|scored|scoring|scores|of)\s+\d{3,4}\b(?!\s*(?:am\b|pm\b|a\.m|p\.m|[:.]\d|utc|gmt))|\b(?:tested|measured|evaluated|benchmarked|ranked|rated)\b|\b(?:at|scored|scoring|scores|rated)\s+\d{3,4}\b(?![\d,.]*\s*(?:tokens?|[kmbt]\b|billion|million|experts?|param|gpus?|am\b|pm\b|utc|gmt|[:/]))|\bwith\s+(?:an?\s+)?(?:(?:elo|arena)\s+)?(?:score|rating)\s+of\s+\d|\branked\s+(?:#|no\.\s*)?\d/;

/** "Released April 15, 2025 · 1 hr 12 min · Hosts: ...": a byline's metadata right after the date. */
const BYLINE_TAIL =
  /^\s*[·|•]\s*(?:\d+\s*(?:hrs?|h|mins?|minutes?)\b|by\b|hosts?\b|written by\b|\d[\d,.]*\s*k?\s+(?:views|comments|listens|plays|reads|words)\b)/;

/** "on April 5", "on Saturday, April 5" */
const ON_DATE = /\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/;

export interface DateHit {
  start: number;
  end: number;
  iso: string;
  /** Offset of the release verb the date belongs to; -1 when none (then it is no claim). */
  cueStart: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** All dates in [s, e); those near a release verb carry its offset. */
// (a whole month word: every pattern that needs one has a boundary on both sides of it, so "market",
// "decide" or "novel" no longer send a sentence through all of them)
const HAS_MONTH = new RegExp(`\\b(?:${MONTH_RE})\\b`);
/** HAS_MONTH's every match in a text: each is a whole word, so the matches are all its month words. */
const ALL_MONTHS = new RegExp(HAS_MONTH.source, 'g');
const HAS_ISO = /\d{4}-\d\d-\d\d|\d[./]\d\d?[./]\d{4}/;

const BARE_MONTH = new RegExp(
  `\\b(released|launched|came out|arrived|shipped|debuted|went live|went out|followed|first shown|(?:came out as |became |was made |were made )(?:generally |publicly )?available|(?:generally|publicly) available)\\s+(?:back\\s+|only\\s+|just\\s+|first\\s+|under\\s+(?:the\\s+)?[\\w. -]{2,40}?\\s+)?in\\s+(${MONTH_RE})\\b(?!\\.?,?\\s*\\d)`,
  'g',
);
const FUTURE = /\b(?:will|expected|planned|plans|slated|scheduled|due|coming|upcoming|set to)\b/;

/** Whether the last text `f` asked about has a month word or a numeric date anywhere. */
let dateText = '';
let dateHit = false;
/** ...and whether it has a month word (a sentence that is the whole text reuses both answers). */
let dateMonth = false;
/** ...and where its month words are (start, end, start, end, ...). */
let dateMonths: number[] = [];
/** ...and whether it has a numeric date (none in the text: none in any slice of it). */
let dateIso = false;
const WORD_CHAR = /\w/;

function monthWithin(s: number, e: number): boolean {
  for (let i = 0; i < dateMonths.length; i += 2)
    if (dateMonths[i] >= s && dateMonths[i + 1] <= e) return true;
  return false;
}

export function findDates(f: string, s: number, e: number, pageDate?: string): DateHit[] {
  // (a text with neither has none in any of its sentences, unless a sentence's edge cuts a word)
  if (f !== dateText) {
    dateText = f;
    dateMonths = [];
    ALL_MONTHS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ALL_MONTHS.exec(f))) dateMonths.push(m.index, m.index + m[0].length);
    dateMonth = dateMonths.length > 0;
    dateIso = HAS_ISO.test(f);
    dateHit = dateMonth || dateIso;
  }
  // the sentence's edges fall between words: its month words are the text's inside [s, e)
  const clean = (s === 0 || !WORD_CHAR.test(f[s - 1])) && (e >= f.length || !WORD_CHAR.test(f[e]));
  if (!dateHit && clean) return [];
  const text = f.slice(s, e);
  // (a one-sentence block, common in lists and tables laid out as text: the block's answers)
  const whole = s === 0 && e === f.length;
  const month = whole ? dateMonth : clean ? monthWithin(s, e) : HAS_MONTH.test(text);
  if (!month && !(whole ? dateHit : dateIso && HAS_ISO.test(text))) return [];
  const hits: DateHit[] = [];
  for (const { re, month: needsMonth, read } of DATE_RES) {
    // a pattern that cannot match is never run (nor compiled, on a cold page load)
    if (needsMonth && !month) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = s + m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      const [y0, mo, d] = read(m);
      let y = y0;
      if (!mo || mo > 12 || (d !== null && (d < 1 || d > 31))) continue;
      if (y === null) {
        if (!pageDate) {
          hits.push({ start, end, iso: '', cueStart: -1 });
          continue;
        }
        y = Number(pageDate.slice(0, 4));
        // "released on December 26" in an April article: last December, unless the sentence looks ahead
        if (`${y}-${pad(mo)}-${pad(d ?? 1)}` > pageDate && !FUTURE.test(text)) y--;
      }
      if (y < 1950 || y > 2100) continue;
      hits.push({
        start,
        end,
        iso: d === null ? `${y}-${pad(mo)}` : `${y}-${pad(mo)}-${pad(d)}`,
        cueStart: -1,
      });
    }
  }
  // "it came out in December": a bare month right after a release verb (year from the page date)
  if (month && pageDate && text.includes(' in ')) {
    BARE_MONTH.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BARE_MONTH.exec(text))) {
      const mo = MONTHS[m[2]];
      const start = s + m.index + m[0].length - m[2].length;
      const end = start + m[2].length;
      if (!mo || hits.some((h) => start < h.end && end > h.start)) continue;
      let y = Number(pageDate.slice(0, 4));
      if (`${y}-${pad(mo)}` > pageDate.slice(0, 7) && !FUTURE.test(text)) y--;
      hits.push({ start, end, iso: `${y}-${pad(mo)}`, cueStart: s + m.index });
    }
  }
  // "became generally available in February", "released under Apache 2.0 in March" (follow-release.ts)
  if (month && pageDate && text.includes(' in '))
    hits.push(...moreBareMonths(text, s, pageDate, hits, MONTHS, MONTH_RE, FUTURE));
  if (!hits.length) return hits;
  // (only a dated hit takes a release verb: without one, no need to look for the verbs)
  if (!hits.some((h) => h.iso)) return hits.sort((a, b) => a.start - b.start);
  RELEASE_CUE.lastIndex = 0;
  const cues: number[] = [];
  let c: RegExpExecArray | null;
  while ((c = RELEASE_CUE.exec(text)))
    // "debuted on the board on April 11": a leaderboard entry, not the model's release
    if (
      !LEADERBOARD_AFTER.test(text.slice(c.index + c[0].length, c.index + c[0].length + 40)) &&
      // "the released model climbed to 1292 by August": an adjective naming the build, not a release
      !(c[0] === 'released' && RELEASED_ADJ.test(text.slice(Math.max(0, c.index - 24), c.index + 40))) &&
      // "Published in Towards Practical AI · 9 min read · May 11, 2025": a byline dates the article
      !(
        c[0].startsWith('publish') &&
        BYLINE_AFTER.test(text.slice(c.index + c[0].length, c.index + c[0].length + 30))
      ) &&
      !MIN_READ.test(text) &&
      // "Insurance · Hartford · Published July 8, 2025": a page's dateline (no subject before the verb)
      !(c[0].startsWith('publish') && /(?:^|[·|•])$/.test(text.slice(0, c.index).trimEnd())) &&
      // "The snapshot LMArena published on April 6", "Web search arrived on March 20": another thing's date
      // (not "Meta's blog post announced Llama 4 on April 5": a post that announces dates the model)
      !(
        !/^(?:announced|unveiled|introduced)$/.test(c[0]) &&
        OTHER_THING_BEFORE.test(text.slice(Math.max(0, c.index - 40), c.index))
      )
    )
      cues.push(s + c.index);
  // "Scout and Maverick followed on April 5", "available from April 5": verbs read as a release in context
  cues.push(...contextReleaseCues(f, s, e));
  for (const h of hits) {
    if (!h.iso) continue;
    const tail = f.slice(h.end, Math.min(e, h.end + 16));
    // "(April 11 snapshot, 2,662 votes)", "a May 15 report": a reading, a document or an event
    if (NOT_RELEASE_AFTER.test(tail)) continue;
    // "Last updated May 16, 2025", "Released April 15, 2025 · 1 hr 12 min": the page's own dates
    if (EDIT_BEFORE.test(f.slice(Math.max(s, h.start - 30), h.start))) continue;
    if (BYLINE_TAIL.test(f.slice(h.end, Math.min(e, h.end + 40)))) continue;
    // "debuted on April 11 with a score of 1273", "entered on April 11 at 1273, 35th": the day of a
    // ranking (a score or a rank right after the date), not of a release
    if (SCORE_AFTER_DATE.test(f.slice(h.end, Math.min(e, h.end + 40)))) continue;
    // "knowledge cutoff of August 2024", "trained on data through June 2024", "free until May 1": the
    // end of a span, not a release
    if (SPAN_END_BEFORE.test(f.slice(Math.max(s, h.start - 40), h.start))) continue;
    // "February 2025: Claude 3.7 Sonnet released February 24, 2025": a dated label, the later date is the claim
    if (tail.startsWith(':') && hits.length > 1 && !f.slice(s, h.start).trim()) continue;
    let best = -1;
    let bestD = Infinity;
    for (const cu of cues) {
      const d = cu < h.start ? h.start - cu : cu - h.end;
      if (d < bestD) {
        bestD = d;
        best = cu;
      }
    }
    // "debuted at 1273 on April 11", "scored 1273 when the board tested it on April 11": a ranking's day
    if (best >= 0 && best < h.start && SCORE_BEFORE_DATE.test(f.slice(best, h.start))) continue;
    if (bestD <= 60) h.cueStart = best;
    // "released two models in its new family, Scout and Maverick, on Saturday, April 5": the verb's
    // "on <date>" complement after a longer object (same clause: no semicolon or full stop between)
    else if (
      best >= 0 &&
      best < h.start &&
      bestD <= 130 &&
      ON_DATE.test(f.slice(Math.max(best, h.start - 24), h.start)) &&
      !/[;.!?]\s/.test(f.slice(best, h.start))
    )
      h.cueStart = best;
  }
  return hits.sort((a, b) => a.start - b.start);
}

export interface LicenseHit {
  start: number;
  end: number;
  name: string;
  /** A bare licence word ("Apache licence", "is MIT"): its owner must be named or pointed at in its clause. */
  bare?: boolean;
}

const NAMED_LICENSE =
  /\b(?:apache(?: license)?,?\s*(?:version\s*|v)?2(?:\.0)?|mit licen[cs]e(?!d)|bsd(?:[\s-]\d[\s-]clause)?(?: licen[cs]e)?|gnu gpl(?:v\d)?|gplv?\d|cc[\s-]by(?:[\s-](?:nc|sa|nd))*(?:[\s-]\d\.\d)?|openrail(?:[\s-]m)?(?: licen[cs]e)?|(?:llama \d+(?:\.\d+)?|gemma|qwen|deepseek|tongyi qianwen|mistral research|nvidia open model|falcon)(?: community| model| research)? licen[cs]e(?: agreement)?|gemma terms of use)/g;

/** Every licence hit below holds one of these (one literal alternation: most sentences stop here). */
const LICENCE_ANY = /licen|open|under|terms of use|apache|mit/;

/** Licence names, only in sentences that talk about licensing. */
export function findLicenses(f: string, orig: string, s: number, e: number): LicenseHit[] {
  const text = f.slice(s, e);
  if (!LICENCE_ANY.test(text)) return [];
  // Without a licence word only "Apache 2.0" is unambiguous ("it is Apache 2.0", "32B params, Apache 2.0")
  // (every match holds "licen", "open", "under" or "terms of use": most sentences skip the regex)
  const cued =
    (text.includes('licen') ||
      text.includes('open') ||
      text.includes('under') ||
      text.includes('terms of use')) &&
    /licen[cs]|open[\s-]?source|open[\s-]weights?|\bunder\b|terms of use/.test(text);
  const apache = text.includes('apache');
  const bare = apache || (text.includes('mit') && /\bmit\b/.test(text));
  if (!cued && !bare) return [];
  const out: LicenseHit[] = [];
  NAMED_LICENSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // (uncued, only "Apache 2.0" can be kept: no need to look for other names)
  // (every licence name holds one of these words: a sentence cued only by "under" or "open" skips it)
  const named =
    apache ||
    text.includes('licen') ||
    text.includes('bsd') ||
    text.includes('gpl') ||
    (text.includes('cc') && text.includes('by')) ||
    text.includes('openrail') ||
    text.includes('terms of use');
  while (named && (cued || apache) && (m = NAMED_LICENSE.exec(text))) {
    const start = s + m.index;
    if (!cued && !/^apache[\s-]*(?:license[\s,]*)?(?:version\s*|v)?2\.0$/.test(m[0])) continue;
    out.push({ start, end: start + m[0].length, name: orig.slice(start, start + m[0].length) });
  }
  // bare "MIT" next to "license"
  const mit = text.includes('mit') ? /\b(?:under (?:the |an? )?)(mit)\b/.exec(text) : null;
  // ...or after a release verb ("ships under MIT", "the weights are under MIT")
  const released = () =>
    /\b(?:ships?|shipped|released|published|available|distributed|open[\s-]?sourced|is|are|was|were|now)\s+(?:\w+\s+)?under (?:the |an? )?mit\b(?!\s*(?:'s|researchers?|professor|lab))/.test(
      text,
    );
  const free = (a: number, b: number) => !out.some((h) => a < h.end && b > h.start);
  if (mit && (/licen[cs]/.test(text) || released())) {
    const start = s + mit.index + mit[0].length - 3;
    if (free(start, start + 3)) out.push({ start, end: start + 3, name: 'MIT' });
  }
  // "the Apache licence", "it's plain Apache", "is MIT now", "License: MIT"
  if (bare)
    for (const b of findBareLicenses(text, s))
      if (free(b.start, b.end))
        out.push({ start: b.start, end: b.end, name: orig.slice(b.start, b.end), bare: !b.field });
  // "MIT-licensed" / "MIT licensed": the licence as an adjective
  if (!out.length && text.includes('licensed')) {
    const adj = /\bmit(?:-licensed\b|\s+licensed(?=\s*(?:[.,;:)]|and\b|$)))/.exec(text);
    if (adj) out.push({ start: s + adj.index, end: s + adj.index + 3, name: 'MIT' });
  }
  return out;
}
