import { z } from 'zod';
import { VerdictSchema } from './verdicts/types';

export const SettingsSchema = z.object({
  paused: z.boolean(),
  disabledSites: z.array(z.string()),
  feedUrl: z.url(),
  correctionsUrl: z.url(),
  syncIntervalHours: z
    .number()
    .min(0.25)
    .max(24 * 7),
  hiddenVerdicts: z.array(VerdictSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  feedUrl: 'http://127.0.0.1:8787/v1/factbase/manifest.json',
  correctionsUrl: 'http://127.0.0.1:8787/v1/corrections',
  syncIntervalHours: 6,
  hiddenVerdicts: [],
};
