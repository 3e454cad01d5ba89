/**
 * The verdict names with no zod attached, so the content script (which must
 * stay small and does not load zod) and the schemas share one list.
 */
export const VERDICTS = [
  'supported',
  'close',
  'misleading',
  'disputed',
  'contradicted',
  'outdated',
  'unverified',
] as const;
export type VerdictName = (typeof VERDICTS)[number];
