/**
 * "thinking beats the standard mode", "the thinking variant edges past the standard one", "X with
 * extended thinking edges out the standard mode": a model's reasoning mode compared with its own
 * standard mode. The object is the base model, the subject its thinking child — only when the clause
 * before the verb says "thinking" and the model has exactly one thinking child.
 */
import type { DictionaryIndex } from './dictionary-index';
import type { ModelMention } from './mentions';

/** "the standard mode", "the non-thinking one", "standard mode": the base model named by its mode. */
const MODE_OBJECT =
  /^\s*(?:the\s+|its\s+)?(?:standard|non-thinking|regular|default|base)\s+(?:mode|one|model|variant|version|setting)\b/;
const THINKING = /\b(?:extended\s+)?thinking\b/;

export interface ModePair {
  subject: ModelMention;
  object: ModelMention;
  end: number;
}

/** The thinking child and base model compared at verb [vStart, vEnd) of `f`, or null. */
export function modePair(
  idx: DictionaryIndex,
  f: string,
  clauseStart: number,
  vStart: number,
  vEnd: number,
  base: ModelMention | null,
): ModePair | null {
  if (!base || base.isFamily) return null;
  const mo = MODE_OBJECT.exec(f.slice(vEnd, vEnd + 40));
  if (!mo || !THINKING.test(f.slice(clauseStart, vStart))) return null;
  const rootId = idx.models.get(base.ref.id)?.parent ?? base.ref.id;
  const root = idx.models.get(rootId);
  const kids = (idx.children.get(rootId) ?? []).filter((k) => /thinking/i.test(k.variantLabel ?? ''));
  if (!root || kids.length !== 1) return null;
  const k = kids[0];
  const end = vEnd + mo[0].length;
  return {
    subject: { ...base, ref: { id: k.id, name: k.name }, variant: k.variantLabel },
    object: {
      start: vEnd + mo[0].length - mo[0].trimStart().length,
      end,
      ref: { id: root.id, name: root.name },
      isFamily: false,
    },
    end,
  };
}
