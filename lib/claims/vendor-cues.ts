/**
 * Vendor cues: "Meta says 57.2", "Anthropic said 62.3%", "Meta's card lists 400B". A maker cited as
 * the source of a figure, with no model named, points at that maker's model under discussion; and
 * a model carried over from earlier that another maker does not own is not what the figure is about.
 */
import type { DictionaryIndex } from './dictionary-index';
import type { NameMatch } from './name-matcher';

/** A capitalised word cited as a source: "Meta says", "OpenAI reported", "Meta's card", "according to Google";
 * or charging for its own model: "DeepSeek charges $0.27 per million input tokens". */
const CITED =
  /\b([A-Z][A-Za-z0-9]+)(?:'s\s+(?=[a-z])|’s\s+(?=[a-z])|\s+(?:says|said|reports?|reported|claims?|claimed|lists?|listed|puts?|quotes?|quoted|gives?|gave|advertises?|advertised|cites?|cited|states?|stated|announced|published|touts?|touted|charges?|charged|charging|bills?|billed)\b)|\baccording to\s+([A-Z][A-Za-z0-9]+)\b(?!['’]s\s+[A-Z0-9])/g;

/** Words of organisation names that are ordinary words ("The Allen Institute", "Microsoft Research"): never a cue. */
const GENERIC_WORD =
  /^(?:the|new|research|team|group|state|national|institute|university|college|academy|labs?|laborator(?:y|ies)|science|sciences|technology|technologies|tech|systems|foundation|centre|center|large|deep|line|magic|writer|together|black|brain|face|design|discovery|idea|inside|insight|prime|sun|sea|shape|street|west|east|north|south|southern|wild|king|queen|max|bell|alpha|apollo|cloud|capital|federal|genesis|liquid|physical|visual|vector|medical|advanced|american|chinese|open|data|ai)$/;

/** The words a vendor goes by: "Mistral AI" → mistral; "Google DeepMind,Google Research" → google, deepmind. */
function vendorKeys(vendor: string): string[] {
  const out: string[] = [];
  for (const part of vendor.split(/[,/]/)) {
    const words = part.trim().toLowerCase().split(/\s+/);
    if (words[0] && words[0].length >= 3 && !GENERIC_WORD.test(words[0])) out.push(words[0]);
    // "Google DeepMind": the lab is cited by either word
    if (words.length === 2 && words[1].length >= 4 && !GENERIC_WORD.test(words[1])) out.push(words[1]);
  }
  return out;
}

const keyCache = new WeakMap<DictionaryIndex, Map<string, string[]>>();

/** Vendor words of a model (its own vendor, else its parent's). */
export function vendorWordsOf(idx: DictionaryIndex, id: string): string[] {
  let cache = keyCache.get(idx);
  if (!cache) keyCache.set(idx, (cache = new Map()));
  let keys = cache.get(id);
  if (!keys) {
    const m = idx.models.get(id);
    const v = m?.vendor ?? (m?.parent ? idx.models.get(m.parent)?.vendor : undefined);
    keys = v ? vendorKeys(v) : [];
    cache.set(id, keys);
  }
  return keys;
}

let knownIdx: DictionaryIndex | null = null;
let known = new Set<string>();
/** Every vendor word of the dictionary (built once per index). */
function vendorWords(idx: DictionaryIndex): Set<string> {
  if (knownIdx !== idx) {
    known = new Set();
    for (const id of idx.models.keys()) for (const k of vendorWordsOf(idx, id)) known.add(k);
    knownIdx = idx;
  }
  return known;
}

/**
 * Vendors cited as a source between `from` and `to` in `orig` (the original text, names intact), lowercased.
 * `masked` (same offsets, names replaced by x) rules out a vendor word that opens a model's name.
 */
export function citedVendors(
  idx: DictionaryIndex,
  orig: string,
  masked: string,
  from: number,
  to: number,
): string[] {
  const seg = orig.slice(from, to);
  if (!/[A-Z]/.test(seg)) return [];
  const words = vendorWords(idx);
  const out: string[] = [];
  CITED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CITED.exec(seg))) {
    const word = m[1] ?? m[2];
    const at = from + m.index + (m[1] ? 0 : m[0].length - word.length);
    if (masked.charCodeAt(at) === 120 /* x: part of a masked name */ && masked[at + 1] === 'x') continue;
    const key = word.toLowerCase();
    if (words.has(key) && !out.includes(key)) out.push(key);
  }
  return out;
}

/** Does the model belong to one of these vendors? (unknown vendor: undefined) */
export function ownedBy(idx: DictionaryIndex, id: string, vendors: string[]): boolean | undefined {
  const keys = vendorWordsOf(idx, id);
  if (!keys.length) return undefined;
  return keys.some((k) => vendors.includes(k));
}

/** "V3", "V3-0324", "R1": a vendor-prefixed name's version tail. */
const VERSION_TAG = /^[A-Z]{1,2}\d[\d.]*(?:-\d{4})?$/;
/** "its V3", "whose V3": a pronoun possessive right before a name. */
const PRONOUN_POSSESSIVE_BEFORE = /\b(?:its|whose)\s+$/;
/** "Meta's Maverick": a maker's possessive right before a name. */
const POSSESSIVE_BEFORE = /\b([A-Z][A-Za-z0-9]+)['’]s\s+$/;

/**
 * Families a maker establishes in this sentence for its own family-scoped names: "Meta's Maverick",
 * "Meta says Scout ..." count as "Llama 4" named first (the maker is the family's vendor).
 */
export function familiesByVendor(
  idx: DictionaryIndex,
  f: string,
  orig: string,
  s: number,
  e: number,
  matches: NameMatch[],
  known: Set<string>,
  into: Set<string>,
): void {
  let cited: string[] | undefined;
  for (const m of matches) {
    for (const en of m.entries) {
      if (
        en.kind !== 'model' ||
        !en.familyScoped ||
        !en.family ||
        known.has(en.family) ||
        into.has(en.family)
      )
        continue;
      const keys = vendorWordsOf(idx, en.id);
      if (!keys.length) continue;
      const pos = POSSESSIVE_BEFORE.exec(orig.slice(Math.max(s, m.start - 24), m.start));
      if (pos && keys.includes(pos[1].toLowerCase())) {
        into.add(en.family);
        continue;
      }
      // "DeepSeek, the Chinese lab whose V3 model ...", "DeepSeek shipped an update of its V3 model":
      // a pronoun possessive whose maker the sentence named just before
      // (a bare version tag needs no pronoun: "DeepSeek's March update: V3-0324 at 1369")
      const pronoun = PRONOUN_POSSESSIVE_BEFORE.test(f.slice(Math.max(s, m.start - 8), m.start));
      if (pronoun || VERSION_TAG.test(orig.slice(m.start, m.end))) {
        const lead = f.slice(Math.max(s, m.start - (pronoun ? 90 : 40)), m.start);
        if (keys.some((k) => lead.includes(k))) {
          into.add(en.family);
          continue;
        }
      }
      cited ??= citedVendors(idx, orig, f, s, e);
      if (cited.some((v) => keys.includes(v))) into.add(en.family);
    }
  }
}

/** "DeepSeek, a Chinese laboratory, was unusually candid.": a maker opening a sentence as its subject. */
const LEADING_MAKER =
  /^\s*["“(]?([A-Z][A-Za-z0-9]+)(?:\s+(?:AI|Labs?|Research|Inc\.?))?(?:,[^,.;]{1,60},)?\s+(?:has|had|is|was|says|said|wrote|writes|reported|reports|published|publishes|released|releases|trained|trains|built|builds|described|describes|disclosed|discloses|revealed|reveals|spent|spends|used|uses|claims|claimed|did|does)\b/;

/** The maker a sentence opens with as its subject (lowercased vendor word), or null. */
export function leadingVendor(idx: DictionaryIndex, orig: string, from: number, to: number): string | null {
  const m = LEADING_MAKER.exec(orig.slice(from, Math.min(to, from + 120)));
  if (!m) return null;
  const key = m[1].toLowerCase();
  return vendorWords(idx).has(key) ? key : null;
}

/** "I tried DeepSeek", "we switched to Mistral": a maker named as the product someone uses. */
const USED_MAKER =
  /\b(?:tried|try|trying|use|used|using|tested|testing|switched to|moved to|went with|picked|chose|signed up for)\s+([A-Z][A-Za-z0-9]+)\b(?!['’]s|\s+[A-Z0-9]|-)/;

/**
 * The maker a sentence names as the thing someone uses or tries (lowercased vendor word), or null:
 * what "it" says next is about that maker's model, not one carried from earlier.
 */
export function usedVendor(idx: DictionaryIndex, orig: string, from: number, to: number): string | null {
  const m = USED_MAKER.exec(orig.slice(from, to));
  if (!m) return null;
  const key = m[1].toLowerCase();
  return vendorWords(idx).has(key) ? key : null;
}
