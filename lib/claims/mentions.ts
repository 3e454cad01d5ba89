/**
 * Turn raw name matches into model / family / benchmark mentions for one
 * block: apply family scope, absorb attached variant tails
 * ("Llama-4-Maverick-17B-128E-Instruct", "Claude 3.7 Sonnet (thinking)") and
 * pick the most specific model the text names.
 */
import type { DictionaryIndex } from './dictionary-index';
import type { NameMatch } from './name-matcher';
import type { ModelRef } from './types';
import { isAlnum } from './fold-text';

export interface ModelMention {
  start: number;
  end: number;
  ref: ModelRef;
  variant?: string;
  family?: string;
  isFamily: boolean;
}

export interface BenchmarkMention {
  start: number;
  end: number;
  name: string;
}

/** Tokens that may hang off a name without changing which model it is. */
const SIZE_TOKEN = /^(?:\d+(?:\.\d+)?[bmkt]|\d+e|\d+bx\d+e|a\d+(?:\.\d+)?b|\d+x\d+(?:\.\d+)?b)$/;
const VARIANT_WORD =
  /^(?:instruct|it|chat|base|fp8|bf16|fp16|int4|int8|awq|gguf|gptq|hf|thinking|reasoning|experimental|exp|preview|latest|original|\d{4}|\d{2}|\d{8}|\d{4}-\d{2}-\d{2})$/;
const SPACED_VARIANT_WORD = /^(?:instruct|fp8|bf16|thinking|experimental|preview|base|chat)$/;
/** The first letters of SPACED_VARIANT_WORD: most names are followed by some other word. */
const SPACED_VARIANT_FIRST = 'iftepbc';
/** Suffixes that make an adjective of a name ("Llama-4-based") — keep the mention, no variant. */
const ADJ_SUFFIX =
  /^(?:based|class|style|like|level|powered|sized|size|era|grade|tier|generated|derived|family|series|scale|only)$/;

const PARENS_VARIANT =
  /^\s*\((thinking|extended thinking|reasoning|instruct|experimental|fp8|bf16|preview)\)/;

export function resolveMentions(
  idx: DictionaryIndex,
  f: string,
  orig: string,
  matches: NameMatch[],
  familiesKnown: Set<string>,
  familiesHere: Set<string>,
): { models: ModelMention[]; benchmarks: BenchmarkMention[] } {
  const models: ModelMention[] = [];
  const benchmarks: BenchmarkMention[] = [];
  for (const m of matches) {
    let modelEntry = null;
    let familyEntry = null;
    let benchEntry = null;
    for (const e of m.entries) {
      if (e.kind === 'benchmark') {
        if (!e.familyScoped || familiesKnown.has(e.family!) || familiesHere.has(e.family!)) benchEntry ??= e;
        else if (!benchEntry && possessiveName(f, m.start, m.end, e.id)) {
          // "Aider's polyglot benchmark": the full name with a possessive after its first word
          benchEntry = e;
          familiesHere.add(e.family!);
        }
      } else if (e.kind === 'family') familyEntry ??= e;
      else if (!e.familyScoped || (e.family && (familiesKnown.has(e.family) || familiesHere.has(e.family)))) {
        if (!modelEntry) modelEntry = e;
      }
    }
    if (modelEntry || familyEntry) {
      const entry = modelEntry ?? familyEntry!;
      let ref = idx.ref(entry);
      let end = m.end;
      let variant: string | undefined;
      // Hyphen-attached tail: "-17B-128E-Instruct", "-03-26-Experimental"
      const tail: string[] = [];
      let reject = false;
      let j = end;
      while (f[j] === '-' && isAlnum(f.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < f.length && (isAlnum(f.charCodeAt(k)) || (f[k] === '.' && isAlnum(f.charCodeAt(k + 1)))))
          k++;
        const tok = f.slice(j + 1, k);
        if (SIZE_TOKEN.test(tok)) {
          j = k;
          continue;
        }
        if (VARIANT_WORD.test(tok)) {
          tail.push(orig.slice(j + 1, k));
          j = k;
          continue;
        }
        if (ADJ_SUFFIX.test(tok) && tail.length === 0) break;
        reject = true;
        break;
      }
      if (reject) continue; // an unknown longer name: don't guess which model it is
      end = j;
      // Space-separated variant word: "Maverick Instruct", "DeepSeek V3 0324" handled by trie
      const sp =
        f.charCodeAt(end) === 32 && SPACED_VARIANT_FIRST.includes(f[end + 1])
          ? /^ ([a-z0-9]+)\b/.exec(f.slice(end, end + 16))
          : null;
      if (sp && SPACED_VARIANT_WORD.test(sp[1])) {
        tail.push(orig.slice(end + 1, end + 1 + sp[1].length));
        end += 1 + sp[1].length;
      }
      const pv = opensParens(f, end) ? PARENS_VARIANT.exec(f.slice(end, end + 24)) : null;
      if (pv) {
        tail.push(
          pv[1].includes('thinking')
            ? 'thinking'
            : orig.slice(end, end + pv[0].length).replace(/^\s*\(|\)$/g, ''),
        );
        end += pv[0].length;
      }
      if (tail.length && entry.kind === 'model') {
        variant = tail.join('-');
        // most specific model: a child whose variant label matches
        const kids = idx.children.get(entry.id) ?? [];
        const want = variant.toLowerCase();
        const child = kids.find((c) => c.variantLabel && c.variantLabel.toLowerCase() === want);
        if (child) {
          ref = { id: child.id, name: child.name };
          variant = child.variantLabel;
        }
      } else if (entry.kind === 'model') {
        const model = idx.models.get(entry.id);
        if (model?.variantLabel) variant = model.variantLabel;
        else {
          // the alias itself may carry a variant word the canonical name lacks ("...-128E-Instruct")
          const said = f.slice(m.start, m.end);
          const vm = /(?:^|[^a-z])(instruct|fp8|bf16|base)(?:[^a-z]|$)/.exec(said);
          if (vm && model && !model.name.toLowerCase().includes(vm[1])) {
            const at =
              m.start +
              vm.index +
              (vm[0].length - vm[0].trimStart().length) +
              (/^[^a-z]/.test(vm[0]) ? 1 : 0);
            variant = orig.slice(at, at + vm[1].length);
          }
        }
      }
      models.push({
        start: m.start,
        end,
        ref,
        variant,
        family: entry.family,
        isFamily: entry.kind === 'family',
      });
      continue;
    }
    // "MMLU-Redux" is another benchmark than "MMLU": a hyphenated tail the dictionary lacks rejects it
    if (benchEntry && !(f[m.end] === '-' && isAlnum(f.charCodeAt(m.end + 1))))
      benchmarks.push({ start: m.start, end: m.end, name: benchEntry.id });
  }
  return { models, benchmarks };
}

/** "aider's polyglot" for "Aider Polyglot": the canonical name, its first word made possessive. */
function possessiveName(f: string, start: number, end: number, canonical: string): boolean {
  if (f.charCodeAt(end) !== 39) return false;
  const name = canonical.toLowerCase();
  const head = f.slice(start, end);
  return name.startsWith(head + ' ') && f.startsWith("'s " + name.slice(head.length + 1), end);
}

/** Cheap pre-check for PARENS_VARIANT: "(" after optional spaces (folded text has only " " as space). */
function opensParens(f: string, i: number): boolean {
  while (f.charCodeAt(i) === 32) i++;
  return f.charCodeAt(i) === 40;
}

/** Families a set of matches establishes (global names only). */
export function familiesNamed(matches: NameMatch[], into: Set<string>): void {
  for (const m of matches) for (const e of m.entries) if (!e.familyScoped && e.family) into.add(e.family);
}
