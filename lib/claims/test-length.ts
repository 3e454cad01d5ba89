/**
 * The length a long-context test was run at, read as a window: "At a shorter 8,000 tokens the order
 * was different, with X on 52.8 per cent", "on Fiction.LiveBench at 120,000 tokens it scores 27.3
 * percent". A token count after "at" in a sentence that reports scores is the test's setting; a window
 * is what a model has ("tops out at 10M tokens" — no score in its sentence — stays a window).
 */
import type { Claim } from './types';

const AT_BEFORE =
  /\bat\s+(?:a\s+|an\s+|the\s+)?(?:(?:shorter|longer|full|mere|modest|context\s+length\s+of)\s+)?~?$/i;
/** A verb that makes "at N" the window's own size ("tops out at", "caps at", "maxes out at", "is at"). */
const WINDOW_VERB_BEFORE =
  /\b(?:tops?\s+out|maxe?s?\s+out|caps?|capped|limited|stands?|sits?|is|are|was|were|set|rated|advertised|listed|priced|comes?\s+in)\s+(?:out\s+)?at\s+(?:a\s+|an\s+)?~?$/i;
const SCORE_IN_SENTENCE = /\d\s*(?:%|per\s*cent\b|percent\b)|\b(?:per\s*cent|percent|scor\w+|accura\w+)\b/i;

export function isTestLength(text: string, bStart: number, bEnd: number, c: Claim): boolean {
  if (c.metric !== 'context_window' || c.context !== 'prose') return false;
  const head = text.slice(Math.max(bStart, c.start - 60), c.start);
  if (!AT_BEFORE.test(head) || WINDOW_VERB_BEFORE.test(head)) return false;
  // "puts its effective length at 1K": a window (or effective length) named before the "at"
  if (c.setting || /\b(?:length|window|context|limit)\b[^.;,]{0,30}$/i.test(head)) return false;
  // the figure's sentence
  const before = text.slice(bStart, c.start);
  const sStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = text.slice(c.end, bEnd);
  const m = /[.!?](?:\s|$)/.exec(after);
  const sentence = before.slice(sStart + 1) + ' ' + after.slice(0, m ? m.index : after.length);
  return SCORE_IN_SENTENCE.test(sentence.replace(/\bcontext\b/gi, ''));
}
