/**
 * The fast paths of the name matcher (flat-array trie with dense child tables, token-start scan),
 * of folding (one-entry cache) and of sentence splitting (character-code tests instead of regexes).
 * Each case states what the matcher must find; the random case compares it with a plain reference
 * walk over a trie of ordinary objects.
 */
import { describe, expect, it } from 'vitest';
import { foldText, isAlnum, isDigit, isNameSeparator, nameKey } from '@/lib/claims/fold-text';
import { NameMatcher, type NameEntry, type NameMatch } from '@/lib/claims/name-matcher';
import { splitSentences } from '@/lib/claims/sentences';
import { seededRandom as rng } from '@/scripts/lib/seeded-random';

const entry = (id: string, needsCapital = false): NameEntry => ({
  kind: 'model',
  id,
  familyScoped: false,
  needsCapital,
});

function matcherOf(names: string[]): NameMatcher {
  const m = new NameMatcher();
  for (const n of names) m.add(n, entry(n, /^[A-Za-z]+$/.test(n) && n !== n.toLowerCase()));
  return m;
}

/** [matched text, ids] for each match in `text`. */
function find(m: NameMatcher, text: string, from?: number): [string, string[]][] {
  return m
    .findAll(foldText(text), text, from)
    .map((x) => [text.slice(x.start, x.end), x.entries.map((e) => e.id)]);
}

describe('name matcher fast path', () => {
  const m = matcherOf(['GPT-4o', 'GPT-4o mini', 'Llama 4', 'DeepSeek-V3', 'Scout', 'o1']);

  it('matches names at the very start and the very end of the text', () => {
    expect(find(m, 'GPT-4o')).toEqual([['GPT-4o', ['GPT-4o']]]);
    expect(find(m, 'GPT-4o beats Llama 4')).toEqual([
      ['GPT-4o', ['GPT-4o']],
      ['Llama 4', ['Llama 4']],
    ]);
    expect(find(m, 'o1')).toEqual([['o1', ['o1']]]);
  });

  it('reads typographic characters: non-breaking hyphen, no-break space, curly quotes', () => {
    expect(find(m, '\u201cGPT\u20114o\u201d')).toEqual([['GPT\u20114o', ['GPT-4o']]]);
    expect(find(m, 'Llama\u00a04 and DeepSeek\u2010V3')).toEqual([
      ['Llama\u00a04', ['Llama 4']],
      ['DeepSeek\u2010V3', ['DeepSeek-V3']],
    ]);
  });

  it('folds case, and keeps pure-letter names off all-lowercase words', () => {
    expect(find(m, 'DEEPSEEK-V3 and deepseek v3')).toEqual([
      ['DEEPSEEK-V3', ['DeepSeek-V3']],
      ['deepseek v3', ['DeepSeek-V3']],
    ]);
    expect(find(m, 'SCOUT, Scout, scout')).toEqual([
      ['SCOUT', ['Scout']],
      ['Scout', ['Scout']],
    ]);
    // a non-ASCII capital counts as a capital
    const c = new NameMatcher();
    c.add('Émile', entry('Émile', true));
    expect(find(c, 'Émile and émile')).toEqual([['Émile', ['Émile']]]);
  });

  it('keeps only the entries that need no capital on lower-case text', () => {
    const k = new NameMatcher();
    k.add('Scout', entry('scout-model', true));
    k.add('scout', { ...entry('scout-bench'), kind: 'benchmark' });
    expect(find(k, 'Scout')).toEqual([['Scout', ['scout-model', 'scout-bench']]]);
    expect(find(k, 'scout')).toEqual([['scout', ['scout-bench']]]);
  });

  it('starts names only at token starts, also when `from` falls inside a word', () => {
    expect(find(m, 'xGPT-4o 4GPT-4o GPT-4o')).toEqual([['GPT-4o', ['GPT-4o']]]);
    const text = 'unGPT-4o GPT-4o';
    expect(find(m, text, 2)).toEqual([['GPT-4o', ['GPT-4o']]]);
    expect(m.findAll(foldText(text), text, 2)[0].start).toBe(9);
  });

  it('prefers the longest name and needs a boundary after it', () => {
    expect(find(m, 'GPT-4o mini.')).toEqual([['GPT-4o mini', ['GPT-4o mini']]]);
    expect(find(m, 'GPT-4os GPT-4o.5 GPT-4o.')).toEqual([['GPT-4o', ['GPT-4o']]]);
  });

  it('walks nodes with many children (dense tables), also along non-ASCII edges', () => {
    const names = ['Zeta'];
    for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') names.push(`Qx${c}1`);
    names.push('Qxж1', 'жa', 'жb', 'жc', 'жж', 'жé');
    const d = matcherOf(names);
    expect(find(d, 'Qxa1 Qx91 Qxж1 Qxz1 Qx_1 Qxa2')).toEqual([
      ['Qxa1', ['Qxa1']],
      ['Qx91', ['Qx91']],
      ['Qxж1', ['Qxж1']],
      ['Qxz1', ['Qxz1']],
    ]);
    expect(find(d, 'жa жж жe жd')).toEqual([
      ['жa', ['жa']],
      ['жж', ['жж']],
      ['жe', ['жé']],
    ]);
  });

  it('finds names added after a first search (the dense tables are rebuilt)', () => {
    const g = matcherOf(['Alpha 1', 'Alpha 2', 'Alpha 3']);
    expect(find(g, 'Alpha 4 and Alpha 1')).toEqual([['Alpha 1', ['Alpha 1']]]);
    g.add('Alpha 4', entry('Alpha 4'));
    expect(find(g, 'Alpha 4 and Alpha 1')).toEqual([
      ['Alpha 4', ['Alpha 4']],
      ['Alpha 1', ['Alpha 1']],
    ]);
  });

  it('finds what a plain object trie finds, on random text over many similar names', () => {
    const r = rng(11);
    const names: string[] = [];
    const letters = 'abcdeq';
    for (let i = 0; i < 300; i++) {
      let n = letters[Math.floor(r() * 2)].toUpperCase();
      const len = 1 + Math.floor(r() * 5);
      for (let k = 0; k < len; k++) n += (r() < 0.2 ? '-' : '') + (letters + '0123ж')[Math.floor(r() * 11)];
      names.push(n);
    }
    const matcher = matcherOf(names);
    const ref = new RefTrie(names);
    let total = 0;
    for (let t = 0; t < 200; t++) {
      let text = '';
      const n = 1 + Math.floor(r() * 20);
      for (let k = 0; k < n; k++) {
        const x = r();
        const piece =
          x < 0.5
            ? names[Math.floor(r() * names.length)]
            : x < 0.7
              ? names[Math.floor(r() * names.length)].toLowerCase()
              : ['A', 'b-', '\u2011', '.', '1', ' - ', 'ж', 'Bq'][Math.floor(r() * 8)];
        text += piece + (r() < 0.7 ? ' ' : '');
      }
      const want = ref.findAll(foldText(text), text);
      expect(matcher.findAll(foldText(text), text)).toEqual(want);
      total += want.length;
    }
    expect(total).toBeGreaterThan(500);
  });
});

describe('folding cache', () => {
  it('returns the fold of the text asked for, not of the previous one', () => {
    expect(foldText('GPT\u20114o')).toBe('gpt-4o');
    expect(foldText('GPT\u20114o')).toBe('gpt-4o');
    expect(foldText('Llama\u00a04')).toBe('llama 4');
    expect(foldText('ABC')).toBe('abc');
    expect(foldText('')).toBe('');
    expect(foldText('İx')).toHaveLength(2);
  });
});

describe('sentence splitting fast path', () => {
  const split = (text: string) =>
    splitSentences(foldText(text), text, 0, text.length).map((s) => text.slice(s.start, s.end));

  it('splits on a full stop before a capital, a digit, a quote or a bracket', () => {
    expect(split('One. Two. 3 more. \u201cQuoted\u201d. (Aside) here. \u00c4rger too.')).toEqual([
      'One.',
      'Two.',
      '3 more.',
      '\u201cQuoted\u201d.',
      '(Aside) here.',
      '\u00c4rger too.',
    ]);
  });

  it('does not split after abbreviations, initials, "No." before a number, or before lower case', () => {
    expect(split('See e.g. Maverick. It ranks No. 2 today. J. Smith said so. It was ok. fine.')).toEqual([
      'See e.g. Maverick.',
      'It ranks No. 2 today.',
      'J. Smith said so.',
      'It was ok. fine.',
    ]);
    expect(split('Made in the U.S. Army labs; then shipped.')).toEqual([
      'Made in the U.S. Army labs;',
      'then shipped.',
    ]);
  });
});

interface RefNode {
  kids: Map<number, RefNode>;
  ids: string[];
  cap: boolean[];
}

/** Reference matcher: a trie of plain objects, a visit at every token start (the documented rules). */
class RefTrie {
  private root: RefNode = { kids: new Map(), ids: [], cap: [] };
  constructor(names: string[]) {
    for (const n of names) {
      let node = this.root;
      for (const ch of nameKey(n)) {
        const code = ch.charCodeAt(0);
        let next = node.kids.get(code);
        if (!next) node.kids.set(code, (next = { kids: new Map(), ids: [], cap: [] }));
        node = next;
      }
      if (!node.ids.includes(n)) {
        node.ids.push(n);
        node.cap.push(/^[A-Za-z]+$/.test(n) && n !== n.toLowerCase());
      }
    }
  }

  findAll(f: string, orig: string): NameMatch[] {
    const out: NameMatch[] = [];
    const to = f.length;
    const boundary = (j: number) =>
      j >= to ||
      (!isAlnum(f.charCodeAt(j)) && !(f.charCodeAt(j) === 46 && j + 1 < to && isDigit(f.charCodeAt(j + 1))));
    let i = 0;
    while (i < to) {
      if (!isAlnum(f.charCodeAt(i)) || (i > 0 && isAlnum(f.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      let node = this.root.kids.get(f.charCodeAt(i));
      let best: NameMatch | null = null;
      let j = i + 1;
      while (node) {
        if (node.ids.length && boundary(j)) {
          const lower = orig.slice(i, j) === orig.slice(i, j).toLowerCase();
          const ids = node.ids.filter((_, k) => !node!.cap[k] || !lower);
          if (ids.length)
            best = {
              start: i,
              end: j,
              entries: ids.map((id) => entry(id, node!.cap[node!.ids.indexOf(id)])),
            };
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
        node = node.kids.get(code);
        j = k + 1;
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }
}
