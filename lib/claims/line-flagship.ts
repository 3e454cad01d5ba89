/**
 * "outperforms Gemma 3 and GPT-4o mini": a model line named without its size ("Gemma 3") where the
 * sources list only sized members ("Gemma 3 1B", "… 4B", "… 27B"). As a comparison's yardstick the bare
 * line means its flagship, the largest member — that is the model a vendor's comparison chart shows and
 * the one a reader checks the claim against. Only for "<Brand> <version>" lines whose members are all
 * "<Brand> <version> <N>B" (space-separated sizes) and that no model, alias or family is called.
 */
import type { ModelMention } from './mentions';
import type { ModelDictionary, ModelRef } from './types';

const SIZED = /^([A-Z][A-Za-z]+ \d+(?:\.\d+)?) (\d+(?:\.\d+)?)B$/;

/** Lowercased line name → its largest member. */
export function buildLineFlagships(dict: ModelDictionary): Map<string, ModelRef> {
  const taken = new Set<string>();
  for (const m of dict.models) {
    taken.add(m.name.toLowerCase());
    for (const a of m.aliases) taken.add(a.text.toLowerCase());
  }
  for (const f of dict.families) {
    taken.add(f.name.toLowerCase());
    for (const a of f.aliases) taken.add(a.toLowerCase());
  }
  const best = new Map<string, { size: number; ref: ModelRef; n: number }>();
  for (const m of dict.models) {
    if (m.parent) continue;
    const s = SIZED.exec(m.name);
    if (!s) continue;
    const line = s[1].toLowerCase();
    if (taken.has(line)) continue;
    const size = Number(s[2]);
    const cur = best.get(line);
    if (!cur) best.set(line, { size, ref: { id: m.id, name: m.name }, n: 1 });
    else {
      cur.n++;
      if (size > cur.size) Object.assign(cur, { size, ref: { id: m.id, name: m.name } });
    }
  }
  const out = new Map<string, ModelRef>();
  for (const [line, b] of best) if (b.n >= 2) out.set(line, b.ref);
  return out;
}

/**
 * A bare line name at the start of `text` (folded), after optional "the": "gemma 3 and ", "gemma 3 on".
 * Not followed by a size, a digit or a name-continuing word ("Gemma 3n", "Gemma 3 27B", "Gemma 3-based").
 */
const LINE_AT = /^(\s*(?:the\s+)?)([a-z][a-z]+ \d+(?:\.\d+)?)(?![\w.-]|\s+\d|\s*-)/;

/** The flagship mention for a bare line name opening `f.slice(at)`, or null. */
export function lineObjectAt(
  f: string,
  at: number,
  end: number,
  flagships: Map<string, ModelRef>,
): ModelMention | null {
  if (!flagships.size) return null;
  const m = LINE_AT.exec(f.slice(at, Math.min(end, at + 40)));
  if (!m) return null;
  const ref = flagships.get(m[2]);
  if (!ref) return null;
  const start = at + m[1].length;
  return { start, end: start + m[2].length, ref, isFamily: false };
}

const WORD_AHEAD = /^[\s,]*[a-z'-]+(?=\s)/;
const JOINT_AHEAD = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+|\/\s*)/;

/**
 * A bare line name as a comparison object between `from` and `to`: the first object (after at most five
 * words the verb's object gap allows, `gapOk`) when `first`, else the next list item after a joint
 * ("GPT-4o mini and Gemma 3").
 */
export function lineObjectFrom(
  f: string,
  from: number,
  to: number,
  first: boolean,
  flagships: Map<string, ModelRef>,
  gapOk: (gap: string) => boolean,
): ModelMention | null {
  if (!flagships.size) return null;
  if (!first) {
    const j = JOINT_AHEAD.exec(f.slice(from, Math.min(to, from + 12)));
    return j ? lineObjectAt(f, from + j[0].length, to, flagships) : null;
  }
  let p = from;
  for (let k = 0; k <= 5 && p < to; k++) {
    const ln = lineObjectAt(f, p, to, flagships);
    if (ln) return gapOk(f.slice(from, ln.start)) ? ln : null;
    const w = WORD_AHEAD.exec(f.slice(p, Math.min(to, p + 40)));
    if (!w) return null;
    p += w[0].length;
  }
  return null;
}
