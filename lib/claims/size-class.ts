/**
 * "two more 200B-plus open releases", "70B-class models", "100B+ systems": a size used to name a
 * class of models is a category, not any one model's parameter count.
 */
const SIZE_CLASS_AFTER =
  /^(?:\s*\+|-?\s*(?:plus|class|scale|range|tier)|\s+(?:or|and)\s+(?:more|larger|bigger|up|above))[\s-]+(?:(?:[a-z-]+\s+){0,2})(?:models|releases|systems|checkpoints|llms|networks|entrants|launches)\b/;

/** "most 20–30B open models", "other 70B models": a plural of models sized by a range or a quantifier. */
const PLURAL_MODELS_AFTER = /^[\s-]*(?:[a-z-]+\s+){0,2}(?:models|llms|checkpoints|releases|systems)\b/;
const QUANTIFIER_BEFORE =
  /\b(?:most|many|other|all|several|some|few|any|dozens of|hundreds of|among|of the|plenty of)\s+(?:(?:open|dense|small|smaller|large|larger|local)\s+)?$/;
const RANGE_FIGURE = /\d\s*(?:[\u2013\u2014-]|to)\s*\d/;

export function isSizeClass(f: string, end: number, start = end): boolean {
  if (SIZE_CLASS_AFTER.test(f.slice(end, end + 60))) return true;
  if (!PLURAL_MODELS_AFTER.test(f.slice(end, end + 40))) return false;
  return (
    RANGE_FIGURE.test(f.slice(start, end)) || QUANTIFIER_BEFORE.test(f.slice(Math.max(0, start - 30), start))
  );
}
