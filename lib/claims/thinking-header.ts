/**
 * "Claude 3.7 Sonnet 64K extended thinking", "Qwen3-235B-A22B Thinking", "… No extended thinking":
 * a table header or row label names a model and its reasoning mode in words after the name. The
 * words are decoration of the name, and a thinking mode names the model's thinking child when the
 * dictionary has one.
 */
import type { DictionaryIndex } from './dictionary-index';
import type { ModelMention } from './mentions';

const THINKING =
  /^(?:\(?\s*(?:with\s+)?(?:\d+k\s+)?(?:extended\s+)?(?:thinking|reasoning)(?:\s+(?:mode|on|enabled))?(?:\s*\(\d+k(?:\s+budget)?\))?\s*\)?)$/;
const PLAIN =
  /^(?:\(?\s*(?:no|without|w\/o|non-?)\s*(?:extended\s+)?(?:thinking|reasoning)(?:\s+mode)?\s*\)?|\(?\s*(?:thinking|reasoning)\s+off\s*\)?)$/;

/** The model a name plus a trailing mode phrase names, or null when the trailing words are no mode phrase. */
export function modeModel(idx: DictionaryIndex, m: ModelMention, after: string): ModelMention | null {
  const t = after.trim();
  if (!t || m.isFamily) return null;
  if (PLAIN.test(t)) return m;
  if (!THINKING.test(t)) return null;
  if (m.variant) return m;
  const child = (idx.children.get(m.ref.id) ?? []).find((c) => c.variantLabel?.toLowerCase() === 'thinking');
  return child ? { ...m, ref: { id: child.id, name: child.name }, variant: child.variantLabel } : m;
}
