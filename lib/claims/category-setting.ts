/**
 * The prompt category a refusal rate was measured on, from a table's row label: "Politics (400
 * prompts)" → "politics". A rate on one category is not the model's overall refusal rate; the
 * setting lets a reader (and the verdicts) tell the two apart. Only a short plain label
 * qualifies; "Overall", "Average" and metric words ("Refusal rate") name the overall figure.
 */
const OVERALL =
  /\b(?:overall|average|avg|mean|total|all|combined|refus\w*|rate|score|share|percent|prompts?)\b/;

export function categorySetting(rowLabel: string): string | undefined {
  const t = rowLabel
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (!/^[a-z][a-z&/ -]{2,30}$/.test(t) || t.split(' ').length > 3 || OVERALL.test(t)) return undefined;
  return t;
}
