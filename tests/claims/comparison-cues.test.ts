import { describe, expect, it } from 'vitest';
import { findComparisonVerbs, PATTERNS, PATTERN_CUES } from '@/lib/claims/comparisons';

/**
 * Every string a comparison pattern can match must hold one of its cue words, or the cue gate in
 * findComparisonVerbs would skip a sentence the pattern reads. Expands each pattern's source into
 * its alternatives (groups, optional parts, classes by one sample character) and checks each.
 */
function expand(src: string): string[] {
  let i = 0;
  const sample: Record<string, string> = { s: ' ', d: '1', w: 'a', b: '', '.': '.', '+': '+', '^': '^' };
  function alternation(): string[] {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (src[i] === '|') i++;
      else return out;
    }
  }
  function sequence(): string[] {
    let acc = [''];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom: string[];
      const c = src[i];
      if (c === '(') {
        i++;
        let zeroWidth = false;
        if (src.startsWith('?:', i)) i += 2;
        else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
          i += 3;
          zeroWidth = true;
        } else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
          i += 2;
          zeroWidth = true;
        }
        const inner = alternation();
        expect(src[i]).toBe(')');
        i++;
        atom = zeroWidth ? [''] : inner;
      } else if (c === '\\') {
        const e = src[i + 1];
        i += 2;
        expect(e in sample, `escape \\${e}`).toBe(true);
        atom = [sample[e]];
      } else if (c === '[') {
        const j = src.indexOf(']', i);
        const body = src.slice(i + 1, j);
        i = j + 1;
        atom = [body.startsWith('\\') ? (sample[body[1]] ?? body[1]) : body[0]];
      } else {
        i++;
        atom = [c];
      }
      // quantifiers: optional parts expand both ways; repeats take one copy
      let optional = false;
      if (src[i] === '?' || src[i] === '*') {
        optional = true;
        i++;
      } else if (src[i] === '+') i++;
      else if (src[i] === '{') {
        const j = src.indexOf('}', i);
        optional = src.slice(i + 1, j).startsWith('0');
        i = j + 1;
      }
      if (optional) atom = ['', ...atom];
      const next: string[] = [];
      for (const a of acc) for (const b of atom) next.push(a + b);
      acc = next;
    }
    return acc;
  }
  const all = alternation();
  expect(i).toBe(src.length);
  return all;
}

describe('comparison verb cues', () => {
  it('every alternative of every pattern holds one of its cues', () => {
    expect(PATTERN_CUES.length).toBe(PATTERNS.length);
    PATTERNS.forEach(([re], p) => {
      const alts = expand(re.source);
      expect(alts.length).toBeGreaterThan(20);
      // ...at a word start (the cue gate looks for "\\b<cue>")
      const atWord = (a: string, c: string) => a.startsWith(c) || new RegExp(`[^a-z0-9_]${c}`).test(a);
      const missing = alts.filter((a) => !PATTERN_CUES[p].some((c) => atWord(a, c)));
      expect(missing, `pattern ${p}`).toEqual([]);
    });
  });

  it('the expansion is real: each alternative matches its pattern', () => {
    PATTERNS.forEach(([re]) => {
      const plain = new RegExp(re.source);
      for (const a of expand(re.source)) {
        // lookbehind alternatives need their figure before them
        expect(plain.test(a) || plain.test(`1, ${a}`), a).toBe(true);
      }
    });
  });

  it('still finds verbs in a block whose earlier sentence has no cue', () => {
    const f = 'the weather was fine. maverick is level with gpt-4o and trails o1.';
    const hits = findComparisonVerbs(f, 22, f.length);
    expect(hits.map((h) => h.direction)).toEqual(['matches', 'trails']);
  });
});
