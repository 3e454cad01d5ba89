/**
 * A cue was found, but the figure's own phrase says it measures something else: a relative change
 * ("45% fewer refusals"), an output cap ("Output is a separate limit: up to 64K tokens"), the size of
 * a document the writer fed in ("his 300-page PDF test (roughly 150,000 tokens)"), a spelled-out
 * echo of the figure just given ("...at 1K. One thousand tokens."), or a value no model could have
 * for that metric (a "400B" context window, a "117,000" arena rating). Checked once per cued figure
 * on short slices, after every way of reaching a cue (parallel phrases included). Also a download
 * count summed over a line of models, tokens stuffed "into" something, and a host's window set
 * against what "the model supports", and a round power of ten in a sentence about a rule (a legal line).
 */
import type { Metric } from '../factbase/metrics';
import type { Quantity } from './parse-quantity';

/** "45% fewer refusals", "12 percent higher than": a change relative to something, not a level. */
const RELATIVE_AFTER =
  /^\s*(?:fewer|more|less|lower|higher|smaller|larger|bigger|faster|slower|cheaper|costlier|better|worse)\b/;

/** "Output is a separate limit: up to", "max output of", "it outputs up to": the output side. */
const OUTPUT_SIDE =
  /\b(?:(?:max(?:imum)?\s+)?outputs?|completions?|responses?|replies)\b(?:\s+(?:is|are|limit|limits|cap|caps|capped|length|tokens?|max(?:imum)?)\b)?/g;
const INPUT_SIDE = /\b(?:context|window|input|inputs|prompt|prompts|reads?|accepts?|ingests?)\b/;
const WINDOW_AFTER = /^[\s-]*(?:tokens?\s+)?(?:of\s+)?(?:context|window)\b/;

/** "(roughly 150,000 tokens)" right after a document or test: the size of what the writer fed in. */
const DOC_PAREN_BEFORE =
  /\b(?:pdfs?|tests?|documents?|docs|files?|books?|novels?|reports?|manuals?|contracts?|transcripts?|codebases?|repos?|papers?|dumps?|corpus|logs?|manuscripts?|filings?|manifests?|emails?|tickets?|conversations?|chats?|threads?|prompts?|queries|requests?|inputs?|sessions?|pages?|chapters?|articles?|records?|invoices?|datasets?|samples?|traces?|spreadsheets?|slides?|decks?|recordings?|scripts?|specs?|specifications?)\s*\(\s*(?:about|around|roughly|maybe|perhaps|some|approx\.?|approximately|circa|ca\.|c\.|e\.g\.|~|≈)?\s*$/;

/** A whole sentence that is only a spelled-out number and its unit: "One thousand tokens." */
const SPELLED_FRAGMENT =
  /^\s*(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred|thousand|million|billion|a|and)[\s-]+){1,5}(?:tokens?|parameters?|experts?)\s*[.!]?\s*$/;

/** "Llama models overall have passed 1.2 billion downloads": a figure summed over a line of models. */
const AGGREGATE_BEFORE =
  /\b(?:models|versions|releases|variants|checkpoints)\s+(?:overall|combined|together|altogether|in total)\b[^.;]{0,40}$/;
const AGGREGATE_AFTER =
  /^[^.;]{0,30}\bacross\s+(?:all|every)\s+(?:[a-z]+\s+){0,2}?(?:models|versions|releases|variants|checkpoints)\b/;

/** "Nobody is stuffing 10 million tokens into anything": what a user feeds in, not the window. */
const FED_BEFORE =
  /\b(?<!\b(?:can|could|will|would|may|might|to|lets? you|allows? you)\s)(?:stuff(?:s|ed|ing)?|fe(?:ed|eds|d|eding)|past(?:e|es|ed|ing)|dump(?:s|ed|ing)?|shov(?:e|es|ed|ing)|cram(?:s|med|ming)?|pour(?:s|ed|ing)?|throw(?:s|ing)?|threw|thrown)\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+|~\s*)?$/;
const INTO_AFTER = /^[\s-]*tokens?\b[^.;]{0,24}?\binto\b/;

/** "DeepSeek's API serves a 64K window even though the model supports 128K": the first is a host's. */
const MODEL_ITSELF_AFTER =
  /^[^.;]{0,40}\b(?:even though|although|though|while|whereas|but)\s+(?:the|this|that)\s+(?:underlying\s+)?model(?:\s+itself)?\s+(?:supports|handles|offers|has|allows|accepts|takes)\b/;

/** "the rule that applies at 10^25 FLOP": a round power of ten in a sentence about a rule is a legal line. */
const RULE_WORDS =
  /\b(?:thresholds?|rules?|regulat\w*|act|law|legislation|presum\w*|systemic|notif\w*|reporting|obligations?|limits?)\b/;
const ESTIMATE_BEFORE =
  /\b(?:estimat\w*|trained\s+(?:with|on|using)|used|uses|took|takes|needed|consumed|puts?|spent|lists?)\b[^.;]{0,25}$/;

function isRegulatoryLine(f: string, q: Quantity, s: number, e: number): boolean {
  const exp = Math.log10(q.value);
  if (Math.abs(exp - Math.round(exp)) > 1e-9) return false;
  return RULE_WORDS.test(f.slice(s, e)) && !ESTIMATE_BEFORE.test(f.slice(Math.max(s, q.start - 50), q.start));
}

function isOutputCap(f: string, q: Quantity, s: number): boolean {
  if (WINDOW_AFTER.test(f.slice(q.end, q.end + 24))) return false;
  const before = f.slice(Math.max(s, q.start - 60), q.start);
  if (
    !before.includes('out') &&
    !before.includes('complet') &&
    !before.includes('repl') &&
    !before.includes('respon')
  )
    return false;
  let last = -1;
  OUTPUT_SIDE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OUTPUT_SIDE.exec(before))) last = m.index + m[0].length;
  // the output word is the nearest side named before the figure
  return last >= 0 && !INPUT_SIDE.test(before.slice(last));
}

export function measuresOther(f: string, q: Quantity, metric: Metric, s: number, e: number): boolean {
  if (q.percent && RELATIVE_AFTER.test(f.slice(q.end, q.end + 16))) return true;
  if (metric === 'arena_elo') return q.percent || q.value < 500 || q.value > 2500;
  if (metric === 'downloads')
    return (
      AGGREGATE_BEFORE.test(f.slice(Math.max(s, q.start - 80), q.start)) ||
      AGGREGATE_AFTER.test(f.slice(q.end, Math.min(e, q.end + 60)))
    );
  if (metric === 'training_compute') return isRegulatoryLine(f, q, s, e);
  if (metric !== 'context_window') return false;
  // no model's window runs to billions of tokens: "a 400B Maverick" is a parameter count
  if (q.value >= 1e9) return true;
  if (
    FED_BEFORE.test(f.slice(Math.max(s, q.start - 40), q.start)) &&
    INTO_AFTER.test(f.slice(q.end, q.end + 40))
  )
    return true;
  if (MODEL_ITSELF_AFTER.test(f.slice(q.end, Math.min(e, q.end + 90)))) return true;
  if (DOC_PAREN_BEFORE.test(f.slice(Math.max(s, q.start - 48), q.start))) return true;
  if (s > 0 && SPELLED_FRAGMENT.test(f.slice(s, e)) && /\d/.test(f.slice(Math.max(0, s - 120), s)))
    return true;
  return isOutputCap(f, q, s);
}

/** "91% acceptable answers", "88% of our tickets": a share of the writer's own items, not a benchmark score. */
const OWN_ITEMS_AFTER =
  /^\s*(?:of\s+(?:the\s+|our\s+|their\s+|my\s+|its\s+)?)?(?:[a-z-]+\s+){0,2}?(?:answers|responses|replies|tickets|queries|requests|cases|conversations|chats|calls|emails|customers|users)\b/;
/** "our own eval set", "our internal tests", "in-house": the writer's own evaluation. */
const IN_HOUSE =
  /\b(?:our|my|their)\s+(?:own\s+)?(?:internal\s+|in-house\s+|private\s+)?(?:evals?|evaluations?|eval(?:uation)?\s+sets?|test\s+sets?|tests|tickets|workloads?|data(?:set)?)\b|\bin-house\b|\binternal\s+(?:evals?|evaluations?|tests?|benchmarks?)\b/;

/**
 * A percentage in a sentence that names no benchmark of its own but counts the writer's own items
 * ("91% acceptable answers for GPT-4o") or speaks of an in-house evaluation: the benchmark of an
 * earlier sentence is not what it measures.
 */
export function ownEvalFigure(f: string, q: Quantity, s: number, e: number): boolean {
  return q.percent && (OWN_ITEMS_AFTER.test(f.slice(q.end, q.end + 40)) || IN_HOUSE.test(f.slice(s, e)));
}
