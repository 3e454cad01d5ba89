import type { ModelMention } from './mentions';

/**
 * "Its bigger sibling managed 36.4%", "the smaller sibling": a pointer to ANOTHER member of the
 * family of the model under discussion, not to that model. It means the one other member the
 * article has named; with none or several named, it says nothing about who.
 */
const SIBLING_WORDS = ['sibling', 'brother', 'sister', 'cousin', 'counterpart', 'stablemate'];
/** A sibling phrase opening a clause, as its subject. */
const SIBLING_SUBJECT =
  /^\s*(?:(?:and|but|while|whereas|yet)\s+)?(?:its|their|the)\s+(?:(?:bigger|larger|smaller|older|newer|younger|big|little|faster|cheaper|heavier|lighter|flagship)\s+)?(?:sibling|siblings|brother|sister|cousin|counterpart|stablemate)\b/;

/**
 * Where the figure's clause starts in `lead` when a sibling phrase opens it as its subject
 * ("..., but its bigger sibling managed"); -1 when it does not ("keeps the window of its bigger sibling").
 */
export function siblingSubject(lead: string): number {
  if (!SIBLING_WORDS.some((w) => lead.includes(w))) return -1; // (cheap gate: most figures)
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1;
  return SIBLING_SUBJECT.test(lead.slice(cut)) ? cut : -1;
}

export function siblingOf(
  last: ModelMention | null,
  mentioned: readonly ModelMention[],
): ModelMention | null {
  if (!last || last.isFamily || !last.family) return null;
  const others = new Map<string, ModelMention>();
  for (const m of mentioned)
    if (!m.isFamily && m.family === last.family && m.ref.id !== last.ref.id) others.set(m.ref.id, m);
  return others.size === 1 ? [...others.values()][0] : null;
}
