import type { Handlers, BackgroundMessages } from '@/lib/messages';

export const correctionHandlers: Partial<Handlers<BackgroundMessages>> = {};
export async function initCorrections(): Promise<void> {}
