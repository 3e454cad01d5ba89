/**
 * "two more 200B-plus open releases", "70B-class models", "100B+ systems": a size used to name a
 * class of models is a category, not any one model's parameter count.
 */
const SIZE_CLASS_AFTER =
  /^(?:\s*\+|-?\s*(?:plus|class|scale|range|tier)|\s+(?:or|and)\s+(?:more|larger|bigger|up|above))[\s-]+(?:(?:[a-z-]+\s+){0,2})(?:models|releases|systems|checkpoints|llms|networks|entrants|launches)\b/;

export function isSizeClass(f: string, end: number): boolean {
  return SIZE_CLASS_AFTER.test(f.slice(end, end + 60));
}
