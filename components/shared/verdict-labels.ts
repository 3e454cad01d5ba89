import { VERDICTS, type Verdict } from '@/lib/verdicts/types';

/** Reader-facing names for verdicts (the marks use the same words). */
export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  close: 'Close',
  misleading: 'Misleading',
  disputed: 'Disputed',
  contradicted: 'Contradicted',
  outdated: 'Outdated',
  unverified: 'Unverified',
};

export const verdictLabel = (v: string | undefined): string =>
  v && v in VERDICT_LABELS ? VERDICT_LABELS[v as Verdict] : 'Not checked';

export { VERDICTS };
