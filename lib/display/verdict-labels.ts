import type { VerdictName } from '../verdicts/names';

/** Reader-facing verdict words, one list for the marks, the card, the popup and the options page. */
export const VERDICT_LABELS: Record<VerdictName, string> = {
  supported: 'Supported',
  close: 'Close',
  misleading: 'Misleading',
  disputed: 'Disputed',
  contradicted: 'Contradicted',
  outdated: 'Outdated',
  unverified: 'Unverified',
};

export const verdictLabel = (v: string | undefined): string =>
  v && v in VERDICT_LABELS ? VERDICT_LABELS[v as VerdictName] : 'Not checked';
