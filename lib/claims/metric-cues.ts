/**
 * Which words signal which metric. Given a quantity and the folded text around
 * it (same sentence only), decide the metric, unit and how far the quote runs.
 * Returns null when no cue is strong enough: precision first.
 */
import { frontedBenchmark } from './fronted-benchmark';
import { isJsSpace } from './js-space';
import type { Metric } from '../factbase/metrics';
import type { Quantity } from './parse-quantity';
import { isPartFigure, isRunSetting, isSumFigure } from './incidental-figures';

const HAS_DIGIT_Q = /\d/;
export interface BenchMention {
  start: number;
  end: number;
  name: string;
}

export interface Cue {
  metric: Metric;
  unit?: string;
  /** Absolute end offset of the quote (number plus its unit words). */
  quoteEnd: number;
  /** Read from the number's form alone ("685B"); a parallel phrase may override it. */
  weak?: boolean;
  benchmark?: string;
  setting?: string;
}

export interface CueInput {
  /** Folded block text with model/benchmark names masked. */
  f: string;
  /** Folded block text, names intact (for settings like "MMLU (5-shot)"). */
  fOrig?: string;
  sentStart: number;
  sentEnd: number;
  q: Quantity;
  benchmarks: BenchMention[];
  /** Canonical name of the arena benchmark (LMArena) if the dictionary has one. */
  arenaName: string;
  /** The paragraph talks about Elo / the arena. */
  arenaBlock?: boolean;
  /** A model name sits right before the number ("DeepSeek-V3 is 671B"). */
  modelJustBefore?: boolean;
  /** A capitalised non-initial word sits right before the number ("Gemma 27B"). */
  afterName?: boolean;
  /** Benchmark named earlier in the same paragraph (for "Claude 3.7 Sonnet is at 60.4%"). */
  paragraphBenchmark?: BenchMention | null;
  /** Benchmark of the page title or the paragraph before (only with a score verb). */
  carriedBenchmark?: BenchMention | null;
}

const TRAIN_CUE =
  /\b(?:train(?:ed|ing|s)?|pre-?train(?:ed|ing)?|pretrain\w*|dataset|data mix|corpus|corpora|tokens of (?:text|data|training)|learned from)/;
const CONTEXT_CUE =
  /\b(?:context|window|handles?|handling|process(?:es)?|inputs?|prompts?|long|length|supports?|accepts?|ingests?|reads?|fits?|remembers?|holds?|take in|takes in|memory)\b/;
const OTHER_MEASURE_IS =
  /\b(?:length|context|window|size|count|budget|tokens?|param(?:eter)?s|downloads|price|cost|latency|speed|throughput)\s+(?:is|was|are|were|of|at|to|around|near)\s+(?:(?:about|around|roughly|nearly|approximately|only|just|some)\s+)?$/;
const DOWNLOADS_LIST =
  /\bdownloads\b[^.;:]{0,40}:[^.;:]{0,80}\bx{3,}\s+(?:at|with|on)\s+(?:(?:over|around|about|nearly|roughly|more than|some|just over|just under)\s+)?$/;
const SPENT_TOKENS =
  /\b(?:think(?:s|ing)?|thought|reason(?:s|ed|ing)?|ramble[sd]?|rambling|wr(?:ite|ites|ote|iting)|spend(?:s|ing)?|spent|burn(?:s|ed|ing)?|emit(?:s|ted)?|produc(?:e|es|ed|ing))["'”’]?\s+(?:for\s+)?(?:(?:up to|about|around|roughly|over|nearly|some|another)\s+)?$/;
const TOKEN_DISQUALIFY =
  /\b(?:per second|per sec|tokens?\/s|tok\/s|output|generated?|generates|throughput|speed|daily|per day|per month|served|outputs?|price|cost|costs|\$)/;
const RANK_BEFORE =
  /(?:#|\brank(?:ed|ing|s)?|\bno\.|\bnumber|\btop|\bposition|\bplace[ds]?|\bspot|\bby|\+|\bplus|\bminus|\bgap of|\bmargin of|\bdifference of|\bgain of|\bimprovement of|\bup|\bdown)\s*$/;
const SCORE_AFTER_REJECT =
  /^(?:[\s-]*(?:shot|way|x\b|times|fold|points?\b|pts\b|pp\b|percentage|ms\b|s\b|sec|seconds?|minutes?|hours?|days?|weeks?|months?|years?|k\b|languages?|tasks?|problems?\b|questions?\b|examples?\b|samples?|attempts?|tries|runs?\b|models?\b|votes?|users?|people|place|th\b|st\b|nd\b|rd\b|gb\b|tb\b|mb\b|b\b|parameters?|params?|tokens?|experts?|gpus?|languages?|lines?|rows?|columns?|comments?|entries|cells?|pages?|words?|characters?|chars?|files?|instances?|steps?|layers?|heads?|hz|w\b|watts?|°|cost\b|costs\b|dollars?|usd\b|cents?\b))/;

/** "the hallucination rate ... was 61.8%": another measure than a benchmark's score. */
const OTHER_RATE_RE = /\b(?:hallucination|error|failure|win|loss|abstention)[\s-]rates?\b[^.;\d]{0,40}$/;
const OTHER_RATE = { test: (t: string) => t.includes('rate') && OTHER_RATE_RE.test(t) };

/** Words that may stand before "Elo" when it is the arena's ("an Elo", "its Elo", "arena Elo"). */
const ELO_OWNERS =
  /^(?:an?|the|its|their|his|her|our|whose|which|this|that|same|arena|lmarena|lmsys|chatbot|leaderboard|higher|lower|top|best|new|final|overall|current|record|peak|average|median|mean|estimated|reported|claimed|official|public|initial|style|control|with|without|and|or|of|on|at|to|by|in|from|xxx+)$/;

/** Figures that may sit between a benchmark and a later score of it: scores and context settings. */
const SCORE_OR_SETTING =
  /\b\d+(?:\.\d+)?\s*%|\b\d+\.\d+\b|\b\d+k\b(?:\s*tokens?)?|\b\d+-shot\b|pass@\d+|\b\d+[\s-](?:questions?|problems?|items?|tasks?)\b|\b(?:fp|bf|int|q)\d+(?:_k_m)?\b/g;
/** "its MMMLU (multilingual) average": a named other test's figure, not a setting of this one. */
const OTHER_TEST_SCORE =
  /\b(?:its|their|the|an?)\s+(?!own\b|same\b|overall\b|final\b|best\b|new\b)[a-z][\w.-]*(?:\s+\([^)]*\))?\s+(?:score|average|result|accuracy)\b/;
/** Score verbs strong enough to read a score of a benchmark named outside the paragraph. */
const CARRIED_VERB =
  /\b(?:scor(?:es|ed|ing)|(?:a |the )?(?:score|result) of|answers|solves|(?:drops|dropped|falls|fell|collapses|collapsed|recovers|recovered|climbs|climbed|rises|rose|slips|slipped|improves|improved) to|gets|got|landed at|lands at|land at|came in at|comes in at|coming in at|reach(?:es|ed)|hits|hit|posts|posted|achiev(?:es|ed)|solved|answered|resolved|manag(?:es|ed)|(?:sits|sat|stands|stood) at|(?:measured|puts?|has|had) (?:it|them|x{3,}) at)\s*(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$/;
/**
 * "(69.8 reported, 67.0 reproduced)", "59.1 reported against 56.5 measured": a figure labelled by
 * who produced it, closing its phrase, in a paragraph about one benchmark is a score of that test.
 */
const QUALIFIED_AFTER =
  /^\s*%?\s*(?:self-reported|reported|reproduced|replicated|measured|claimed|advertised|official|independent(?:ly)?)\s*(?:[,;.)]|$|(?:against|vs\.?|versus|and|but|while|by|in)\b)/;
const qualifiedScore = (after: string) => QUALIFIED_AFTER.test(after);
/** "a custom scaffold pushes it to 70.3%", "thinking lifts that to 0.797": the score a change brings. */
const RAISED_TO =
  /\b(?:push(?:es|ed)?|lift(?:s|ed)?|rais(?:es|ed)|boost(?:s|ed)?|bump(?:s|ed)?|take(?:s|n)?|took|bring(?:s)?|brought|drag(?:s|ged)?|knock(?:s|ed)?|cut(?:s)?)\s+(?:it|them|that|this|the (?:score|figure|number|result))\s+(?:(?:up|down|back)\s+)?to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?$/;
/** Words that introduce a score: "score of", "holds", "scored", "at". */
const SCORE_LEAD =
  /\b(?:score of|scor\w*|holds?|held|reach\w*|gets?|got|manag\w*|hits?|posts?|posted|at|is|was|to|from)\s*(?:only\s+|just\s+|about\s+|around\s+)?$/;

/** Nearest benchmark for a score: the one right after "on/in", else nearest before, else nearest after. */
function pickBenchmark(inp: CueInput): BenchMention | null {
  const { f, q, benchmarks } = inp;
  if (!benchmarks.length) return null;
  let after: BenchMention | null = null;
  let before: BenchMention | null = null;
  for (const b of benchmarks) {
    if (b.start >= q.end) {
      if (!after || b.start < after.start) after = b;
    } else if (b.end <= q.start) {
      if (!before || b.end > before.end) before = b;
    }
  }
  if (after) {
    const gap = f.slice(q.end, after.start);
    if (
      /^[\s%]*(?:\)\s*)?(?:(?:on|in|at|for|across|of|with|using|under)\s+)?(?:(?:the|its|a)\s+)?(?:[a-z@0-9-]+\s+){0,1}$/.test(
        gap,
      ) ||
      /^[\s%)]*(?:[a-z-]+\s+){0,2}(?:on|in|at|for|across)\s+(?:the\s+|its\s+|a\s+)?(?:[a-z@0-9-]+\s+)?$/.test(
        gap,
      )
    )
      return after;
  }
  if (before) {
    const gap = f.slice(before.end, q.start);
    // "On GPQA Diamond, ..., X scoring 0.670, Y 0.565": a fronted benchmark scopes the sentence
    if (frontedBenchmark(f, inp.sentStart, before, q.start, q)) return before;
    // No other number or sentence-like break in between.
    if (gap.length < 90 && !/\d/.test(gap.replace(/\b\d+-shot\b|pass@\d+|maj@\d+|cons@\d+|\(\d+\)/g, '')))
      return before;
    if (gap.length < 40) return before;
    // "27.3 on Fiction.LiveBench at 120k, worse than its 8k score of 40.0": the other figures in
    // between are scores and context settings of the same test, so the benchmark still applies
    if (
      gap.length < 120 &&
      !gap.includes(';') &&
      (q.percent || q.decimals > 0) &&
      q.value <= 100 &&
      SCORE_LEAD.test(f.slice(Math.max(0, q.start - 24), q.start)) &&
      !/\d/.test(gap.replace(SCORE_OR_SETTING, '')) &&
      !OTHER_TEST_SCORE.test(gap)
    )
      return before;
  }
  if (after) {
    const gap = f.slice(q.end, after.start);
    // ("scored 50.0 at 8k on X": a context-length setting in between)
    if (gap.length < 60 && !/\d/.test(gap.includes('k') ? gap.replace(/\b\d+k\b/g, '') : gap)) return after;
  }
  return null;
}

/**
 * Evaluation setting near a score, composed the way papers print it:
 * "0-shot", "5-shot CoT", "0-shot, pass@1", "pass@1", "style control", "thinking".
 */
export function findSetting(text: string): string | undefined {
  // (each pattern runs only when its keyword is there: fewer regexes compiled on a cold page load)
  const hasShot = text.includes('shot');
  const shot = !hasShot
    ? undefined
    : (/\b(\d+)[\s-]shots?\b/.exec(text)?.[1] ?? (/\bzero[\s-]shot\b/.test(text) ? '0' : undefined));
  const few = !shot && hasShot && /\bfew[\s-]shot\b/.test(text);
  const k = text.includes('@') ? /\b(pass|maj|cons)@(\d+)/i.exec(text) : null;
  const cot = /\bchain[\s-]of[\s-]thought\b|\bcot\b/i.test(text);
  const parts: string[] = [];
  if (shot) parts.push(`${shot}-shot`);
  else if (few) parts.push('few-shot');
  if (k) parts.push(`${k[1].toLowerCase()}@${k[2]}`);
  let out = parts.join(', ');
  if (cot) out = out ? `${out} CoT` : 'CoT';
  if (out) return out;
  if (text.includes('style') && /\bstyle[\s-]control(?:led)?\b/.test(text) && !NO_STYLE.test(text))
    return 'style control';
  if (!text.includes('thinking')) return undefined;
  if (/\b(?:no|non|without)[\s-](?:extended[\s-])?thinking\b/.test(text)) {
    // "thinking and non-thinking modes", "with and without thinking": both modes, so neither one
    if (
      /\bthinking\s+(?:and|or|vs\.?|versus|\/)\s+(?:no|non)[\s-]thinking\b|\bwith\s+(?:and|or)\s+without\b/.test(
        text,
      )
    )
      return undefined;
    return 'no thinking';
  }
  if (/\b(?:with (?:extended )?thinking|thinking mode|extended thinking)\b/.test(text)) return 'thinking';
  return undefined;
}

/** Can an anchored pattern whose first character is one of `chars` match text starting with `c`? */
function may(c: string, chars: string): boolean {
  return c !== '' && chars.includes(c);
}

const SUM_HINT = /across|between|combined|total of|pair/;

/** First of a paired price: "$2.50 for input and $10 for output", "$0.11 in and $0.34 out". */
const IN_OUT_FIRST =
  /^\s*(?:for\s+)?(?:input|in)\s*(?:,\s*(?:and\s+)?|(?:and|\/)\s*)\$\d[\d.,]*\s*(?:(?:per|\/|a)\s*(?:1\s?m|million)\s+)?(?:for\s+)?(?:output|out)\b/;
/** Second of the pair ("... and $10 for output"), checked with IN_OUT_BEFORE on the text before it. */
const IN_OUT_SECOND = /^\s*(?:for\s+)?(?:output|out)\b/;
const IN_OUT_BEFORE = /\$\d[\d.,]*\s*(?:for\s+)?(?:input|in)\s*(?:,\s*)?(?:and|\/)\s*\$?$/;
const IN_OUT_OWNER_AFTER = /^[^.;]{0,30}\bfor\s+(?!input|output|prompt|completion|every|each|a\b|one\b)/;
const IN_OUT_AGAINST =
  /\b(?:against|versus|vs\.?|compared\s+(?:to|with)|than)\s+(?:\$\d[\d.,]*\s*(?:for\s+)?(?:input|in)\s*(?:,\s*)?(?:and|\/)\s*)?\$?$/;
const SINGLE_KIND_AFTER =
  /^\s*(?:for|per|on)\s+(?:input|output|prompt|completion)(?:\s+tokens?)?\b(?!\s*(?:and|\/|,))/;
/** "$0.27 input", "$0.60 output tokens": the token kind right after a dollar figure, then the phrase ends. */
const BARE_KIND_AFTER =
  /^\s*(?:input|output)(?:\s+tokens?)?(?=\s*(?:[.,;:)!?]|$)|\s+(?:last|on|at|from|via|with|while|and|but|or|if|when|which|according)\b(?!\s*\$))/;
const PRICE_VERB_BEFORE =
  /\b(?:priced|costs?|costing|charges?|charging|lists?|listed|sells?)\b[^.;\d$]{0,30}$/;
/** "(about ₹23)", "(€0.25)", "(excl. VAT)": a short aside between a price and its unit (no second dollar figure). */
const PRICE_ASIDE = /^\s*\([^()$]{1,30}\)/;
/** "token counts ranged from", "the training data came to": a sentence about how much text a model saw. */
const TOKEN_COUNT_BEFORE =
  /\b(?:token (?:counts?|totals?|budgets?)|(?:pre-?)?training (?:data|corpus|corpora|sets?)|data (?:sizes?|budgets?))\b[^.;]{0,50}$/;
/** "declined roughly 3% (of our tickets)": a refusal verb right before a share. */
const DECLINED_BEFORE =
  /\b(?:declined|declines|decline|rejected|rejects|turned down|turns down|blocked|blocks)\s+(?:to answer\s+)?(?:roughly|about|around|nearly|almost|only|just|over|under|some|fewer than|more than|less than)?\s*$/;
const MEASURE_DECLINED =
  /\b(?:usage|use|share|traffic|revenue|sales|price|cost|score|rate|stock|volume|adoption|demand)s?\s+(?:has\s+|have\s+)?(?:declined|declines|decline)/;
/** "37 billion of them switch on for any given token", "17 billions are working for each token". */
const PER_TOKEN_AFTER =
  /^(?:of (?:them|which|its (?:parameters|weights))\s+)?(?:are\s+|is\s+|get\s+)?(?:switch(?:es|ed)? on|turn(?:s|ed)? on|fire[sd]?|light up|(?:are\s+)?activ(?:e|ated)|working|at work|used|in use|engaged|(?:do|doing) (?:the\s+)?work)\s+(?:for|per|on|at|with)\s+(?:any|each|every|a|one)?\s*(?:given\s+|single\s+)?(?:token|word)\b/;
const ACTIVATES_BEFORE = /\bactivat(?:es|ed|ing|e)\s+(?:only\s+|just\s+|roughly\s+|about\s+)?$/;
/** "for the same million input tokens", "for the same amount of input": the unit of a price just given. */
const SAME_TOKENS_AFTER =
  /^\s*for\s+the\s+same\s+(?:(?:million|amount|number|volume)\s+(?:of\s+)?)?(?:input|output|prompt|completion|tokens?)\b/;
/** "a difference of", "savings of", "a discount of": the figure after is a gap between prices. */
const PRICE_GAP_BEFORE =
  /\b(?:difference|gap|saving|savings|discount|premium|mark-?up|delta|increase|decrease|drop|cut|reduction|spread)\s+of\s+(?:just\s+|only\s+|about\s+|roughly\s+|around\s+|some\s+|over\s+|under\s+)?$/;
/** "$5 in and $3 out per month": a subscription or fee flow, not a per-token price. */
const IN_OUT_PERIOD = /^[^.;]{0,40}\b(?:per|a|an|each)\s+(?:hour|day|week|month|year|seat|user)\b/;

/** "2,000+ head-to-head battles", "3,000 votes": counts on the arena, not ratings. */
const ARENA_COUNT_AFTER =
  /^\s*(?:\+|(?:[a-z-]+\s+){0,2}(?:battles?|matchups?|comparisons?|conversations?|prompts?|votes?|games?|duels?)\b)/;

/** Words of a sentence about training data: "token counts", "tokens", "pre-training", "training set". */
const TOKEN_TALK =
  /\btokens?\b|\btoken counts?\b|\bpre-?train|\btrain(?:ed|ing)\s+(?:on|data|set|corpus|mix)\b|\bdata\s?set\b|\bcorpus\b/;

function isElo(q: Quantity): boolean {
  return !q.percent && !q.scale && !q.currency && q.value >= 500 && q.value <= 2500;
}

/** The figures whose rules read CueInput.modelJustBefore (a "b"/"t" size, an Elo-sized rating): for
 * the others the caller need not look for a name before the figure. */
export function readsModelJustBefore(q: Quantity): boolean {
  return q.scale === 'b' || q.scale === 't' || isElo(q);
}

export function classifyQuantity(inp: CueInput): Cue | null {
  const cue = classifyRaw(inp);
  if (!cue || cue.metric === 'comparison') return cue;
  const { f, q, sentStart, sentEnd } = inp;
  // "began as a research project in 2023": a year after a time preposition is never a rating
  if (
    cue.metric === 'arena_elo' &&
    q.decimals === 0 &&
    q.value >= 1990 &&
    q.value <= 2039 &&
    /^\d{4}$/.test(f.slice(q.start, q.end)) &&
    /\b(?:in|since|from|until|till|through|during|by|of|early|late|mid)\s+$/.test(
      f.slice(Math.max(sentStart, q.start - 12), q.start),
    )
  )
    return null;
  const part = cue.metric === 'context_window' || cue.metric === 'total_params';
  // A sum over several models belongs to none of them (cheap look first: most figures have no sum word)
  if (!part) {
    const near = f.slice(Math.max(sentStart, q.start - 20), Math.min(sentEnd, q.end + 50));
    // ("across both released models the company consumed 7.38M": "across" may lead by a clause)
    if (!SUM_HINT.test(near) && !f.slice(Math.max(sentStart, q.start - 80), q.start).includes('across'))
      return cue;
  }
  const before = f.slice(Math.max(sentStart, q.start - 80), q.start);
  const after = f.slice(q.end, Math.min(sentEnd, q.end + 80)).replace(/^[\s-]+/, '');
  if (isSumFigure(before, after)) return null;
  if (!part) return cue;
  // Only for these two metrics: is the figure the writer's setting or a part's size?
  if (cue.metric === 'context_window' ? isRunSetting(before, after) : isPartFigure(before, after))
    return null;
  return cue;
}

/** The words the first rules of classifyRaw look for before a figure (" like ", "such as", "combined", "sum", "add"). */
const RARE_BEFORE = / like |such as|combined|sum|add/;

const QUOTED_FIGURE_OPEN =
  /(?:^|\s)(["'])(?:(?:nearly|almost|about|around|roughly|approximately|some|over|under|more than|less than|up to|just under|just over)\s+)?~?\$?$/;
/** A quoted figure ('"nearly 2 trillion" parameters'): its closing mark read as a space (same length). */
function quotedFigureTail(after: string, before: string): string {
  const c = after.charCodeAt(0);
  if ((c !== 34 && c !== 39) || after.charCodeAt(1) !== 32) return after;
  // the opening mark right before the figure or its hedge word, with a space (or the sentence start)
  // before it; not a quoted clause ('the "Maverick scored 1417" headline')
  const open = QUOTED_FIGURE_OPEN.exec(before);
  if (!open || open[1] !== after[0]) return after;
  return ' ' + after.slice(1);
}

function classifyRaw(inp: CueInput): Cue | null {
  const { f, q, sentStart, sentEnd } = inp;
  const before = f.slice(Math.max(sentStart, q.start - 80), q.start);
  // 'is "nearly 2 trillion" parameters': a quoted figure's closing mark stands between it and its unit
  const afterRaw = quotedFigureTail(f.slice(q.end, Math.min(sentEnd, q.end + 60)), before);
  const sentence = f.slice(sentStart, sentEnd);
  const big = q.scale === 'b' || q.scale === 't' || q.scale === 'm';
  // "it is not 56 billion parameters" denies the number
  if (before.endsWith('t ') && /\b(?:is|are|was|were|has|have)\s*(?:not|n't)\s+$|\bisn't\s+$/.test(before))
    return null;
  // "10:15": a clock time (or a ratio), never a value
  if (f.charCodeAt(q.start - 1) === 58 && /\d/.test(f.charAt(q.start - 2))) return null;
  // "It's 400B, not 402B": the corrected figure is rejected, the claim is the one before it
  if (before.endsWith('not ') && /\d[\d.,]*\s*(?:[a-z%]{1,12}\s*){0,3},\s*not\s+$/.test(before)) return null;

  // (one look for the rare words of the next three rules: most figures have none of them before)
  const rare = RARE_BEFORE.test(before);
  // "Claims like “trained on 100,000 GPUs” are often ...": a quoted example of a claim, not an assertion
  if (
    rare &&
    (before.includes(' like ') || before.includes('such as')) &&
    /\b(?:claims?|figures?|numbers?|headlines?|statements?)\s+(?:like|such as)\s+["“‘'][^"”’]*$/.test(before)
  )
    return null;
  // "a combined 7.38 million GPU hours": an aggregate over several models, nobody's own figure
  // (literal looks first: these two run on every figure, and their words are rare)
  if (
    rare &&
    before.includes('combined') &&
    /\bcombined\s+(?:total\s+of\s+)?(?:about\s+|roughly\s+|some\s+)?$/.test(before)
  )
    return null;
  // "the two totals sum to 7.38M GPU-hours", "together they add up to ...": also an aggregate
  if (
    rare &&
    (before.includes('sum') || before.includes('add')) &&
    /\b(?:sums?|summing|summed|add(?:s|ing)? up)\s+to\s+(?:about\s+|roughly\s+|some\s+)?$/.test(before)
  )
    return null;

  // Price: "$0.15 per million tokens", "$2.50/1M input tokens"
  if (q.currency) {
    // "a difference of ten cents per million tokens", "a saving of $2 per million": a gap, not a price
    if (PRICE_GAP_BEFORE.test(before)) return null;
    // "$75 / $150 per million tokens": the first price shares the second one's unit
    const pair = /^\s*(?:\/|and|or|,|to)\s*\$?\d[\d.,]*(?:\s*dollars?)?/.exec(afterRaw);
    // "$0.27 (about ₹23) per million input tokens": a bracketed aside (a conversion) before the unit
    const aside = pair ? null : PRICE_ASIDE.exec(afterRaw);
    const skip = pair ? pair[0].length : aside ? aside[0].length : 0;
    const rest = afterRaw.slice(skip);
    const m =
      /^\s*(?:(?:in|out|input|output)\s+)?(?:\/|per|a|for (?:every|each|a)?)\s*(?:1\s?m\b|one million|million|1,000,000|mtok\b|1m\b|m\b)\s*(?:of\s+)?(?:(?:input|output|prompt|completion|cached)(?:\s+|\b))?(?:tokens?)?/.exec(
        rest,
      );
    const ok =
      m &&
      (/tok/.test(m[0]) ||
        // "$15 per million output": the token kind names the unit
        /(?:million|1\s?m)\s+(?:input|output|prompt|completion)\s*$/.test(m[0]) ||
        /\bmtok\b|\/\s*1?m\b/.test(m[0]) ||
        // bare "per million" in a sentence about token pricing, not "per million users"
        (/million\s*$/.test(m[0]) &&
          !/^\s*(?!in\b|on\b|for\b|when\b|with\b|and\b|at\b|of\b|as\b|but\b|while\b|though\b|although\b|yet\b)[a-z]/.test(
            rest.slice(m[0].length),
          ) &&
          (/\btokens?\b|\binput\b|\boutput\b|\bapi\b/.test(sentence) ||
            // "Flash-Lite undercuts even that at $0.075 per million.": a model's price verb, the phrase closed
            (/^\s*(?:[.;:!)]|$)/.test(rest.slice(m[0].length)) &&
              /\b(?:costs?|priced|undercuts?|charges?|lists?|listed|sells?)\b/.test(before)))));
    // "$1.00 per million tokens per hour" is a storage or caching price, not the model's per-token price
    if (ok && /^\s*(?:per|an?|\/|each)\s*(?:hour|hr|day|month|minute)\b/.test(rest.slice(m[0].length)))
      return null;
    if (ok)
      return {
        metric: 'price',
        unit: 'usd_per_mtok',
        quoteEnd: pair ? q.end : q.end + skip + m[0].trimEnd().length,
      };
    // "costs $0.10 for the same million input tokens", "$2.50 for the same amount of input": the
    // per-token unit of the price just given, named by reference
    if (SAME_TOKENS_AFTER.test(afterRaw)) return { metric: 'price', unit: 'usd_per_mtok', quoteEnd: q.end };
    // "$2.50 for input and $10 for output", "$0.11 in and $0.34 out": a paired input/output price
    // names the token kinds, so both figures are per-token prices without a printed unit
    // Declined when the pair is set against the figures before it ("against $2.50 input ...") or
    // names its model after it ("... $10 output for GPT-4o"): the nearest model before is not its owner
    const io =
      IN_OUT_FIRST.exec(afterRaw) ?? (IN_OUT_BEFORE.test(before) ? IN_OUT_SECOND.exec(afterRaw) : null);
    if (
      io &&
      !IN_OUT_PERIOD.test(afterRaw) &&
      !IN_OUT_OWNER_AFTER.test(afterRaw.slice(io[0].length)) &&
      !IN_OUT_AGAINST.test(before)
    )
      return { metric: 'price', unit: 'usd_per_mtok', quoteEnd: q.end };
    // "GPT-4.5 is priced at a striking $75 for input": one price naming its token kind after a price verb
    if (
      SINGLE_KIND_AFTER.test(afterRaw) &&
      PRICE_VERB_BEFORE.test(before) &&
      !IN_OUT_PERIOD.test(afterRaw) &&
      !IN_OUT_AGAINST.test(before)
    )
      return { metric: 'price', unit: 'usd_per_mtok', quoteEnd: q.end };
    // "Together has it at $0.27 input last I looked", "the cheapest at $0.075 input.": a price named
    // by its token kind alone, the phrase closed right after it
    // (not a pair's, declined above, nor one whose owner is named after it: "... $8 output for GPT-4o")
    const kind = BARE_KIND_AFTER.exec(afterRaw);
    if (
      kind &&
      !IN_OUT_PERIOD.test(afterRaw) &&
      !IN_OUT_AGAINST.test(before) &&
      !IN_OUT_OWNER_AFTER.test(afterRaw.slice(kind[0].length))
    )
      return { metric: 'price', unit: 'usd_per_mtok', quoteEnd: q.end + kind[0].length };
    return null;
  }

  // (the spaces and hyphens before the unit words, counted without a regex)
  let lead = 0;
  while (lead < afterRaw.length && (afterRaw.charCodeAt(lead) === 45 || isJsSpace(afterRaw.charCodeAt(lead))))
    lead++;
  const after = afterRaw.slice(lead);
  const at = (n: number) => q.end + lead + n;
  // First character of the unit words: each anchored unit pattern below runs only when it could
  // match, so a cold page load compiles and runs far fewer regexes (same results).
  const a0 = after.charAt(0);

  // "uses just 37 billion of its parameters at a time": the active share
  if (
    big &&
    !q.percent &&
    !q.currency &&
    a0 === 'o' &&
    /^of (?:its|their|the(?:se)?|those)\s+(?:[a-z]+\s+)?(?:parameters?|params|weights)\s+(?:at (?:a|any one|any given) time|at once|per (?:token|word)|for (?:each|every|any) (?:token|word))\b/.test(
      after,
    )
  )
    return { metric: 'active_params', unit: 'params', quoteEnd: q.end };
  // "only 37 billion of them switch on for any given token", "activates 17B per token": the share at work
  if (
    big &&
    !q.percent &&
    !q.currency &&
    (PER_TOKEN_AFTER.test(after) || (ACTIVATES_BEFORE.test(before) && /^per token\b/.test(after)))
  )
    return { metric: 'active_params', unit: 'params', quoteEnd: q.end };
  // "Token counts ranged from 14.8T for X to about 40T for Y": trillions where the sentence counts tokens
  if (q.scale === 't' && !q.percent && !q.currency && TOKEN_COUNT_BEFORE.test(before))
    return { metric: 'training_tokens', unit: 'tokens', quoteEnd: q.end };
  // Parameters
  let m = !(a0 === 'a' || a0 === 'i' || a0 === 't' || a0 === 'o')
    ? null
    : /^(?:(?:are|is|of them are|of which are)\s+)?(total|in total|overall|active|activated|activating)\b(?:[\s-]+(?:parameters?|params?|weights))?/.exec(
        after,
      );
  if (
    m &&
    // "7.38M in total" (GPU-hours, downloads) without a parameter word: billions only
    (/param|weights/.test(m[0]) || q.scale === 'b' || q.scale === 't') &&
    !/^\s*(?:tokens?|gpus?|experts?|downloads?|users?)/.test(after.slice(m[0].length)) &&
    // "1 million of them are active" is about parameters only where parameters were just counted
    (!/^(?:of them|of which)\b/.test(m[0]) ||
      /param/.test(m[0]) ||
      /\bparam|\bweights\b/.test(f.slice(Math.max(0, sentStart - 160), q.start)))
  ) {
    return {
      metric: /total|overall/.test(m[1]) ? 'total_params' : 'active_params',
      unit: 'params',
      quoteEnd: at(m[0].length),
    };
  }
  // "24 billion parameters", and "24 billions of parameters" (non-native English) for magnitude words
  m = !(!q.percent && (big || q.value >= 1e6) && may(a0, 'opw'))
    ? null
    : /^(?:of\s+)?(?:parameters?|params?|weights)\b(?:\s+(?:(?:are|were)\s+(?=activ))?(active|activated|in total|total))?/.exec(
        after,
      );
  // "all 400 billion of Maverick's weights" (name masked as x's)
  const owned =
    !m && big && a0 === 'o' ? /^of\s+(?:x+'s|its|their)\s+(?:weights|parameters)\b/.exec(after) : null;
  if (owned) return { metric: 'total_params', unit: 'params', quoteEnd: q.end };
  if (m && (big || q.value >= 1e6) && !q.percent && (!m[0].startsWith('of') || q.scale)) {
    // ("a 288B-active model with close to 2T parameters": an "active" that is another figure's own unit
    // says nothing about this one)
    const activeBefore =
      /\b(?:activ(?:e|ated|ates?|ating))\b[^.;]{0,30}$/.test(before) &&
      !/\btotal\b[^.;]{0,20}$/.test(before) &&
      !/\d(?:\.\d+)?\s*(?:[bmt]|billion|million|trillion)?[\s-]*activ(?:e|ated)\b(?![^.;]*\bactiv)[^.;]{0,30}$/.test(
        before,
      );
    const activeAfter = /^\s*(?:\w+\s+){0,2}(?:per token|per forward pass|for each token)\b/.test(
      after.slice(m[0].length),
    );
    // "288 billion active parameters and nearly two trillion parameters in total": the total says so itself
    // ("uses 37 billion of its 671 billion parameters per token": the whole the share is taken from)
    const total =
      m[1] === 'in total' ||
      m[1] === 'total' ||
      /\d\s*(?:billion|trillion|[bt])\s+of\s+(?:its|their)\s+$/.test(before);
    const active = !total && (m[1] === 'active' || m[1] === 'activated' || activeBefore || activeAfter);
    return { metric: active ? 'active_params' : 'total_params', unit: 'params', quoteEnd: at(m[0].length) };
  }
  // "only 37 billion of them do any work" (of the parameters just given): the active share
  m = !(big && !q.percent && !q.currency && may(a0, 'o'))
    ? null
    : /^of (?:them|those|these)\b[^.;]{0,30}?\b(?:are active|activ\w*|do (?:any |the )?work|fire|are used|get used)\b/.exec(
        after,
      );
  if (
    m &&
    big &&
    !q.percent &&
    !q.currency &&
    /\bparam|\bweights\b/.test(f.slice(Math.max(0, sentStart - 160), q.start))
  )
    return { metric: 'active_params', unit: 'params', quoteEnd: q.end };
  // "...400 billion parameters in total but activates only 17 billion of them", "uses about 12.9 billion
  // per token": the active share of the parameters just given
  // "only uses 17 billion at a time", "activates 17 billion of its 400 billion", "only 17 billion do the work"
  if (
    big &&
    may(a0, 'opfad') &&
    !q.percent &&
    !q.currency &&
    (/^(?:of (?:them|those|these)\s+)?(?:per token|per forward pass|for (?:each|every|any given) token)\b/.test(
      after,
    ) ||
      (/^(?:of (?:them|those|these)\b|of its\s+~?\d)/.test(after) &&
        /\b(?:activat\w*|uses?|using|engages?)\s+(?:[a-z]+\s+){0,2}$/.test(before)) ||
      (/^(?:at a time|at once|at any one time)\b/.test(after) &&
        /\b(?:uses?|using|activates?|activating|runs?|engages?)\s+(?:[a-z]+\s+){0,2}$/.test(before)) ||
      // (also "only about 17 billion are used for any single word")
      (/^(?:do (?:any |the )?work|are active|fire|(?:are|get) (?:used|activated|engaged) (?:for|on|per) (?:any|each|every|a|one) (?:single |given )?(?:token|word))\b/.test(
        after,
      ) &&
        (/\b(?:only|just|but)\s+(?:about\s+|around\s+|some\s+)?$/.test(before) ||
          // "Of its 671 billion parameters, about 37 billion do work on any given token"
          /\bof\s+(?:its|their|the)\s+~?\d[\d.,]*\s*(?:billion|trillion|[bt])\s+(?:total\s+)?(?:parameters?|params|weights)\s*,\s*(?:about\s+|around\s+|roughly\s+|some\s+|only\s+|just\s+)?$/.test(
            before,
          )))) &&
    (/\bparam|\bweights\b/.test(f.slice(Math.max(0, sentStart - 160), q.start)) ||
      // ("uses 37 billion of its 671 billion parameters": the whole names the unit)
      /^of (?:its|their)\s+~?\d[\d.,]*\s*(?:billion|trillion|[bt])\s+(?:total\s+)?(?:parameters?|params|weights)\b/.test(
        after,
      ))
  )
    return { metric: 'active_params', unit: 'params', quoteEnd: q.end };
  // "activates 17 billion of its 400 billion": the whole the active share is taken from
  if (
    big &&
    !q.percent &&
    !q.currency &&
    before.endsWith('its ') &&
    /\bactivat\w*\s+(?:[a-z]+\s+){0,2}~?\d[\d.,]*\s*(?:billion|trillion|[bt])\s+of\s+its\s+$/.test(before) &&
    /\bparam|\bweights\b/.test(f.slice(Math.max(0, sentStart - 160), q.start))
  )
    return { metric: 'total_params', unit: 'params', quoteEnd: q.end };
  // "a 10-million-token Scout, a 400B Maverick": a size printed before the name it describes
  // (the name is masked as x's; not "a 17B-active Maverick", whose unit is printed)
  if (
    (q.scale === 'b' || q.scale === 't') &&
    !q.percent &&
    !q.currency &&
    q.low === undefined &&
    /^ x{3,}(?![\w-])/.test(afterRaw) &&
    /(?:^|[^a-z])(?:a|an|the|its|their)\s+(?:(?:reported|rumou?red|claimed|massive|huge|giant|new|smaller|bigger|larger)\s+)?$/.test(
      before,
    )
  )
    return { metric: 'total_params', unit: 'params', quoteEnd: q.end };
  // "More parameters ... Mistral Small 3.1 has 24 billion of them": the parameters just talked about
  if (
    big &&
    a0 === 'o' &&
    !q.percent &&
    !q.currency &&
    /^of them\s*(?:[.,;)]|$)/.test(after) &&
    /\b(?:has|have|had|packs?|carries|contains?)\s+(?:(?:around|about|roughly|nearly|almost|some)\s+)?$/.test(
      before,
    ) &&
    /\bparam|\bweights\b/.test(f.slice(Math.max(0, sentStart - 200), q.start))
  )
    return { metric: 'total_params', unit: 'params', quoteEnd: q.end };
  // "the parameter count is rumoured to be 12 trillion", "the model card puts its size at 400B"
  if (
    (q.scale === 'b' || q.scale === 't') &&
    !q.percent &&
    !q.currency &&
    /\b(?:param(?:eter)?s?\s+count|number of param(?:eter)?s|(?:its|their|the model's)\s+size)\b[^.;\d]{0,30}\b(?:is|was|are|at|of|to be|as)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|some\s+)?$/.test(
      before,
    ) &&
    !/^(?:tokens?|gpus?|hours?|gb|tb|bytes|downloads?|users?|dollars?)\b/.test(after)
  )
    return { metric: 'total_params', unit: 'params', quoteEnd: q.end };
  // "adds 14 billion parameters, bringing the published checkpoint to 685 billion": the new total
  if (
    (q.scale === 'b' || q.scale === 't') &&
    !q.percent &&
    !q.currency &&
    /\b(?:bringing|brings?|brought|taking|takes|took)\s+(?:it|(?:the|its)\s+(?:[\w-]+\s+){0,2})?(?:total\s+)?to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/.test(
      before,
    ) &&
    /\bparam|\bweights\b/.test(f.slice(sentStart, q.start)) &&
    /^(?:[.,;)]|$|in total\b|overall\b|parameters?\b|params\b)/.test(after)
  )
    return { metric: 'total_params', unit: 'params', quoteEnd: q.end };
  // "a 400B model" (size as a noun phrase)
  m = !((q.scale === 'b' || q.scale === 't') && !q.percent && may(a0, 'mdl'))
    ? null
    : /^(?:model|mixture[\s-]of[\s-]experts(?: model)?|moe(?: model)?|dense model|llm)\b/.exec(after);
  if (
    m &&
    (q.scale === 'b' || q.scale === 't') &&
    !q.percent &&
    /\b(?:a|an|the|its)\s+(?:[a-z]+\s+)?$/.test(before.slice(-24))
  ) {
    return { metric: 'total_params', unit: 'params', quoteEnd: q.end };
  }
  // "Token counts ranged from 14.8T for DeepSeek-V3 to 40T for Scout": a trillions figure without a
  // unit, in a sentence about tokens or training data and not about parameters or context, is data
  if (
    q.scale === 't' &&
    !q.percent &&
    !q.currency &&
    f.charCodeAt(q.end - 1) === 116 &&
    !/^(?:[a-z-]+\s+)?tokens?\b/.test(after) &&
    TOKEN_TALK.test(sentence) &&
    !/\bparam|\bweights\b|\bsize\b|\bcontext\b|\bwindow\b/.test(sentence) &&
    // ("has 2T and was trained on 30 trillion tokens": the data figure is the other one)
    !/\btrained on\s+(?:[a-z]+\s+)?~?\d/.test(sentence) &&
    !/^(?:[a-z-]+\s+)?(?:param|gpus?\b|hours?\b|flop|dollars?\b|users?\b|downloads?\b)/.test(after)
  )
    return { metric: 'training_tokens', unit: 'tokens', quoteEnd: q.end, weak: true };
  // "DeepSeek-V3 is 671B with 37B active", "Mistral Small 3.1 is 24B"
  // (a trillions figure is weak: after "trained on ~40T tokens", "DeepSeek-V3 was 14.8T" is its data)
  if (
    inp.modelJustBefore &&
    (q.scale === 'b' || q.scale === 't') &&
    !q.percent &&
    /\b(?:is|was|at|has)\s*(?:a\s+|just\s+|only\s+|(?:around|about|roughly|nearly|almost|approximately|some)\s+)?$/.test(
      before,
    ) &&
    // (also "has nearly 1 billion monthly users": a counted noun behind one adjective)
    !/^(?:[a-z-]+\s+)?(?:tokens?|gpus?|hours?|downloads?|flops?|users?|dollars?|people|customers|subscribers|installs|visits|views|requests|queries|messages)\b|^in\s+(?:funding|revenue)\b/.test(
      after,
    ) &&
    // "has 3 billion of them" counts parameters only where parameters are in view
    (!after.startsWith('of ') || /\bparam|\bweights\b/.test(f.slice(Math.max(0, sentStart - 200), q.start)))
  ) {
    return { metric: 'total_params', unit: 'params', quoteEnd: q.end, weak: q.scale === 't' || undefined };
  }

  // A bare "685B" / "2T" (suffix form) next to a model is a parameter count
  if (
    (q.scale === 'b' || q.scale === 't') &&
    /[bt]$/.test(f.slice(q.start, q.end)) &&
    !q.percent &&
    // "7B models" (a class of models), "a 14B module" (a part): not this model's size
    !/^(?:tokens?|gpus?|hours?|downloads?|flops?|users?|dollars?|bytes|gb|requests|queries|words|images|pages|lines|rows|examples|samples|views|visits|people|times|models|versions?|variants?|siblings?|modules?|components?|adapters?|encoders?|decoders?|heads?|layers?|draft|in\s+(?:funding|revenue|sales))\b/.test(
      after,
    ) &&
    !/\b(?:raised|raise|funding|valuation|valued|revenue|worth|spent|spend|invest\w*|budget|deal|market cap)\b/.test(
      sentence,
    ) &&
    !/(?:\btrain\w*(?: on)?|\bcontext(?: window| length)?(?: of| is)?|\btokens? of|\bdata(?:set)? of)\s*(?:[a-z~]+\s+)?$/.test(
      before,
    ) &&
    !inp.afterName &&
    // "Llama 3.1 8B and 70B": a sibling size in a list of names, not a value
    !/(?:x{3,}|\d[bmk])\s*(?:,|and|or|&|\/)\s*$/.test(before)
  ) {
    const active = /^[^.;]{0,40}\b(?:active|activated)\b/.test(after) && !/^[^.;]{0,12}\btotal\b/.test(after);
    return { metric: active ? 'active_params' : 'total_params', unit: 'params', quoteEnd: q.end, weak: true };
  }

  // Experts
  m = !(
    !q.scale &&
    !q.percent &&
    Number.isInteger(q.value) &&
    q.value > 1 &&
    q.value < 100000 &&
    may(a0, 'rte')
  )
    ? null
    : /^(?:routed\s+|total\s+)?(?:expert (?:modules?|networks?|layers?|models?)|experts?)\b/.exec(after);
  if (m && !q.scale && !q.percent && Number.isInteger(q.value) && q.value > 1 && q.value < 100000) {
    if (
      /\b(?:shared|active|activated|selected|chosen|routed to|per token)\s*$/.test(before) ||
      /^\s*(?:are\s+)?(?:per token|active|activated)\b/.test(after.slice(m[0].length))
    )
      return null;
    return { metric: 'experts', unit: 'experts', quoteEnd: at(m[0].length) };
  }

  // "A mixture-of-experts model splits its layers into experts. X has 128 of them": experts just named
  if (
    !q.scale &&
    !q.percent &&
    !q.currency &&
    Number.isInteger(q.value) &&
    q.value > 1 &&
    q.value <= 1024 &&
    a0 === 'o' &&
    /^of them\s*(?:[.,;)]|$)/.test(after) &&
    /\b(?:has|have|had|uses?|carries|contains?|splits? \w+ into)\s+$/.test(before) &&
    /\bexperts\b[^.;]{0,20}[.;]?\s*$/.test(f.slice(Math.max(0, sentStart - 80), sentStart))
  )
    return { metric: 'experts', unit: 'experts', quoteEnd: q.end };
  return classifyCounts(inp, before, afterRaw, sentence, after, lead);
}

/**
 * classifyRaw goes on in two more functions (counts and sizes, then scores): one function of 800 lines is
 * slow for V8 to optimise and is recompiled whole on every deopt. Same order of checks, same result.
 */
function classifyCounts(
  inp: CueInput,
  before: string,
  afterRaw: string,
  sentence: string,
  after: string,
  lead: number,
): Cue | null {
  const { f, q, sentStart, sentEnd } = inp;
  const at = (n: number) => q.end + lead + n;
  const a0 = after.charAt(0);
  let m: RegExpExecArray | null;
  // GPU hours: "7.38M GPU-hours", "5.0M H100-80GB GPU hours"
  const ofUnit = !!q.scale && after.startsWith('of ');
  m = !((ofUnit || may(a0, 'nhabgtc')) && (after.includes('hour') || after.includes('hr')))
    ? null
    : /^(?:(?:nvidia\s+)?(?:h100|h800|h200|a100|b200|gb200|tpu\w*)(?:[\s-]80gb)?[\s-]+)?(?:gpu|chip|accelerator|tpu)?[\s-]*(?:hours?|hrs?)\b/.exec(
        // "2,788 millions of GPU hours" (translated English): the "of" after a magnitude word
        ofUnit ? after.slice(3) : after,
      );
  if (
    m &&
    /gpu|chip|accelerator|tpu|h100|h800|a100|h200|b200/.test(m[0]) &&
    // "our whole evaluation used 2,000 GPU-hours": the cost of a test or a fine-tune, not of training
    !/\b(?:evaluation|evals?|inference|experiments?|benchmarking)\b[^.;\d]{0,30}$/.test(before)
  ) {
    return {
      metric: 'training_gpu_hours',
      unit: 'gpu_hours',
      quoteEnd: at(m[0].length + (ofUnit ? 3 : 0)),
    };
  }
  // "5 million hours of GPU time", "2.4 million hours of H100 compute" (translated: "hours of GPU H100")
  m = !(a0 === 'h' && !q.percent && !q.currency && q.value >= 1e5)
    ? null
    : /^(?:hours?|hrs?)\s+of\s+(?:nvidia\s+)?(?:(?:h100|h800|h200|a100|b200|gb200)(?:[\s-]80gb)?(?:\s+gpus?)?|(?:gpus?|accelerators?|tpus?)(?:\s+(?:h100|h800|h200|a100|b200))?)(?:\s+(?:time|compute))?(?![\w-])/.exec(
        after,
      );
  if (m && !/\b(?:evaluation|evals?|inference|experiments?|benchmarking)\b[^.;\d]{0,30}$/.test(before))
    return { metric: 'training_gpu_hours', unit: 'gpu_hours', quoteEnd: at(m[0].length) };
  // GPUs: "100,000 H100 GPUs", "32,000 GPUs", "2,048 H800s"
  m = !(!q.percent && Number.isInteger(q.value) && q.value >= 8 && may(a0, 'nhabgvtcsd'))
    ? null
    : /^(?:nvidia\s+)?(?:(?:specialis|specializ|dedicat)ed\s+)?(?:(?:h100|h800|h200|a100|b200|gb200|v100|tpu\s?v?\d*[a-z]?)s?(?:[\s-]80gb)?(?:\s+(?:gpus|chips|accelerators))?|gpus|tpus|chips|accelerators)\b/.exec(
        after,
      );
  if (
    m &&
    !q.percent &&
    Number.isInteger(q.value) &&
    q.value >= 8 &&
    // "runs well over 100,000 GPUs across its data centres": a company's fleet, not one training run
    (!/^[^.;]{0,30}\b(?:across (?:its|their|the company's)|data cent(?:er|re)s|in reserve)\b/.test(
      after.slice(m[0].length),
    ) ||
      // ("trained on 50,000 H100s spread over several data centers" is still one run)
      TRAIN_CUE.test(before)) &&
    (TRAIN_CUE.test(sentence) ||
      /(?:gpu|h800|h100|a100|h200|b200)[\s-]?(?:hours|hrs)|\bflops?\b/.test(sentence) ||
      // "DeepSeek reports 2,048 H800s" right after a sentence about training
      (/^(?:nvidia\s+)?[abhv]\d00/.test(m[0]) &&
        TRAIN_CUE.test(f.slice(Math.max(0, sentStart - 160), sentStart))))
  ) {
    return { metric: 'training_gpus', unit: 'gpus', quoteEnd: at(m[0].length) };
  }
  // Compute: "4.08e24 FLOP", "2.2 x 10^24 FLOPs"
  m = !(q.value >= 1e18 && may(a0, 'tf'))
    ? null
    : /^(?:total\s+)?(?:training\s+)?(?:flops?|floating[\s-]point operations)\b(?!\s*\/\s*s|\s*per)/.exec(
        after,
      );
  // "10²⁵ FLOP thresholds", "a 10^26 FLOP reporting limit": a regulatory line, no model's compute
  if (
    m &&
    /^\s*(?:reporting\s+)?(?:thresholds?|limits?|caps?|cutoffs?|bars?|triggers?)\b/.test(
      after.slice(m[0].length),
    )
  )
    return null;
  if (m && q.value >= 1e18) return { metric: 'training_compute', unit: 'flop', quoteEnd: at(m[0].length) };
  // "Epoch's estimate is slightly lower, at 3.35 × 10²⁵": a bare power of ten of that size, in a sentence
  // about an estimate or compute, counts FLOP (no other quantity of a model reaches 10²¹)
  if (
    q.scientific &&
    q.value >= 1e21 &&
    !q.percent &&
    !q.currency &&
    /^\s*(?:[.,;:)]|$|(?:and|but|while|whereas|for|according|per|by|in)\b)/.test(after) &&
    (/\b(?:estimat\w*|compute|flops?|budget)\b/.test(sentence) ||
      // (or the sentence before, for "X at roughly 2.2 × 10²⁴": "... at 5.18 × 10²⁵ FLOP. The others: X at ...")
      (/\bat\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|~\s*)?$/.test(before) &&
        /\b(?:estimat\w*|compute|flops?)\b/.test(f.slice(Math.max(0, sentStart - 200), sentStart)))) &&
    !/\b(?:thresholds?|rules?|regulat\w*|law|act)\b/.test(sentence)
  )
    return { metric: 'training_compute', unit: 'flop', quoteEnd: q.end };
  // "measured in FLOP ...: Epoch AI estimates GPT-4o took about 3.8 × 10²⁵ of them": the FLOP just named
  if (
    q.value >= 1e20 &&
    !q.percent &&
    !q.currency &&
    a0 === 'o' &&
    /^of them\s*(?:[.,;)]|$)/.test(after) &&
    /\bflops?\b/.test(f.slice(sentStart, q.start))
  )
    return { metric: 'training_compute', unit: 'flop', quoteEnd: q.end };

  // Downloads
  m = !(!q.percent && may(a0, 'tcd')) ? null : /^(?:total\s+|cumulative\s+)?downloads\b/.exec(after);
  if (m && !q.percent && !/\bapps?\b|app store|play store/.test(sentence))
    return { metric: 'downloads', unit: 'downloads', quoteEnd: at(m[0].length) };
  // "The consumer app ... was downloaded 1.6 million times": app installs, not model downloads
  // "Downloads last month 1,204,311" (model hub counters)
  if (
    !q.percent &&
    !q.currency &&
    Number.isInteger(q.value) &&
    q.value >= 100 &&
    before.includes('downloads') &&
    (/\bdownloads(?:\s+(?:last|this|past|in the last)\s+(?:month|week|year|30 days))?\s*:?\s*$/.test(
      before,
    ) ||
      // "HF downloads for the Instruct model are already at 40k+"
      /\bdownloads\b[^.;\d]{0,40}\b(?:are|is|were|was|stand|stands|sit|sits|hit|reached|passed|topped|crossed)\s+(?:already\s+|now\s+)?(?:at\s+)?(?:over\s+|more than\s+|nearly\s+|about\s+)?$/.test(
        before,
      ) ||
      // "Hub downloads in the first week: Scout at over 500,000 and Maverick at around 210,000"
      DOWNLOADS_LIST.test(before)) &&
    !/\bapps?\b|app store|play store/.test(sentence)
  )
    return { metric: 'downloads', unit: 'downloads', quoteEnd: q.end };
  if (
    !q.percent &&
    after.startsWith('times') &&
    (/\b(?:download(?:ed|s)?|fetched)\b[^.;]{0,25}$/.test(before) ||
      // "pulled 2 million times" counts downloads only on a model hub
      (/\bpulled\b[^.;]{0,25}$/.test(before) &&
        // (or a model's weights: "X's weights have been pulled 800,000 times")
        /hugging ?face|ollama|\bhub\b|\bmirrors?\b|\bweights\b/.test(sentence))) &&
    /^times\b/.test(after) &&
    !q.percent &&
    !/\bapps?\b|app store|play store/.test(f.slice(Math.max(0, sentStart - 200), sentEnd))
  )
    return { metric: 'downloads', unit: 'downloads', quoteEnd: at(5) };

  // "14.8 trillion diverse, high-quality tokens": a training set described on the way to its unit
  if (!q.percent && !q.currency && q.value >= 1e11 && may(a0, 'abcdefghijklmnopqrstuvwxyz')) {
    // (also "14.8 trillion diverse and high-quality tokens": an "and" between two adjectives)
    const adj = /^((?:[a-z][a-z-]*,?\s+){1,4})tokens\b/.exec(after);
    if (
      adj &&
      !/\b(?:of|per|in|for|or|output|input|context|thinking|reasoning|parameters?|params|experts?|gpus?)\b|^and\b|\band\s+$/.test(
        adj[1],
      ) &&
      (!adj[1].includes('and') || /^[a-z-]+,?\s+and\s+[a-z-]+\s+$/.test(adj[1]))
    )
      return { metric: 'training_tokens', unit: 'tokens', quoteEnd: at(adj[0].length) };
  }
  // Context window vs training tokens
  m = !(!q.percent && (q.scale === 'k' || q.scale === 'm' || q.value >= 1000) && may(a0, 't-cw'))
    ? null
    : /^(?:tokens?\s+(?:of\s+)?|token\s+|-token\s+)?(?:context(?:[\s-](?:window|length|size))?|window)\b/.exec(
        after,
      );
  if (m && !q.percent && (q.scale === 'k' || q.scale === 'm' || q.value >= 1000)) {
    return { metric: 'context_window', unit: 'tokens', quoteEnd: at(m[0].length) };
  }
  m = !(a0 === 't' && !q.percent && q.value >= 1000) ? null : /^tokens?\b/.exec(after);
  if (m && !q.percent && q.value >= 1000) {
    const rest = after.slice(m[0].length);
    let end = m[0].length;
    const of =
      /^\s+(?:of\s+)?(?:(?:training|pre-?training|multilingual|high-quality|diverse|text|code|web)\s+)*(?:data|text|training data|tokens)\b/.exec(
        rest,
      );
    // "it reads 128k tokens per request": what one request may hold is the window
    const perRequest =
      /^\s*per\s+(?:request|query)\b/.test(rest) &&
      /\b(?:reads?|accepts?|handles?|takes?|supports?|ingests?)\s+(?:up to\s+|as many as\s+)?$/.test(before);
    if (
      !perRequest &&
      /^\s*(?:(?:per|\/|a|an|each)\s*(?:second|sec|s\b|minute|hour|day|week|month|user|request|query|dollar)|\/s\b)/.test(
        rest,
      )
    )
      return null;
    if (/\b(?:at|@)\s*$/.test(before) && /%|\d\.\d/.test(before.slice(-30))) return null;
    const trainNear = TRAIN_CUE.test(before) || TRAIN_CUE.test(rest.slice(0, 40)) || !!of;
    const ctxNear = /\bcontext\b|\bwindow\b/.test(sentence) || CONTEXT_CUE.test(before.slice(-40));
    const disq =
      TOKEN_DISQUALIFY.test(before.slice(-30)) ||
      (!perRequest && /^\s*(?:of\s+)?(?:output|generated|per)/.test(rest)) ||
      /^\s+of\s+(?:a|an|the|thinking|reasoning|input|prompts?|stor(?:y|ies)|documents?|books?|novels?|code|conversation|chat|history|transcripts?)\b/.test(
        rest,
      ) ||
      // "$0.70 per 1M tokens" is a rate; "a 900,000-token prompt" sizes one input;
      // "prices shown for prompts up to 128K tokens" is a pricing tier
      /\$|\bper\s*$/.test(before.slice(-30)) ||
      // "a tenth of a cent for a thousand tokens": the amount a price buys, not a window
      /\b(?:cents?|dollars?|pennies|penny|pence|euros?)\s+(?:for|per)\s+(?:an?\s+|one\s+|every\s+|each\s+)?$/.test(
        before.slice(-40),
      ) ||
      (f[q.end] === '-' &&
        /^\s*(?:prompts?|inputs?|requests?|documents?|queries|files?|dumps?|excerpts?|passages?|transcripts?|chunks?|stor(?:y|ies)|books?|novels?|texts?|threads?|conversations?|haystacks?|contracts?|reports?|pdfs?|codebases?|manuscripts?)\b/.test(
          rest,
        )) ||
      // "a 64K-token thinking budget", "64K tokens of reasoning": a budget for output, not the window
      /^\s*(?:of\s+)?(?:(?:extended\s+)?thinking|reasoning|output)?\s*budgets?\b|^\s*(?:of\s+)?(?:thinking|reasoning)\b/.test(
        rest,
      ) ||
      /\bbudget\s+(?:of\s+)?(?:up to\s+)?$/.test(before) ||
      // "decides to think for 20,000 tokens", "wrote 3,000 tokens": what one answer spends, not the window
      SPENT_TOKENS.test(before) ||
      // "requests longer than 328K tokens are rejected": a host's cut-off for one input
      /\b(?:prompts?|inputs?|requests?|queries|documents?|contexts?)\s+(?:longer|larger|bigger|shorter|smaller)\s+than\s*$/.test(
        before,
      ) ||
      // "the first 1M tokens free": a promotion's allowance
      /^\s*(?:free|for free|included)\b/.test(rest) ||
      // "1,000 tokens ≈ 750 words": a unit conversion, not anyone's window
      /^\s*(?:≈|=|~|is\s+(?:about|roughly|around)\s)\s*\d[\d,.]*\s*(?:english\s+)?(?:words|pages)\b/.test(
        rest,
      ) ||
      // "the median prompt is 6,000 tokens": the size of one input, not the model's window
      /\b(?:prompts?|inputs?|requests?|queries|documents?|conversations?)\s+(?:is|are|was|were|averages?|runs?)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?$/.test(
        before,
      ) ||
      (/\bprompts?\s+(?:up to|over|above|under|longer than|of)\s*$/.test(before) &&
        /\bpric|\$/.test(sentence));
    if (trainNear && (q.value >= 1e11 || !ctxNear)) {
      if (of) end += of[0].length;
      return { metric: 'training_tokens', unit: 'tokens', quoteEnd: at(end) };
    }
    if (!disq && ctxNear && q.value <= 1e9)
      return { metric: 'context_window', unit: 'tokens', quoteEnd: at(end) };
    if (q.value >= 1e12 && !disq) return { metric: 'training_tokens', unit: 'tokens', quoteEnd: at(end) };
    // "Meta lists 1 million tokens for Maverick": a token count of this size is a context length
    if (
      !disq &&
      !trainNear &&
      q.value >= 1000 &&
      q.value <= 2e8 &&
      (perRequest || !/^\s*(?:of\s+)?(?:output|generated|per)/.test(rest))
    )
      return { metric: 'context_window', unit: 'tokens', quoteEnd: at(end) };
    return null;
  }
  // "context window of 10M", "context length: 128K"
  if (
    !q.percent &&
    (q.scale === 'k' || q.scale === 'm') &&
    HAS_DIGIT_Q.test(f.slice(q.start, q.end)) &&
    (/\b(?:context(?:[\s-](?:window|length|size))?|effective (?:context )?length|effective context)\b[^.;\d]{0,40}$/.test(
      before,
    ) ||
      // "claims 1M and manages an effective 4K"
      /\b(?:an?|its|their|the)\s+effective\s+(?:~\s*)?$/.test(before))
  ) {
    return { metric: 'context_window', unit: 'tokens', quoteEnd: q.end };
  }
  // "NoLiMa found its effective length was about 1,000": a measured length is in tokens, unit elided
  if (
    !q.percent &&
    !q.currency &&
    !q.scale &&
    q.decimals === 0 &&
    q.value >= 500 &&
    q.value <= 1e7 &&
    /\beffective\s+(?:context\s+)?(?:length|context|window)\b[^.;\d]{0,30}\b(?:is|was|of|at|to be|as|around|near)\s+(?:(?:about|around|roughly|nearly|approximately|only|just|some|under|below)\s+)?$/.test(
      before,
    ) &&
    !/^(?:words?|pages?|characters?|lines?|bytes?|ms|seconds?)\b/.test(after)
  )
    return { metric: 'context_window', unit: 'tokens', quoteEnd: q.end };
  // "trained on 40T" (no unit word)
  if (
    (q.scale === 't' || q.scale === 'b') &&
    /\btrained on\s*(?:up to|over|about|around|roughly|nearly|more than)?\s*$/.test(before)
  )
    return { metric: 'training_tokens', unit: 'tokens', quoteEnd: q.end };

  return classifyScores(inp, before, afterRaw, sentence, after, lead);
}

/** The rest of classifyRaw: Elo ratings and benchmark scores. */
function classifyScores(
  inp: CueInput,
  before: string,
  afterRaw: string,
  sentence: string,
  after: string,
  lead: number,
): Cue | null {
  const { f, q, sentStart } = inp;
  const at = (n: number) => q.end + lead + n;
  const a0 = after.charAt(0);
  let m: RegExpExecArray | null = null;
  // Arena Elo
  m = !(isElo(q) && may(a0, 'eap'))
    ? null
    : /^(?:elo|arena\s+(?:elo|score|rating)|points?\s+(?:on|in)\s+(?:the\s+)?(?:lmarena|lmsys|chatbot arena|arena))\b/.exec(
        after,
      );
  // "a Codeforces Elo of 2029": another benchmark's Elo (the word before "elo" names it)
  // (a sentence without "elo" cannot name one: skip both scans; read only for an Elo-sized figure)
  const otherElo =
    !isElo(q) || !sentence.includes('elo')
      ? null
      : (/\b([a-z][a-z0-9-]{2,})\s+\(?elo\b/.exec(sentence) ??
        /\b([a-z][a-z0-9-]{2,})\s+\(?elo\b/.exec(afterRaw));
  const foreignElo = !!otherElo && !ELO_OWNERS.test(otherElo[1]) && !/arena|lmsys/.test(sentence);
  if (m && isElo(q) && !foreignElo) {
    return {
      metric: 'arena_elo',
      unit: 'elo',
      quoteEnd: at(/^elo/.test(m[0]) ? 3 : m[0].length),
      benchmark: inp.arenaName,
      setting: settingNear(sentence),
    };
  }
  if (
    isElo(q) &&
    !foreignElo &&
    /\b(?:elo|arena (?:score|rating)|elo score|elo rating)\b[^.;\d]{0,25}$/.test(before) &&
    !RANK_BEFORE.test(before)
  ) {
    return {
      metric: 'arena_elo',
      unit: 'elo',
      quoteEnd: q.end,
      benchmark: inp.arenaName,
      setting: settingNear(sentence),
    };
  }

  // Arena scores in a paragraph about the arena: "holds first place at 1439", "DeepSeek-V3-0324 (1369)"
  const arenaHere = inp.benchmarks.some((b) => b.name === inp.arenaName) || inp.arenaBlock;
  if (
    arenaHere &&
    isElo(q) &&
    // "its effective length was about 1,000": the figure is the value of another measure the clause names
    !OTHER_MEASURE_IS.test(before) &&
    q.value >= 1000 &&
    q.value <= 1700 &&
    q.decimals <= 1 &&
    !RANK_BEFORE.test(before) &&
    // "1338 points" is an arena unit only here, where the arena is named
    (!SCORE_AFTER_REJECT.test(afterRaw) || /^\s*points\b/.test(afterRaw)) &&
    !/^\s*(?:-|to|and)\s*\d/.test(afterRaw) &&
    !ARENA_COUNT_AFTER.test(afterRaw) &&
    // (also "drops to about 1307", "stayed around 1265", "sitting at roughly 1290")
    (/(?:\bat|\bof|\bto|\bscor\w*|\bwith(?: a)?|\brating|\bhits?|\breach\w*|\bfrom|:|\(|\bis|\bwas|\bvs\.?|\bversus|\bagainst|,|\bstay(?:s|ed)?|\bremain(?:s|ed)?|\bhover(?:s|ed|ing)?|\bposts?|\bposted|\bcame in|\bcomes in|\brated|\brates|\bits|'s)\s*(?:(?:about|around|roughly|nearly|approximately|only|just)\s+)?$/.test(
      before,
    ) ||
      // "The 1417 was for <the experimental checkpoint>": a figure the sentence then assigns
      (/\bthe\s+$/.test(before) &&
        /^(?:\s+[a-z]+){0,4}?\s+(?:was|is|belongs|belonged)\s+(?:for|from|to)\s/.test(afterRaw)) ||
      inp.modelJustBefore ||
      /^\s*(?:rating|score|points|elo)\b/.test(afterRaw) ||
      inp.benchmarks.some((b) => b.name === inp.arenaName))
  ) {
    return {
      metric: 'arena_elo',
      unit: 'elo',
      quoteEnd: q.end,
      benchmark: inp.arenaName,
      setting: settingNear(sentence),
    };
  }

  // Refusal rate ("45% fewer refusals" is a relative change, not a rate)
  if (
    q.percent &&
    !/^\s*(?:fewer|more|less|lower|higher|drop|reduction|decrease|increase)\b/.test(afterRaw) &&
    (/\brefus\w*/.test(sentence) ||
      // "GPT-4o declined roughly 3% of our tickets": declining a share of requests is refusing them
      (DECLINED_BEFORE.test(before) &&
        !MEASURE_DECLINED.test(before) &&
        /^\s*of\s+(?:the\s+|our\s+|all\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?(?:requests?|prompts?|queries|questions|tickets?|tasks?|messages?|inputs?|conversations?|chats?)\b/.test(
          afterRaw,
        )) ||
      // "Refusal rates are the number nobody checks. Meta says X went from 7% to under 2%": a change in the
      // rate the sentence before named (no benchmark in this one)
      (!inp.benchmarks.length &&
        f.slice(Math.max(0, sentStart - 200), sentStart).includes('refus') &&
        /\b(?:went|fell|dropped|declined|drops?|falls?|cut|reduced|lowered|down)\s+(?:[a-z]+\s+)?(?:from|to)\s+(?:under\s+|below\s+|about\s+|around\s+|just\s+|only\s+)?$/.test(
          before,
        ) &&
        !/\b(?:price|cost|score|share|revenue|latency|usage|traffic|stock|bill|error|accuracy)s?\b/.test(
          sentence,
        ) &&
        /\brefus\w*/.test(f.slice(Math.max(0, sentStart - 200), sentStart)))) &&
    // "refused 94% of harmful requests, while solving 52.2% of SWE-bench Verified": that one is a score
    !inp.benchmarks.some(
      (b) =>
        b.start >= q.end &&
        b.start - q.end <= 30 &&
        /^\s*(?:of|on|in)\s+(?:the\s+)?$/.test(f.slice(q.end, b.start)),
    )
  ) {
    return { metric: 'refusal_rate', unit: '%', quoteEnd: q.end };
  }

  // Score in a paragraph that already named the benchmark: "Claude 3.7 Sonnet is at 60.4%"
  if (
    !inp.benchmarks.length &&
    inp.paragraphBenchmark &&
    !OTHER_RATE.test(before) &&
    (q.percent || (q.decimals > 0 && q.value <= 100)) &&
    !q.scale &&
    !RANK_BEFORE.test(before) &&
    // ("solved 20.6% of problems" is a score; "20 problems" is not)
    !(SCORE_AFTER_REJECT.test(afterRaw) && !(q.percent && /^\s*of\b/.test(afterRaw))) &&
    // (also "Meta reports 69.8", "quoted 15.6%", "the gap is wider: 57.2", "at between 51 and 53",
    // "Meta says 57.2", "the card lists 80.5", "solved 20.6%")
    (/(?:\b(?:scor\w*|gets?|got|at|reach\w*|hit\w*|achiev\w*|post\w*|manag\w*|measured|claim\w*|report\w*|quot\w*|cit\w*|says|said|lists?|listed|puts?|solv\w*|answer(?:s|ed)|complet(?:es|ed)|pass(?:es|ed)|resolv(?:es|ed)|keeps?|kept|retain\w*|holds?|is|was|of|with|found|finds|gave|gives|yield(?:s|ed)?|recorded|showed|shows|(?:fell|falls?|fallen|dropped|drops?|rose|rises?|risen|climbed|climbs?|jumped|improved|slipped|declined|sank|slid|moved|grew) to)|:|\s-)\s*(?:only\s+|just\s+|between\s+|around\s+|about\s+|roughly\s+|nearly\s+)?$/.test(
      before,
    ) ||
      // "a few points under Meta's (own) 74.3", "HELM's run gives DeepSeek-V3 87.2", "better at 120k (62.5)"
      /\b[a-z]{2,}'s\s+(?:own\s+)?$|\bat\s+\d+k\s*\(\s*$|\b(?:gives?|gave|puts?|has|had|shows?|lists?)\s+x{3,}\s+$/.test(
        before,
      ) ||
      qualifiedScore(afterRaw) ||
      RAISED_TO.test(before))
  ) {
    const b = inp.paragraphBenchmark;
    if (b.name !== inp.arenaName)
      return {
        metric: 'benchmark_score',
        unit: q.percent || q.value > 1 ? '%' : undefined,
        quoteEnd: q.end,
        benchmark: b.name,
        setting: findSetting(sentence),
      };
  }

  // "DeepSeek-V3-0324 landed at 0.676" after a paragraph on one benchmark: a score verb and a
  // score-shaped figure (a percentage, a fraction, or a decimal of 10 or more)
  if (
    !inp.benchmarks.length &&
    !inp.paragraphBenchmark &&
    inp.carriedBenchmark &&
    !q.scale &&
    (q.percent
      ? q.value <= 100
      : q.decimals >= 2
        ? q.value < 1 || (q.value >= 10 && q.value <= 100)
        : q.decimals === 1 && q.value >= 10 && q.value <= 100) &&
    (CARRIED_VERB.test(before) || qualifiedScore(afterRaw) || RAISED_TO.test(before)) &&
    !RANK_BEFORE.test(before) &&
    !OTHER_RATE.test(before) &&
    !(SCORE_AFTER_REJECT.test(afterRaw) && !(q.percent && /^\s*of\b/.test(afterRaw)))
  )
    return {
      metric: 'benchmark_score',
      unit: q.percent || q.value > 1 ? '%' : undefined,
      quoteEnd: q.end,
      benchmark: inp.carriedBenchmark.name,
      setting: findSetting(sentence),
    };

  // Benchmark scores
  if (inp.benchmarks.length) {
    if (RANK_BEFORE.test(before)) return null;
    // "the hallucination rate on the same test was 61.8%": another measure than the benchmark's score
    if (OTHER_RATE.test(before)) return null;
    if (SCORE_AFTER_REJECT.test(afterRaw) && !(q.percent && /^\s*of\b/.test(afterRaw))) return null;
    if (q.scale || q.currency) return null;
    const b = pickBenchmark(inp);
    if (!b) return null;
    if (b.name === inp.arenaName) {
      if (isElo(q) && !ARENA_COUNT_AFTER.test(afterRaw))
        return {
          metric: 'arena_elo',
          unit: 'elo',
          quoteEnd: q.end,
          benchmark: b.name,
          setting: settingNear(sentence),
        };
      return null;
    }
    const isYear = !q.percent && q.decimals === 0 && q.value >= 1900 && q.value <= 2100;
    if (isYear) return null;
    const plausible = q.percent
      ? q.value <= 100
      : q.decimals > 0 || q.low !== undefined
        ? q.value <= 100
        : q.value <= 100 &&
          /\b(?:scor\w*|gets?|got|reach\w*|hit\w*|achiev\w*|post\w*|of|at|with|in the|around|about|roughly|:|=)\s*$/.test(
            before,
          );
    if (!plausible) return null;
    const src = inp.fOrig ?? f;
    const local = src.slice(Math.min(b.start, q.start), Math.max(b.end, q.end) + 30);
    return {
      metric: 'benchmark_score',
      unit: q.percent || q.value > 1 ? '%' : undefined,
      quoteEnd: q.end,
      benchmark: b.name,
      setting: findSetting(local),
    };
  }
  return null;
}

function settingNear(sentence: string): string | undefined {
  return /\bstyle[\s-]control/.test(sentence) && !NO_STYLE.test(sentence) ? 'style control' : undefined;
}
/** "(overall, no style control)", "without style control", "(style control off)": the plain leaderboard, not the adjusted one. */
const NO_STYLE =
  /\b(?:no|without|w\/o|non)[\s-](?:the\s+)?style[\s-]control|\bstyle[\s-]control\s*(?::\s*|=\s*)?(?:off|disabled|removed)\b/;

export const _test = { pickBenchmark };
