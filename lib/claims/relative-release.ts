/**
 * "... it trails o3-mini, which OpenAI released in January": a release verb opening a relative clause
 * right after a name dates that name, even where the name is a comparison's object and the sentence's
 * subject is another model.
 */
import type { ModelMention } from './mentions';

/** ", which OpenAI ", " (which Meta first ", ", that the lab ": the clause's lead before the verb. */
const RELATIVE_LEAD =
  /^\s*\)?\s*,?\s*(?:which|that)\s+(?:(?:the\s+)?[a-z][\w.&-]*\s+){0,2}(?:first\s+|originally\s+|only\s+|quietly\s+)?$/;

/** The name whose relative clause holds the release verb at `cueAt`; null when none. */
export function relativeReleaseOwner(f: string, models: ModelMention[], cueAt: number): ModelMention | null {
  let last: ModelMention | null = null;
  for (const m of models) if (m.end <= cueAt) last = m;
  if (!last || last.isFamily || cueAt - last.end > 40) return null;
  return RELATIVE_LEAD.test(f.slice(last.end, cueAt)) ? last : null;
}
