/**
 * The name matcher jumps between candidate token starts with a regex (a cold-start speed-up).
 * It must find exactly what a plain per-character scan finds: compare it with that scan (the
 * matcher's earlier loop, kept here as the reference) on generated text full of near-misses.
 */
import { describe, expect, it } from 'vitest';
import { foldText, isAlnum, isDigit, isNameSeparator } from '@/lib/claims/fold-text';
import { NameMatcher, type NameEntry, type NameMatch } from '@/lib/claims/name-matcher';
import { seededRandom as rng } from '@/scripts/lib/seeded-random';

type Internals = {
  root: Int32Array;
  entries: (NameEntry[] | undefined)[];
  step(node: number, code: number): number | undefined;
};

/** Reference: visit every character, start at every token start. */
function referenceFindAll(matcher: NameMatcher, f: string, orig: string): NameMatch[] {
  const m = matcher as unknown as Internals;
  const out: NameMatch[] = [];
  const to = f.length;
  const boundary = (j: number) =>
    j >= to ||
    (!isAlnum(f.charCodeAt(j)) && !(f.charCodeAt(j) === 46 && j + 1 < to && isDigit(f.charCodeAt(j + 1))));
  let i = 0;
  while (i < to) {
    const c = f.charCodeAt(i);
    if (!isAlnum(c) || (i > 0 && isAlnum(f.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let node: number | undefined = c < 128 ? m.root[c] : m.step(0, c);
    if (node === -1) node = undefined;
    let best: NameMatch | null = null;
    let j = i + 1;
    while (node !== undefined) {
      const here = m.entries[node];
      if (here && boundary(j)) {
        const lower = orig.slice(i, j) === orig.slice(i, j).toLowerCase();
        const ok = here.filter((e) => !e.needsCapital || !lower);
        if (ok.length) best = { start: i, end: j, entries: ok };
      }
      if (j >= to) break;
      let k = j;
      let code = f.charCodeAt(k);
      if (isNameSeparator(code)) {
        k++;
        if (k < to && isNameSeparator(f.charCodeAt(k)) && f.charCodeAt(k) !== f.charCodeAt(k - 1)) k++;
        code = f.charCodeAt(k);
        if (k >= to || isNameSeparator(code)) break;
      }
      node = m.step(node, code);
      j = k + 1;
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else {
      i++;
      while (i < to && isAlnum(f.charCodeAt(i))) i++;
    }
  }
  return out;
}

const NAMES = [
  'GPT-4o',
  'GPT-4o mini',
  'Llama 4',
  'Scout',
  'DeepSeek-V3',
  'o1',
  'Qwen2.5-Max',
  'Phi-4',
  'Grök 3',
  'é1',
  'жк 2',
  'R1',
  'X-Chat',
];

describe('name matcher start finder', () => {
  it('finds the same matches as a per-character scan', () => {
    const matcher = new NameMatcher();
    NAMES.forEach((n, i) =>
      matcher.add(n, {
        kind: 'model',
        id: `m${i}`,
        familyScoped: false,
        needsCapital: /^[A-Za-z]+$/.test(n),
      }),
    );
    const r = rng(7);
    const pieces = [
      ...NAMES,
      ...NAMES.map((n) => n.replace(/[- ]/g, '')),
      ...NAMES.map((n) => n.replace(/-/g, ' - ')),
      'gpt 4o',
      'R 1',
      'r-1',
      'x_-chat',
      'x  chat',
      'gpt_-4o',
      'xgpt-4o',
      'scout',
      'GPT-4.1',
      'Llama 4.5',
      '4o',
      'the',
      'model',
      'é',
      'ж',
      '\u2011',
      '\u2075',
      ',',
      '.',
      '(',
      ' ',
      '  ',
      '-',
      'o',
      'q',
    ];
    let total = 0;
    for (let t = 0; t < 300; t++) {
      let text = '';
      const n = 1 + Math.floor(r() * 25);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(r() * pieces.length)] + (r() < 0.6 ? ' ' : '');
      const f = foldText(text);
      const want = referenceFindAll(matcher, f, text);
      expect(matcher.findAll(f, text)).toEqual(want);
      total += want.length;
    }
    expect(total).toBeGreaterThan(300); // the generated texts really contain names
  });
});
