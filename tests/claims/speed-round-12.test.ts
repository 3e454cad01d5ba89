import { describe, expect, it } from 'vitest';
import { findComparisonVerbs, PATTERNS } from '@/lib/claims/comparisons';
import { findDates } from '@/lib/claims/dates-licenses';
import { isRunSetting } from '@/lib/claims/incidental-figures';
import { measuresOther } from '@/lib/claims/other-measures';
import { findQuantities } from '@/lib/claims/parse-quantity';

// Round 12 (speed): regexes whose alternatives opened with a lookbehind now check it after the
// literal, and findQuantities stops looking at the end of its range. Same answers as before: these
// pin the shapes each rewritten alternative reads, and the ones it must still refuse.
const verbs = (s: string) =>
  findComparisonVerbs(s, 0, s.length).map((v) => [s.slice(v.start, v.end), v.direction]);

describe('comparison sides after a figure and a comma', () => {
  it('reads "<figure>, above X" as beats and "<figure>, below X" as trails', () => {
    expect(verbs('it scored 71.2, above the rest')).toEqual([['above', 'beats']]);
    expect(verbs('it scored 60.1, below the rest')).toEqual([['below', 'trails']]);
    expect(verbs('it scored 60.1,below the rest')).toEqual([['below', 'trails']]);
  });

  it('does not read a bare "above" or "below" without a figure and a comma before it', () => {
    expect(verbs('the line above the chart')).toEqual([]);
    expect(verbs('see the notes, below the table')).toEqual([]);
  });

  it('reads ", behind X" as trails, not "the team behind X"', () => {
    expect(verbs('it came second, behind the leader')).toEqual([['behind', 'trails']]);
    expect(verbs('the team behind the leader')).toEqual([]);
  });

  it('keeps the first match of each pattern where the literal opens the match', () => {
    const [beats] = PATTERNS[0];
    beats.lastIndex = 0;
    const m = beats.exec('at 88.1, above the pack');
    expect(m?.[0]).toBe('above');
    expect(m?.index).toBe(9);
  });
});

describe('"may" as a modal, not the month', () => {
  const engineLess = (s: string) => verbs(s).length;
  it('drops a comparison hedged by the modal "may"', () => {
    expect(engineLess('the new one may beat the old one')).toBe(0);
  });
  it('keeps one after "in May" (the month)', () => {
    expect(engineLess('in may beat the old one')).toBe(1);
  });
});

describe('dates after a preposition or "the"', () => {
  const iso = (s: string) =>
    findDates(s, 0, s.length, '2025-06-01').map((d) => [s.slice(d.start, d.end), d.iso]);
  it('reads a day-month date only after a preposition or weekday', () => {
    expect(iso('it shipped on 5 april')).toEqual([['5 april', '2025-04-05']]);
    expect(iso('it shipped on saturday, 12 april')).toEqual([['12 april', '2025-04-12']]);
    expect(iso('we tested 5 april builds')).toEqual([]);
  });
  it('reads "the 12th of March" and "the 3 of May 2024"', () => {
    expect(iso('released on the 12th of march')).toEqual([['12th of march', '2025-03-12']]);
    expect(iso('out since the 3 of may 2024')).toEqual([['3 of may 2024', '2024-05-03']]);
    expect(iso('chapter 3 of june notes')).toEqual([]);
  });
});

describe('findDates on a sentence that is the whole text', () => {
  const iso = (s: string, from = 0, to = s.length) =>
    findDates(s, from, to, '2025-06-01').map((d) => [s.slice(d.start, d.end), d.iso]);
  it('reads a numeric date with no month word, and a month date, in a one-sentence text', () => {
    expect(iso('it shipped 2025-03-17.')).toEqual([['2025-03-17', '2025-03-17']]);
    expect(iso('it shipped march 17, 2025.')).toEqual([['march 17, 2025', '2025-03-17']]);
  });
  it('gives a sentence of the text the same dates as the text alone', () => {
    const t = 'no date here. it shipped 2025-03-17.';
    expect(iso(t, t.indexOf('it'), t.length)).toEqual(iso('it shipped 2025-03-17.'));
    expect(iso(t, 0, t.indexOf(' it'))).toEqual([]);
  });
});

describe('run settings and fed-in lengths', () => {
  it('reads "ran it with" as the writer\u2019s setting, unless only possible ("can run")', () => {
    expect(isRunSetting('we ran it with ', ' tokens')).toBe(true);
    expect(isRunSetting('you can run it with ', ' tokens')).toBe(false);
  });

  it('reads "stuffing N tokens into" as fed-in text, not a context window', () => {
    const f = 'nobody is stuffing 10 million tokens into anything.';
    const [q] = findQuantities(f);
    expect(measuresOther(f, q, 'context_window', 0, f.length)).toBe(true);
    const g = 'you can stuff 10 million tokens into it.';
    const [r] = findQuantities(g);
    expect(measuresOther(g, r, 'context_window', 0, g.length)).toBe(false);
  });
});

describe('findQuantities within a range', () => {
  const text = 'no figures here. then 12% and $3. also ~5b after.';
  const s2 = text.indexOf('then');
  const e2 = text.indexOf(' also');
  it('returns the figures of the range only', () => {
    expect(findQuantities(text, 0, s2 - 1)).toEqual([]);
    expect(findQuantities(text, s2, e2).map((q) => text.slice(q.start, q.end))).toEqual(['12%', '$3']);
  });
  it('finds figures opening with "~" or "$" and stops at the end of the text', () => {
    expect(findQuantities(text, e2, text.length).map((q) => text.slice(q.start, q.end))).toEqual(['~5b']);
    expect(findQuantities('the end', 0, 7)).toEqual([]);
  });
});
