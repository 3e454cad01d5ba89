/**
 * The second figure of a contrast pair: "beats GPT-4o on GPQA Diamond, 71.4 against 53.6",
 * "46.0 on GPQA against the August model's 53.1", "lands at 67.5 on MMLU-Pro against our 66.8",
 * "1,048,576 tokens against 128,000". The figure after "against" / "versus" is the other side's:
 * when the engine gave it to the same model as the first figure (same metric, same test), it is
 * dropped — whose it is was left unsaid or said in a way the attribution did not read.
 * Not a setting pair ("64.9 with thinking versus 60.4 without"), a source contrast ("57.2 claimed
 * against 0.518 measured") or a figure whose owner follows it ("against 48.4% for the December one").
 */
import type { Claim } from './types';

/** Between the two figures: the first one's test or unit, then the contrast word, then a model descriptor's possessive. */
const BETWEEN =
  /^[^.;:!?\d]{0,50}\b(?:against|versus|vs\.?)\s+(?:(?:the|its|our|their)\s+(?:[\w-]+\s+){0,2}(?:model|version|snapshot|checkpoint|predecessor|original|release|sibling|rival)['’]s\s+)?~?\$?$/i;

/** A source contrast ("57.2 claimed against 0.518 measured", "69.8 from Meta versus 67.0 from Epoch"). */
const SOURCE_WORDS =
  /\b(?:claim\w*|report\w*|measur\w*|says|said|from|by|according|official|independent\w*|vendor|self-reported|advertised)\b/i;

/** After the second figure: whose it is, where it is from, or its own setting (one model's two runs). */
const OWNED_AFTER =
  /^\s*%?\s*(?:\(|(?:per\s*cent\s+|percent\s+)?(?:(?:for|from|by|of|in|on|at|with|without|w\/o?|under|using|when|measured|claimed|reported|according|independently)\b|[\w-]+(?:\s+ai)?\s+(?:reports?|says|said|claims?|published|measured|got|found|gets)\b|[\w-]+['’]s\b))/i;

export function dropContrastTwins(text: string, out: Claim[], from: number): void {
  for (let i = out.length - 1; i > from; i--) {
    const b = out[i];
    if (b.context !== 'prose' || b.metric === 'comparison') continue;
    // the nearest earlier figure of the same metric (a backward loop: no slice and reverse per claim)
    let a: Claim | undefined;
    for (let k = i - 1; k >= from; k--) {
      const x = out[k];
      if (x.end <= b.start && x.metric === b.metric && x.context === 'prose') {
        a = x;
        break;
      }
    }
    if (!a || a.model.id !== b.model.id || (a.benchmark ?? '') !== (b.benchmark ?? '')) continue;
    const between = text.slice(a.end, b.start);
    if (!BETWEEN.test(between) || SOURCE_WORDS.test(between)) continue;
    if (OWNED_AFTER.test(text.slice(b.end, b.end + 30))) continue;
    // a sentence that already set two models side by side ("55.1% versus 48.4% for the December
    // original, and Epoch measured 0.676 against 0.565"): the pair repeats that contrast
    if (
      out
        .slice(from, i)
        .some((x) => x.metric === a.metric && x.model.id !== a.model.id && sameClause(text, x.end, a.start))
    )
      continue;
    if (earlierContrast(text, a.start)) continue;
    out.splice(i, 1);
  }
}

/** The figure's clause already drew a contrast before it. */
function earlierContrast(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 300), at);
  const cut = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('! '),
    head.lastIndexOf('? '),
    head.lastIndexOf('; '),
    head.lastIndexOf('\n'),
  );
  return /\b(?:against|versus|vs\.?)\s/i.test(cut >= 0 ? head.slice(cut) : head);
}

function sameClause(text: string, from: number, to: number): boolean {
  return from <= to && to - from < 300 && !/[.!?;]\s/.test(text.slice(from, to));
}
