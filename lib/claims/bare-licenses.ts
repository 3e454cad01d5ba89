/**
 * Licences named by a bare word: "the Apache licence", "Apache-licensed", "it's plain Apache",
 * "V3 is MIT now", "still MIT code", "License: MIT". A bare "Apache" or "MIT" is also a foundation,
 * a university or a project ("Apache Spark", "MIT researchers"), so it counts only in these shapes:
 * before a licence word, as a field's value, or as the predicate of a clause that it closes.
 */

export interface BareLicense {
  /** Offsets into the folded text passed in. */
  start: number;
  end: number;
  name: string;
  /** A field's value ("License: MIT"): owned like any spec field, not by its clause. */
  field?: boolean;
}

const BARE = /\b(apache|mit)\b/g;
/** "Apache licence", "MIT-licensed", "Apache licensing terms" */
const LICENCE_AFTER =
  /^(?:-licen[cs](?:ed|ing)\b|\s+licen[cs](?:es?\b|ing\b|ed(?=\s*(?:[.,;:)]|and\b|so\b|$))))/;
/** "is Apache", "it's plain MIT", "stays MIT", "are now under Apache", "switched to MIT" */
const PRED_BEFORE =
  /(?:(?:\b(?:is|are|was|were|stays?|stayed|remains?|remained|under|becomes?|became|switched to|moved to)|'s)\s+(?:(?:still|now|plain|pure|fully|also|just|simply|straight|permissive|both)\s+){0,2}|\band\s+(?:still|now|also|plain|fully)\s+)$/;
/** ...closing its clause: "is Apache.", "is MIT now btw", "still MIT code / ...", "Apache, Gemma ..." */
const PRED_AFTER =
  /^(?:\s*(?:[.,;:)!?/]|$)|\s+(?:and|but|so|now|too|btw|though|anyway|code|weights|for (?:the )?(?:code|weights))\b|\s+\()/;
/** a field's value: "License: MIT", "licence — Apache" */
const FIELD_BEFORE = /\blicen[cs]e[sd]?\s*(?::|-|–|—|is)\s*$/;
/** names that make "Apache"/"MIT" something else */
const NOT_LICENCE_AFTER =
  /^(?:'s|\s+(?:researchers?|professor|lab|press|technology|review|media|csail|spark|kafka|software|foundation|arrow|beam|tvm|airflow|hadoop|license\b|licence\b))/;

export function findBareLicenses(text: string, base: number): BareLicense[] {
  const out: BareLicense[] = [];
  BARE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE.exec(text))) {
    const at = m.index;
    const end = at + m[0].length;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, at - 40), at);
    if (m[0] === 'mit' && /^-(?!licen)/.test(after)) continue;
    const predicate = PRED_BEFORE.test(before) && PRED_AFTER.test(after) && !NOT_LICENCE_AFTER.test(after);
    const field = !predicate && FIELD_BEFORE.test(before);
    if (!predicate && !field && !LICENCE_AFTER.test(after)) continue;
    out.push({ start: base + at, end: base + end, name: m[0] === 'mit' ? 'MIT' : 'Apache', field });
  }
  return out;
}
