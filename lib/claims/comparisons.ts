/**
 * Comparison verbs: "beats/outperforms/surpasses/tops", "trails/lags/falls
 * behind", "matches/on par with/ties". Matched on folded sentence text.
 */

export type Direction = 'beats' | 'trails' | 'matches';

export interface VerbHit {
  start: number;
  end: number;
  direction: Direction;
}

export const PATTERNS: [RegExp, Direction][] = [
  [
    /\b(?:beats?|beating|crush(?:es|ed|ing)|(?:is|was|are|were|sits?|sat|lands?|landed|stays?|stayed|just|well|far|comfortably|firmly|clearly|still|now)\s+in front of|bests?|bested|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|tops|topped|topping|exceed(?:s|ed|ing)?|outscor(?:es|ed|ing)|outclass(?:es|ed)|outpac(?:es|ed)|edg(?:es|ed|ing) (?:out|past)|leapfrog(?:s|ged)?|overt(?:akes|ook|aken|aking)|pull(?:s|ed|ing)? ahead of|(?:is|was|are|were|performs?|performed|scores?|scored|does|did)\s+(?:better|higher)\s+than|ahead of|better than|(?:more capable|stronger|smarter) than|(?:an? |clear |big |large |solid |marked )?improvements? (?:over|on)|higher than|(?:just|right|one spot|one place|\d+ (?:spots?|places?|points?)|(?:a few|several|a couple of)(?: dozen| hundred)? (?:points?|spots?|places?)|sits?|sat|ranks?|ranked|is|was|are|were|(?:that|it|which|this)'s|lands?|landed|placed|scores?|scored|and|but|yet|well|slightly|far|way|still|much|even)\s+above|above(?<=\d,\s?above)|(?:(?:clearly|comfortably|narrowly|significantly|substantially|considerably|marginally|noticeably|firmly|squarely|easily|solidly|distinctly|decisively|safely|notably|somewhat|modestly)|a (?:touch|bit|little|hair|notch|tad|shade|step|point|few points)|(?:puts?|putting|placed?|placing) (?:it|them)(?: \w+ly)?)\s+above)\b/g,
    'beats',
  ],
  [
    /\b(?:trail(?:s|ed|ing)?|(?:is|are|was|were) no match for|behind(?<=\b(?:is|are|was|were|it's|they're|that's|remains?|remained|stays?|stayed)\s+(?:(?:still|now|also|just|slightly|well|far|way|clearly|firmly|squarely)\s+)?behind)|lag(?:s|ged|ging)?(?:\s+behind)?|falls?\s+(?:behind|short of)|fell\s+(?:behind|short of)|underperform(?:s|ed|ing)?|los(?:es|t)\s+to|(?:puts?|putting|leaves?|leaving|left) (?:it|them) behind|(?:is|was|are|were|performs?|performed|scores?|scored|does|did)\s+(?:worse|lower)\s+than|worse than|lower than|(?:less capable|weaker) than|(?:just|right|one spot|one place|\d+ (?:spots?|places?|points?)|sits?|sat|ranks?|ranked|is|was|are|were|(?:that|it|which|this)'s|lands?|landed|placed|scores?|scored|falls?|fell|and|but|yet|well|slightly|far|way|still|much|even|also)\s+below|below(?<=\bboth\s+below)|below(?<=\d,\s?below)|(?:(?:clearly|comfortably|narrowly|significantly|substantially|considerably|marginally|noticeably|firmly|squarely|easily|solidly|distinctly|decisively|safely|notably|somewhat|modestly)|a (?:touch|bit|little|hair|notch|tad|shade|step|point|few points)|(?:puts?|putting|placed?|placing) (?:it|them)(?: \w+ly)?)\s+(?:below|behind)|(?:just|right|one spot|one place|\d+ (?:spots?|places?|points?)|(?:a few|several|a couple of)(?: dozen| hundred)? points?|dozen points?|sits?|sat|ranks?|ranked|lands?|landed|placed|slightly|well|far|but|yet|though|still)\s+behind|behind(?<=\bboth\s+behind)|(?:and|even|also)\s+behind(?!\s+(?:it|them)\b)|behind(?<=,\s?behind)|(?:\d+|a few|several|a couple of)(?: dozen| hundred)? (?:points?|spots?|places?) under)\b/g,
    'trails',
  ],
  [
    /\b(?:match(?:es|ed|ing)?|on par with|ties with|ties|tied(?:\s+with)?|(?:comes?|came|coming|lands?|landed|finish(?:es|ed)) within (?:a|one|two|three|half a|a few|a couple of|\d+(?:\.\d+)?) (?:percentage |elo )?points? of|comparable to|rival(?:s|ed|ing)?|equal(?:s|led|ed)|as good as|neck and neck with|level with|competitive with|comparable results to|similar results to|(?:is|was|are|were) (?:roughly |about )?equal to)\b/g,
    'matches',
  ],
];

/**
 * Words every match of PATTERNS[i] contains, each at a word start (checked by
 * tests/claims/comparison-cues.test.ts): a pattern runs only on a sentence holding one of its cues,
 * so most sentences skip the big regexes.
 */
export const PATTERN_CUES: string[][] = [
  'beat|best|crush|front|outperform|surpass|top|exceed|outscor|outclass|outpac|edg|leapfrog|overt|ahead|better|higher|ahead|capable|stronger|smarter|improvement|above'.split(
    '|',
  ),
  'trail|no match|lag|behind|short|under|lose|lost|worse|lower|capable|weaker|below'.split('|'),
  'match|on par|tie|within|comparable|rival|equal|as good|neck|level|competitive|similar'.split('|'),
];

/**
 * One literal-alternation regex per cue list, and one over all of them (cheaper than the patterns).
 * Every cue opens a word in every match (checked by the same test), so a cue inside a word
 * ("flagship", "knowledge", "understand", "entities") sends no sentence through the patterns.
 */
const CUE_RES = PATTERN_CUES.map((cues) => new RegExp(`\\b(?:${cues.join('|')})`));
const ANY_CUE = new RegExp(`\\b(?:${[...new Set(PATTERN_CUES.flat())].join('|')})`);

const RANK_ABOVE = /(?:#\d+|\d(?:st|nd|rd|th)|place),\s((?:just\s+)?above)\b/g;
const NEGATION =
  /(?:n't|\b(?:not|never|fails? to|failed to|unable to|no longer|cannot|hardly|rather than|instead of))(?!\s+(?:only|just|merely)\b)\s+(?:\w+\s+)?$/;
/** "not far behind X", "isn't far ahead of X": the negation bounds the gap, the order stands. */
const NOT_FAR = /\b(?:not|n't)\s+(?:(?:that|too|so)\s+)?far\s+$/;

/**
 * A modal or a forecast before the verb ("could beat", "is expected to outperform", "will beat"): a
 * possibility or a plan, not a stated result (README rule 10: plans about future versions are not claims).
 */
const HYPOTHETICAL =
  /\b(?:could|might|may(?<!\b(?:in|since|by|until|of|early|late|mid|from|through|last|this)[\s-]may)|would|should|will|(?:is|are|was|were)\s+(?:expected|likely|projected|predicted|poised|tipped|set|meant|supposed|designed)\s+to|(?:hopes?|hoped|aims?|aimed|tries|tried|trying|wants?|wanted|promises?|promised)\s+to)\s+(?:\w+\s+)?$/;

/**
 * "puts the released Maverick behind X", "leaves Scout well below X": the model between the verb and
 * the preposition is the subject (names are masked as x's in `masked`).
 */
const PUT_MODEL_SIDE =
  /\b(?:puts?|putting|places?|placed|placing|leaves?|leaving|left|keeps?|kept)\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){0,2}x{3,}(?:\s+[a-z]+ly)?\s+(behind|below|above|ahead of)(?=\s)/g;

/** "scored 67.0% in our run, above X", "around 1246 in late May, below X": a figure, a short tail, a comma. */
const FIGURE_COMMA_SIDE = /(?<=\d[^,;]{0,40},\s?)(above|below)(?=\s)/g;

/** ", above" / ",below" (FIGURE_COMMA_SIDE) and the side words of PUT_MODEL_SIDE: one look each, not four substring searches. */
const COMMA_SIDE = /, ?(?:above|below)/;
const SIDE_WORD = /behind|below|above|ahead of/;

/**
 * Comparison verbs in folded text [from, to), skipping negated ones. `masked` (the same text with
 * names blanked) lets ", above X" after a figure count without reading digits inside names.
 */
export function findComparisonVerbs(f: string, from: number, to: number, masked?: string): VerbHit[] {
  const s = f.slice(from, to);
  const hits: VerbHit[] = [];
  if (masked && COMMA_SIDE.test(s)) {
    const ms = masked.slice(from, to);
    FIGURE_COMMA_SIDE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FIGURE_COMMA_SIDE.exec(ms)))
      hits.push({
        start: from + m.index,
        end: from + m.index + m[0].length,
        direction: m[1] === 'above' ? 'beats' : 'trails',
      });
  }
  if (masked && SIDE_WORD.test(s) && /\b(?:put|plac|leav|left|keep|kept)/.test(s)) {
    const ms = masked.slice(from, to);
    PUT_MODEL_SIDE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PUT_MODEL_SIDE.exec(ms))) {
      const at = from + m.index + m[0].length - m[1].length;
      const side = m[1];
      hits.push({
        start: at,
        end: at + side.length,
        direction: side === 'above' || side === 'ahead of' ? 'beats' : 'trails',
      });
    }
  }
  const cued = ANY_CUE.test(s);
  for (let p = 0; p < PATTERNS.length; p++) {
    if (!cued || !CUE_RES[p].test(s)) continue;
    const [re, direction] = PATTERNS[p];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const before = s.slice(Math.max(0, m.index - 25), m.index);
      if (NEGATION.test(before) && !NOT_FAR.test(before + (m[0].startsWith('far ') ? 'far ' : ''))) continue;
      if (HYPOTHETICAL.test(f.slice(Math.max(0, from + m.index - 45), from + m.index))) continue;
      hits.push({ start: from + m.index, end: from + m.index + m[0].length, direction });
    }
  }
  // "at #2, above GPT-4o": a rank, then the model it sits above (run only when "above" occurs)
  if (s.includes('above')) {
    RANK_ABOVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RANK_ABOVE.exec(s))) {
      const at = from + m.index + m[0].length - m[1].length;
      hits.push({ start: at, end: at + m[1].length, direction: 'beats' });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // drop overlaps (e.g. "lags behind" vs "behind")
  const out: VerbHit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}

/** Words allowed between a verb and its object models ("beats both GPT-4o", "outperforms comparable models like"). */
export const OBJECT_GAP = /^[\s,]*(?:[a-z'-]+\s+){0,5}$/;
/** ...but not words that start another phrase ("beats it on MMLU while GPT-4o ..."), nor a description
 * that picks out some instance of the name ("beats one particular GPT-4o snapshot"). */
export const GAP_STOP =
  /\b(?:particular|specific|certain|on|in|at|but|while|which|that|when|if|with|across|for|and|or|to be|it|its|is|was|are|were|has|had|except|besides|other than|apart from)\s/;
/** Separators inside an object list. */
export const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or|&|\/)\s*(?:(?:the|even)\s+)?(?:[a-z]+'s\s+)?$/;
