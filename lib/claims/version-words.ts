/**
 * "Anthropic says 3.7 Sonnet gets 62.3%": a version number followed by a model's tier word is a
 * shortened model name, never a score. The tier words come from the dictionary's own names
 * ("Claude 3.7 Sonnet", "Gemini 2.0 Flash" -> "sonnet", "flash"), so no model is hard-coded.
 */
import type { DictionaryModel } from './types';

/** "<word> <x.y> <Word>": the capitalised word right after a dotted version number. */
const VERSION_THEN_WORD = /\b\d+\.\d+ ([A-Z][a-z]{2,})\b/g;

export function versionWords(models: DictionaryModel[]): Set<string> {
  const out = new Set<string>();
  const scan = (name: string) => {
    if (!name.includes('.')) return;
    VERSION_THEN_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VERSION_THEN_WORD.exec(name))) out.add(m[1].toLowerCase());
  };
  for (const m of models) {
    scan(m.name);
    for (const a of m.aliases) scan(a.text);
  }
  return out;
}

const NEXT_WORD = /^ ([A-Z][a-z]{2,})\b/;

/** Is the dotted number ending at `end` (original text) followed by a tier word ("3.7 Sonnet")? */
export function isVersionBeforeTier(orig: string, end: number, words: Set<string>): boolean {
  const m = NEXT_WORD.exec(orig.slice(end, end + 24));
  return !!m && words.has(m[1].toLowerCase());
}
