/**
 * Alias rules shared by the importers, the dictionary generator and its tests.
 *
 * Why: the claim engine matches these strings in running text, so an alias that is an
 * ordinary word ("Diamond", "Mercury", "Claude", "GOAT") would mark claims about nothing.
 */

/** Comparison key: case-insensitive, spaces / hyphens / underscores are the same separator. */
export function aliasKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** Words that never identify a model on their own, even with a digit-free capital. */
const GENERIC = new Set(
  [
    'base',
    'chat',
    'instruct',
    'model',
    'preview',
    'experimental',
    'latest',
    'thinking',
    'default',
    'mini',
    'large',
    'small',
    'medium',
    'turbo',
    'pro',
    'flash',
    'lite',
    'ultra',
    'nano',
    'high',
    'low',
    // Technique names Epoch lists as models; in running text they are never one model.
    'gans',
    'grus',
    'lstms',
    'rnns',
    'cnns',
    'batchnorm',
  ].map(aliasKey),
);

export type AliasRejection = 'too-short' | 'generic-word' | 'plain-word' | 'plain-phrase' | 'numeric';

/**
 * Decides whether an alias is safe to match in running text with `global` scope.
 * Rules (documented in data/README.md):
 *  1. at least 3 characters (or OpenAI's o-series: "o1", "o3"), not only digits/punctuation;
 *  2. not a generic word ("Base", "Instruct", "Pro");
 *  3. a single token (no space or hyphen) without a digit must be CamelCase, i.e. mix lower and
 *     upper case with a capital after the first letter ("DeepSeek", "ChatGPT", "LLaVA").
 *     Plain words ("Diamond", "Claude", "Whisper") and ALL-CAPS words ("GOAT", "BERT", "ALIGN")
 *     are dropped: too many of them are ordinary words or acronyms in running text.
 *  4. a name of several words without a digit is dropped when every word is a common English word
 *     (`commonWords`, see data/common-words.json): "Image generation", "Weight Decay", "Genetic
 *     algorithm" are Epoch model names but ordinary phrases in running text. Brand words keep a
 *     name ("Claude Instant", "Yi Lightning", "Mistral Large").
 * Family-scoped aliases (bare "Maverick" once the article names Llama 4) skip rules 3–4: the scope
 * is the safeguard.
 */
export function rejectAlias(
  text: string,
  scope: 'global' | 'family' = 'global',
  commonWords?: ReadonlySet<string>,
): AliasRejection | null {
  const t = text.trim();
  // Two characters only for OpenAI's o-series ("o1", "o3", "o4"): a product line sources list
  // as models, rare in prose otherwise. Other letter+digit pairs ("s1", "S1") are labels in
  // running text ("Table S1", "Form S-1"), so they stay out.
  if (t.length < 3 && !/^o\d$/.test(t)) return 'too-short';
  if (!/[a-z]/i.test(t)) return 'numeric';
  if (GENERIC.has(aliasKey(t))) return 'generic-word';
  if (scope === 'family') return null;
  const singleToken = !/[\s_-]/.test(t);
  if (singleToken && !/\d/.test(t)) {
    const camel = /[a-z]/.test(t) && /^.+[A-Z]/.test(t) && t.length >= 4;
    if (!camel) return 'plain-word';
  }
  if (commonWords && !/\d/.test(t)) {
    const words = t
      .toLowerCase()
      .split(/[\s_-]+/)
      .filter(Boolean);
    if (
      words.length > 1 &&
      words.every((w) => commonWords.has(w.replace(/[^a-z]/g, '')) || w.replace(/[^a-z]/g, '').length <= 1)
    )
      return 'plain-phrase';
  }
  return null;
}

/** A checkpoint spelling: a name plus a number-format tail ("Llama-4-Maverick-17B-128E-Instruct-FP8"). */
export const CHECKPOINT_TAIL = /[-_ ](?:fp8|fp16|bf16|int8|int4)$/i;

/**
 * Spelling variants sources and articles use for the same name: hyphens ↔ spaces
 * ("Llama-4-Maverick" / "Llama 4 Maverick"). Dots and digits are kept as written.
 */
export function aliasVariants(text: string): string[] {
  const out = new Set<string>([text]);
  // Only plain names: ids with paths, parentheses or dates are matched as written.
  if (/[()/]/.test(text) || /\d{2}-\d{2}/.test(text)) return [...out];
  if (/-/.test(text)) out.add(text.replace(/-/g, ' '));
  if (/ /.test(text)) out.add(text.replace(/ /g, '-'));
  return [...out];
}
