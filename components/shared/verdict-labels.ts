export { VERDICT_LABELS, verdictLabel } from '@/lib/display/verdict-labels';
export { VERDICTS } from '@/lib/verdicts/names';
