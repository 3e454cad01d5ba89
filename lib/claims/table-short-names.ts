/**
 * "Small 3.1 24B Instruct", "2.0 Flash", "3.7 Sonnet": a table's header or row label may drop the
 * first word of a model's name once the page has named that model. The label reads as that model
 * only when putting the first word back makes the matcher find one name from the label's start,
 * and that name is a model (or the child of one) the page named recently.
 */
import type { DictionaryIndex } from './dictionary-index';
import type { ModelMention } from './mentions';
import type { NameMatch } from './name-matcher';

/** A label that could be a shortened name: starts with a capital word or a version number. */
const SHORT_LABEL = /^\s*(?:[A-Z][a-z]+|\d+(?:\.\d+)?)\s+\S/;

export function restoredNameMatches(
  idx: DictionaryIndex,
  f: string,
  orig: string,
  recent: ModelMention[] | undefined,
): { matches: NameMatch[]; f: string; orig: string; ids: Set<string> } | null {
  if (!recent?.length || !SHORT_LABEL.test(orig)) return null;
  const lead = f.length - f.trimStart().length;
  const tried = new Set<string>();
  for (let k = recent.length - 1; k >= 0; k--) {
    const r = recent[k];
    if (r.isFamily) continue;
    const words = r.ref.name.split(' ');
    if (words.length < 2 || /\d/.test(words[0])) continue;
    const w = words[0];
    if (tried.has(w)) continue;
    tried.add(w);
    // the label already opens with the word: the matcher saw the whole name and rejected it
    if (f.slice(lead).startsWith(w.toLowerCase() + ' ')) continue;
    const pf = `${w.toLowerCase()} ${f.slice(lead)}`;
    const po = `${w} ${orig.slice(lead)}`;
    const matches = idx.matcher.findAll(pf, po);
    if (matches.length !== 1 || matches[0].start !== 0) continue;
    const ids = new Set(recent.filter((x) => !x.isFamily).map((x) => x.ref.id));
    return { matches, f: pf, orig: po, ids };
  }
  return null;
}
