/**
 * The setting of one score, read from its own clause, when a sentence gives several:
 * "scores 52.8 at 8k but only 34.4 at 120k", "with thinking on scores 0.797, while the same model
 * with thinking off gets 0.660", "hits 64.9% with a 32k thinking budget versus 60.4% without",
 * "62.3% in standard mode, and 70.3% with their custom scaffold".
 * `thinking` tells the engine the score is the thinking mode's (its child model, if it has one).
 */
import { lengthSetting } from './length-setting';

export interface ScoreSetting {
  setting?: string;
  thinking?: boolean;
}

const BREAK = /[,;:()]|\b(?:while|whereas|but|versus|vs\.?|against|than|and)\b/g;

/** The clause around [qs, qe) inside [s, e): from the last break before to the first break after. */
function clause(f: string, s: number, e: number, qs: number, qe: number): [string, string] {
  let from = s;
  BREAK.lastIndex = 0;
  const head = f.slice(s, qs);
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(head))) {
    // "at 120k (62.5)": the bracket right before the figure does not break its clause
    if (m[0] === '(' && /^\s*$/.test(head.slice(m.index + 1))) continue;
    from = s + m.index + m[0].length;
  }
  const tail = f.slice(qe, e);
  BREAK.lastIndex = 0;
  let to = e;
  while ((m = BREAK.exec(tail))) {
    if (m[0] === ')' && /^\s*$/.test(tail.slice(0, m.index))) continue;
    to = qe + m.index;
    break;
  }
  const pre = f.slice(from, qs);
  // "at 120k (62.5)": the setting stands before the bracketed figure
  const bracket = /\bat\s+(\d+k)\s*\(\s*$/.exec(f.slice(Math.max(s, qs - 16), qs));
  return [bracket ? `${pre} at ${bracket[1]}` : pre, f.slice(qe, to)];
}

export function scoreSetting(
  f: string,
  sentence: string,
  s: number,
  e: number,
  qs: number,
  qe: number,
): ScoreSetting {
  // "With thinking on it reaches 64.9%; without, 60.4%": the part after the semicolon is its own
  // sentence here, so the mode is read from the part before it
  if (
    /^\s*without\s*[,:]\s*$/.test(f.slice(s, qs)) &&
    /;\s*$/.test(f.slice(Math.max(0, s - 4), s)) &&
    /\bthinking\b(?:(?!\.\s)[^;])*;\s*$/.test(f.slice(Math.max(0, s - 200), s))
  )
    return { setting: 'no thinking' };
  const hasThinking = sentence.includes('thinking');
  const hasK = /\d+k\b|\d,000[\s-]token/.test(sentence);
  if (!hasThinking && !hasK && !sentence.includes('mode') && !sentence.includes('scaffold')) return {};
  const [pre, post] = clause(f, s, e, qs, qe);
  const local = `${pre} # ${post}`;
  const out: ScoreSetting = {};
  if (hasThinking) {
    const budget = /\b(\d+k)(?:[\s-]tokens?)?[\s-]thinking(?:\s+(?:budget|tokens?))?\b/.exec(local);
    if (
      /\b(?:without|w\/o|no|non)[\s-](?:extended[\s-])?thinking\b|\bthinking\s+(?:off|disabled)\b/.test(local)
    )
      out.setting = 'no thinking';
    else if (budget) {
      out.setting = `${budget[1]} thinking`;
      out.thinking = true;
    } else if (/\b(?:with|using)\s+(?:extended\s+)?thinking\b|\bthinking\s+(?:on|enabled|mode)\b/.test(local))
      out.thinking = true;
    // "64.9% versus 60.4% without", "up from 0.660 without it": a bare "without" after the figure,
    // "...; without, 60.4%" before it, in a sentence about thinking
    else if (
      /^\s*%?\s*without\b(?!\s+(?!(?:it|them)\b)[a-z])/.test(post) ||
      /,\s*without\s*[,:]?\s*$/.test(f.slice(s, qs))
    )
      out.setting = 'no thinking';
    // "ran it with no thinking and got 0.522": the sentence's one mode, before its first figure
    else if (
      /\b(?:without|w\/o|no|non)[\s-](?:extended[\s-])?thinking\b(?![^\d]*\b(?:with|but|while|whereas|versus|vs)\b)[^\d]*$/.test(
        f.slice(s, qs),
      ) &&
      !/\bwith\s+(?:extended\s+)?thinking\b|\d/.test(f.slice(qe, e))
    )
      out.setting = 'no thinking';
  }
  if (!out.setting && hasK) {
    const at = /\bat\s+(\d+k)\b/.exec(post) ?? /\bat\s+(\d+k)\s*$/.exec(pre);
    // "On Fiction.LiveBench at 120k tokens, Scout scored 27.3%": the sentence's only length setting
    const only = at ? null : sentence.match(/\bat\s+\d+k\b/g);
    if (at) out.setting = at[1];
    else if (only?.length === 1) out.setting = /\d+k/.exec(only[0])![0];
    // "with 120k tokens", "about a 120,000-token story": the sentence's one length, written "120k"
    else if (!only) out.setting = lengthSetting(sentence);
  }
  if (!out.setting) {
    if (/\bin\s+(?:its\s+|the\s+)?standard\s+mode\b/.test(local)) out.setting = 'standard';
    else if (/\bcustom\s+scaffold/.test(local)) out.setting = 'custom scaffold';
  }
  return out;
}
