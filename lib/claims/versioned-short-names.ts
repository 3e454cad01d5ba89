/**
 * "up from 77.9% for 1.5 Flash", "it trails 2.0 Flash": writers drop a product line's first word
 * once the article has named it. A capitalised tier right after a version number is the model
 * "<Word> <version> <Tier>" when exactly one dictionary model has that tail and its first word
 * opens the name of a model mentioned recently (so "2.0 Flash" means Gemini only on a Gemini page).
 */
import type { ModelMention } from './mentions';
import type { ModelDictionary } from './types';

interface Candidate {
  prefix: string;
  ref: { id: string; name: string };
  family?: string;
}

export type VersionedTails = Map<string, Candidate[]>;

const VERSION = /^\d+(?:\.\d+)?$/;

export function versionedTails(models: ModelDictionary['models']): VersionedTails {
  const out: VersionedTails = new Map();
  for (const m of models) {
    const words = m.name.toLowerCase().split(' ');
    if (words.length < 3 || words.length > 4 || !VERSION.test(words[1]) || /\d/.test(words[0])) continue;
    const tail = words.slice(1).join(' ');
    const list = out.get(tail) ?? [];
    list.push({ prefix: words[0], ref: { id: m.id, name: m.name }, family: m.family });
    out.set(tail, list);
  }
  return out;
}

// version, then one or two words; the first must be capitalised in the original text
const SHORT_VERSIONED = /(?<![\w.-])(\d+(?:\.\d+)?) ([a-z][\w-]*)(?: ([\w-]+))?/g;

const DIGIT_SPACE_CAP = /\d [A-Z]/;

export function versionedShortNames(
  tails: VersionedTails,
  f: string,
  orig: string,
  s: number,
  e: number,
  models: ModelMention[],
  recent: ModelMention[],
): void {
  // (cheap look first: a digit, a space, a capital in the original text)
  if (!tails.size || !DIGIT_SPACE_CAP.test(orig.slice(s, e))) return;
  const seg = f.slice(s, e);
  SHORT_VERSIONED.lastIndex = 0;
  let added = false;
  for (let m = SHORT_VERSIONED.exec(seg); m; m = SHORT_VERSIONED.exec(seg)) {
    const start = s + m.index;
    const tierAt = start + m[1].length + 1;
    const c = orig.charAt(tierAt);
    if (c < 'A' || c > 'Z') continue;
    if (models.some((x) => x.start < start + m![0].length && x.end > start - 2)) continue;
    const options: [string, number][] = [];
    if (m[3]) options.push([`${m[1]} ${m[2]} ${m[3]}`, m[0].length]);
    options.push([`${m[1]} ${m[2]}`, m[1].length + 1 + m[2].length]);
    for (const [tail, len] of options) {
      const cands = (tails.get(tail) ?? []).filter((cd) =>
        recent.some((r) => !r.isFamily && r.ref.name.toLowerCase().startsWith(cd.prefix + ' ')),
      );
      if (!cands.length) continue;
      if (cands.length === 1) {
        const cd = cands[0];
        models.push({ start, end: start + len, ref: cd.ref, family: cd.family, isFamily: false });
        added = true;
      }
      break;
    }
  }
  if (added) models.sort((a, b) => a.start - b.start);
}
