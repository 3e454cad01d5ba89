/**
 * Bare short names: "against Flash's 62.5%", "Flash trails Sonnet", "Claude costs us $11,000",
 * "Epoch has Mistral at 0.475". Articles name a model in full once, then by one capitalised word
 * of its name. Such a word names a model when, among the models the article named recently, it is
 * a word of exactly one product line's name (all candidates one root model). Ambiguous words
 * (two lines on the page) stay unnamed, as before (unknown-score-owner then keeps the figure from
 * the wrong model). Precision first, so the word must look like a name where it stands:
 *  - capitalised, a whole token (not "Flash-Lite", not "flash sale"), not next to another
 *    capitalised word ("Claude Pro", "Adobe Flash", "Gemini Advanced") or a version ("Mistral 7B");
 *  - not a descriptive word (Small, Pro, Mini), not an acronym (GPT), not a product line's first
 *    word when that line has several models ("Llama" of Llama 4, "Gemma" of Gemma 3);
 *  - not followed by a noun that makes it a product or a brand ("Claude app", "Flash attention");
 *  - a vendor's word ("Mistral", "DeepSeek") only where it is used as a model: "the Mistral",
 *    "Mistral at 0.475", "Mistral scores 81", "Mistral 0.468" — never "Mistral says" / "Mistral's blog".
 * Dictionary-driven: the words come from model names, the vendor words from the vendor field.
 */
import type { DictionaryIndex } from './dictionary-index';
import type { BenchmarkMention, ModelMention } from './mentions';
import { vendorWordsOf } from './vendor-cues';

/** A name word: capitalised, letters only, camel case allowed ("DeepSeek"), no acronym runs ("GPT"). */
const NAME_WORD = /^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/;

/** Words that describe a model rather than name it (tiers, sizes, modes). */
const DESCRIPTIVE =
  /^(?:small|smaller|large|larger|medium|mini|nano|micro|tiny|lite|light|pro|plus|max|ultra|turbo|air|base|chat|instruct|instruction|preview|experimental|exp|thinking|reasoning|latest|vision|code|coder|coding|math|online|search|open|the|and|with|model|models|version|edition|release|original|update|new|next|fast|hybrid|long|context|distill|distilled|preview)$/;

/** Nouns after a name word that make it a brand, a product or something else ("Claude app"). */
const BRAND_NOUN =
  /^ (?:apps?|subscriptions?|plans?|tiers?|users?|team|teams|website|site|accounts?|family|families|series|line|lineup|models|attention|storage|memory|drive|sale|sales|ecosystem|brand|blog|console|docs|founders?|ceo|company|lab|labs|researchers?|engineers?|staff|spokesperson|announcement|license|licence|terms|community|chatbot|assistant|interface|ui|player|card)\b/;

/** "<Word> <version> <Tier>": "Gemini 2.0 Flash", "Llama 4 Scout" (not "Gemma 3 27B"). */
const TIERED = /^([A-Z][A-Za-z]+) (\d+(?:\.\d+)?) ([A-Z][a-z][A-Za-z-]*)/;

/** Before the word: a qualifier that points at another model of the line ("the 2024 Sonnet", "Google's latest Gemini", "any Claude model"). */
const OTHER_BEFORE =
  /(?:\b(?:latest|newest|new|newer|next|old|older|previous|earlier|original|first|last|other|another|any|every|each|all|no|some|future|upcoming|open|closed)|\d[\w.]*) $/;

/** After a vendor's word: it is used as a model ("Mistral at 0.475", "Mistral scores 81", "Mistral 0.468"). */
const MODEL_USE_AFTER =
  /^ (?:(?:is |was |sits |sat |comes in |came in |lands |landed )?at |(?:scores?|scored|gets|got|hits?|reaches|reached|manages|managed|posts|posted|trails|trailed|beats|outperforms|leads|lags|ranks|ranked|sits|sat|lands|landed|comes in|came in|tops|topped) (?:at )?)?(?:~|about |around |roughly |just |only |nearly )?\$?\d/;

/** "the Mistral <noun>": company nouns make "the Mistral" the company's, not the model. */
const AFTER_THE_VENDOR_REJECT = /^ [a-z]/;

/** A version or size right after the word: "Mistral 7B", "Claude 3.5" (another model). A score is fine. */
const VERSION_AFTER = /^ \d/;
const SCORE_AFTER = /^ (?:0\.\d+|\d{1,3}(?:\.\d+)?%)(?!\w|\.\d)/;

export interface BareShortNames {
  /** Name words of a model (lower case), cached. */
  wordsOf(id: string): string[];
}

/** The recent models (not families) whose name has word `w`, one mention per model, in list order. */
function recentWith(bare: BareShortNames, recent: ModelMention[], w: string): ModelMention[] {
  const out: ModelMention[] = [];
  for (const r of recent)
    if (!r.isFamily && bare.wordsOf(r.ref.id).includes(w) && !out.some((x) => x.ref.id === r.ref.id))
      out.push(r);
  return out;
}

/** Some recent model (not a family) has word `w` in its name. */
function recentHas(bare: BareShortNames, recent: ModelMention[], w: string): boolean {
  for (const r of recent) if (!r.isFamily && bare.wordsOf(r.ref.id).includes(w)) return true;
  return false;
}

/** Word `b` of recent model `a` (`words`) was already given by an earlier model or word of the list. */
function givenBefore(
  bare: BareShortNames,
  recent: ModelMention[],
  a: number,
  words: string[],
  b: number,
): boolean {
  const w = words[b];
  for (let k = 0; k < b; k++) if (words[k] === w) return true;
  for (let k = 0; k < a; k++)
    if (!recent[k].isFamily && bare.wordsOf(recent[k].ref.id).includes(w)) return true;
  return false;
}

export function bareShortNameIndex(idx: DictionaryIndex): BareShortNames {
  // roots per family: a line word names one model only when its line has one root model
  const rootsByFamily = new Map<string, Set<string>>();
  const rootOf = (id: string): string => {
    let m = idx.models.get(id);
    for (let k = 0; m?.parent && k < 4; k++) m = idx.models.get(m.parent) ?? undefined;
    return m?.id ?? id;
  };
  for (const m of idx.models.values()) {
    if (!m.family) continue;
    const key = m.family.toLowerCase();
    const set = rootsByFamily.get(key) ?? new Set<string>();
    set.add(rootOf(m.id));
    rootsByFamily.set(key, set);
  }
  // "Gemini 2.0 Flash / Pro / Flash-Lite", "Llama 4 Scout / Maverick": a versioned line split into
  // named tiers; its first word names the line, the tier word the model (sizes, "Gemma 3 27B", don't split it)
  const tiersByLine = new Map<string, Set<string>>();
  for (const m of idx.models.values()) {
    if (m.parent) continue;
    const t = TIERED.exec(m.name);
    if (!t) continue;
    const line = `${t[1]} ${t[2]}`.toLowerCase();
    const set = tiersByLine.get(line) ?? new Set<string>();
    set.add(t[3].toLowerCase());
    tiersByLine.set(line, set);
  }
  const cache = new Map<string, string[]>();
  return {
    wordsOf(id) {
      let words = cache.get(id);
      if (words) return words;
      words = [];
      const m = idx.models.get(id);
      if (m) {
        const family = m.family?.toLowerCase();
        const lineHead =
          family && (rootsByFamily.get(family)?.size ?? 0) > 1 ? family.split(/[ -]/)[0] : null;
        const tokens = m.name.split(/[\s()]+/);
        const tiered = (tiersByLine.get(`${tokens[0]} ${tokens[1]}`.toLowerCase())?.size ?? 0) > 1;
        for (let i = 0; i < tokens.length; i++) {
          // whole space-separated tokens; of a hyphenated first token ("DeepSeek-V3") its head
          const t = i === 0 && tokens[i].includes('-') ? tokens[i].split('-')[0] : tokens[i];
          if (t.length < 4 || !NAME_WORD.test(t)) continue;
          const w = t.toLowerCase();
          if (DESCRIPTIVE.test(w) || w === lineHead || (i === 0 && tiered)) continue;
          words.push(w);
        }
      }
      cache.set(id, words);
      return words;
    },
  };
}

/** The root of a model (its top parent). */
function rootId(idx: DictionaryIndex, id: string): string {
  let m = idx.models.get(id);
  for (let k = 0; m?.parent && k < 4; k++) m = idx.models.get(m.parent) ?? undefined;
  return m?.id ?? id;
}

/**
 * Add mentions for bare short names in folded sentence [s, e) of `f` (`orig` the same offsets,
 * unfolded), given the models named recently. Returns true when it added one.
 */
const CAPITAL = /[A-Z]/g;
/** The (folded) first two units at each capital of the sentence being read (see bareShortNames). */
const CAPS: number[] = [];
function hasPair(n: number, pair: number): boolean {
  for (let i = 0; i < n; i++) if (CAPS[i] === pair) return true;
  return false;
}

export function bareShortNames(
  idx: DictionaryIndex,
  bare: BareShortNames,
  f: string,
  orig: string,
  s: number,
  e: number,
  models: ModelMention[],
  benchmarks: BenchmarkMention[],
  recent: ModelMention[],
  near: ModelMention[],
): boolean {
  // A word is taken only where it starts with a capital and fits before the sentence's end (words
  // have four letters or more): a sentence with no capital before its last unit takes none.
  CAPITAL.lastIndex = s;
  if (!CAPITAL.test(orig) || CAPITAL.lastIndex >= e) return false;
  const seg = f.slice(s, e);
  let added = false;
  // A word is only taken where the page capitalises it: the first two (folded) units at each capital
  // of the sentence, so most words are passed over without a search of the sentence.
  // (the pairs go in a reused array, searched linearly: a sentence has few capitals, and a Set per
  // sentence cost more than the search)
  let nCaps = 0;
  // (a regex finds the capitals: a loop over every unit is slow before V8 has compiled it)
  CAPITAL.lastIndex = s;
  while (CAPITAL.test(orig)) {
    const k = CAPITAL.lastIndex - 1;
    if (k + 1 >= e) break;
    CAPS[nCaps++] = f.charCodeAt(k) * 65536 + f.charCodeAt(k + 1);
  }
  // candidate words of the recent models, each once, in the order the recent list first gives it
  // (read from the list in place: a word map rebuilt whenever the list changed, i.e. for most
  // sentences, cost more than these short loops)
  for (let a = 0; a < recent.length; a++) {
    if (recent[a].isFamily) continue;
    const words = bare.wordsOf(recent[a].ref.id);
    for (let b = 0; b < words.length; b++) {
      const w = words[b];
      if (
        (w.length < 2 || hasPair(nCaps, w.charCodeAt(0) * 65536 + w.charCodeAt(1))) &&
        seg.includes(w) &&
        !givenBefore(bare, recent, a, words, b)
      )
        added = tryWord(w) || added;
    }
  }
  // words of names earlier in this sentence that no recent model has
  for (let i = 0; i < models.length; i++)
    for (const w of bare.wordsOf(models[i].ref.id))
      if (
        !recentHas(bare, recent, w) &&
        seg.includes(w) &&
        models.findIndex((x) => bare.wordsOf(x.ref.id).includes(w)) === i
      )
        added = tryWord(w) || added;
  // "Gemini itself came in at 64.1%", "Claude scores 52.8%": a line's first word, used as a model,
  // means the one line member the paragraph has named
  if (near.length || models.length) added = lineHeads() || added;
  if (added) models.sort((a, b) => a.start - b.start);
  return added;

  function lineHeads(): boolean {
    let found = false;
    const heads: string[] = [];
    for (const x of [...near, ...models]) {
      if (x.isFamily) continue;
      const h = /^[A-Za-z]+/.exec(x.ref.name)?.[0];
      if (!h || h.length < 4 || !NAME_WORD.test(h)) continue;
      const w = h.toLowerCase();
      if (
        !heads.includes(w) &&
        !bare.wordsOf(x.ref.id).includes(w) &&
        hasPair(nCaps, w.charCodeAt(0) * 65536 + w.charCodeAt(1))
      )
        heads.push(w);
    }
    for (const w of heads) {
      for (let k = seg.indexOf(w); k >= 0; k = seg.indexOf(w, k + 1)) {
        const at = s + k;
        const end = at + w.length;
        const c = orig.charCodeAt(at);
        if (c < 65 || c > 90 || !wholeToken(f, at, end)) continue;
        if (
          models.some((x) => x.start < end && x.end > at) ||
          benchmarks.some((x) => x.start < end && x.end > at)
        )
          continue;
        const after = f.slice(end, end + 40);
        // (a number right after is a version: "Llama 3.3", "Gemini 2.5")
        if (VERSION_AFTER.test(after) || !(/^ itself\b/.test(after) || MODEL_USE_AFTER.test(after))) continue;
        if (capitalisedNeighbour(orig, at, end, s) || OTHER_BEFORE.test(f.slice(Math.max(s, at - 12), at)))
          continue;
        const cands = [...near, ...models].filter(
          (x) =>
            !x.isFamily &&
            x.start < at &&
            x.ref.name.toLowerCase().startsWith(w) &&
            /^[ -]/.test(x.ref.name.slice(w.length)),
        );
        const roots = new Set(cands.map((x) => rootId(idx, x.ref.id)));
        if (roots.size !== 1) continue;
        const ids = new Set(cands.map((x) => x.ref.id));
        const pick = cands[cands.length - 1];
        const root = idx.models.get([...roots][0]);
        const ref = ids.size === 1 || !root ? pick.ref : { id: root.id, name: root.name };
        models.push({
          start: at,
          end,
          ref,
          variant: ids.size === 1 ? pick.variant : undefined,
          family: pick.family,
          isFamily: false,
        });
        found = true;
      }
    }
    return found;
  }

  function tryWord(w: string): boolean {
    // the models whose name has the word: recent ones, then names earlier in this sentence
    // (built at the first position that passes the cheap checks: most hits are inside full names)
    let all: ModelMention[] | null = null;
    let found = false;
    for (let k = seg.indexOf(w); k >= 0; k = seg.indexOf(w, k + 1)) {
      const at = s + k;
      const end = at + w.length;
      const c = orig.charCodeAt(at);
      if (c < 65 || c > 90) continue;
      if (!wholeToken(f, at, end)) continue;
      if (
        models.some((x) => x.start < end && x.end > at) ||
        benchmarks.some((x) => x.start < end && x.end > at)
      )
        continue;
      const after = f.slice(end, end + 40);
      if (VERSION_AFTER.test(after) && !SCORE_AFTER.test(after)) continue;
      if (BRAND_NOUN.test(after)) continue;
      // "Google's Flash model": a capitalised word before is fine when it is the candidates' maker's possessive
      let maker: string | null = null;
      if (capitalisedNeighbour(orig, at, end, s)) {
        maker = makerBefore(f, orig, at, end, s);
        if (!maker) continue;
      }
      if (OTHER_BEFORE.test(f.slice(Math.max(s, at - 12), at))) continue;
      if (!all) {
        all = recentWith(bare, recent, w);
        for (const x of models)
          if (!all.some((y) => y.ref.id === x.ref.id) && bare.wordsOf(x.ref.id).includes(w)) all.push(x);
      }
      // one product line among the candidates: the model itself, or the root its variants share;
      // of several lines, the one this paragraph has named before the word (and no other has)
      let cands = all.filter((x) => x.start < at || !models.includes(x));
      let roots = new Set(cands.map((x) => rootId(idx, x.ref.id)));
      if (roots.size > 1) {
        const here = [...near, ...models].filter(
          (x) => x.start < at && cands.some((c) => c.ref.id === x.ref.id),
        );
        const hereRoots = new Set(here.map((x) => rootId(idx, x.ref.id)));
        if (hereRoots.size !== 1) continue;
        cands = cands.filter((x) => hereRoots.has(rootId(idx, x.ref.id)));
        roots = hereRoots;
      }
      if (roots.size !== 1) continue;
      const pick = cands.length === 1 ? cands[0] : null;
      const root = idx.models.get([...roots][0]);
      const ref = pick ? pick.ref : root ? { id: root.id, name: root.name } : cands[0].ref;
      if (maker && !cands.every((x) => vendorWordsOf(idx, x.ref.id).includes(maker!))) continue;
      const vendor = cands.some((x) => vendorWordsOf(idx, x.ref.id).includes(w));
      if (vendor && !vendorUsedAsModel(f, at, after, s)) continue;
      models.push({
        start: at,
        end,
        ref,
        variant: pick?.variant,
        family: (pick ?? cands[0]).family,
        isFamily: false,
      });
      found = true;
    }
    return found;
  }
}

/** The word stands alone: no letter, digit, hyphen, dot or slash glued to either side. */
function wholeToken(f: string, at: number, end: number): boolean {
  const before = at > 0 ? f.charCodeAt(at - 1) : 32;
  const next = end < f.length ? f.charCodeAt(end) : 32;
  return !glued(before) && !glued(next) && !(next === 46 && isWordCode(f.charCodeAt(end + 1)));
}

function glued(code: number): boolean {
  return isWordCode(code) || code === 45 /* - */ || code === 47 /* / */ || code === 95 /* _ */ || code === 64;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code > 0xbf
  );
}

/** "Claude Pro", "Adobe Flash", "Gemini Advanced": another capitalised word right before or after. */
function capitalisedNeighbour(orig: string, at: number, end: number, s: number): boolean {
  if (orig.charCodeAt(end) === 32) {
    const c = orig.charCodeAt(end + 1);
    if (c >= 65 && c <= 90) return true;
  }
  if (at - 2 >= s && orig.charCodeAt(at - 1) === 32) {
    let k = at - 2;
    if (isWordCode(orig.charCodeAt(k))) {
      while (k > s && isWordCode(orig.charCodeAt(k - 1))) k--;
      const c = orig.charCodeAt(k);
      if (c >= 65 && c <= 90) return true;
    }
  }
  return false;
}

/**
 * The maker word of a possessive right before the word ("google" in "Google's Flash"), when nothing
 * capitalised follows the word; null otherwise.
 */
function makerBefore(f: string, orig: string, at: number, end: number, s: number): string | null {
  if (orig.charCodeAt(end) === 32) {
    const c = orig.charCodeAt(end + 1);
    if (c >= 65 && c <= 90) return null;
  }
  if (at - 5 < s || !f.startsWith("'s ", at - 3)) return null;
  let k = at - 3;
  while (k > s && f.charCodeAt(k - 1) >= 97 && f.charCodeAt(k - 1) <= 122) k--;
  if (at - 3 - k < 3 || (k > s && isWordCode(f.charCodeAt(k - 1)))) return null;
  return f.slice(k, at - 3);
}

/** A vendor's word used as a model: "the Mistral", "Mistral at 0.475", "Mistral scored 81". */
function vendorUsedAsModel(f: string, at: number, after: string, s: number): boolean {
  if (at - 4 >= s && f.startsWith('the ', at - 4) && !AFTER_THE_VENDOR_REJECT.test(after)) return true;
  if (at - 4 >= s && f.startsWith('the ', at - 4)) {
    // "the Mistral through its own API": a preposition or verb after it, not a company noun
    return /^ (?:through|via|on|in|at|with|for|from|is|was|has|had|does|did|scores?|scored|gets|got|sits|sat|runs|ran|fits|needs|costs?)\b/.test(
      after,
    );
  }
  return MODEL_USE_AFTER.test(after) || SCORE_AFTER.test(after);
}
