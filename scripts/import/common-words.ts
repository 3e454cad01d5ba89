import { parseCsvObjects } from './lib/csv';

/** Prose columns of the Epoch models database: a large sample of English about AI models. */
const PROSE = [
  'Abstract',
  'Parameters notes',
  'Training compute notes',
  'Training dataset notes',
  'Dataset size notes',
  'Accessibility notes',
  'Notability criteria notes',
  'Task',
  'Domain',
];

/**
 * Common English words, learned from the Epoch database's own prose: a word is common when it
 * appears in lowercase at least twice and at least as often as capitalised. Brand names
 * ("Gemini", "Qwen", "Claude", "Maverick") are almost always capitalised there, so they stay out.
 * Used by the alias plain-phrase rule; sorted for a stable file.
 */
export function commonWordsFromEpoch(csv: string): string[] {
  const lower = new Map<string, number>();
  const cap = new Map<string, number>();
  for (const r of parseCsvObjects(csv))
    for (const col of PROSE)
      for (const w of (r[col] ?? '').match(/[A-Za-z]+/g) ?? []) {
        if (w === w.toLowerCase()) lower.set(w, (lower.get(w) ?? 0) + 1);
        else if (/^[A-Z][a-z]+$/.test(w)) cap.set(w.toLowerCase(), (cap.get(w.toLowerCase()) ?? 0) + 1);
      }
  return [...lower]
    .filter(([w, n]) => n >= 2 && n >= (cap.get(w) ?? 0))
    .map(([w]) => w)
    .sort();
}
