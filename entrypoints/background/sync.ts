import type { Handlers, BackgroundMessages } from '@/lib/messages';

export const syncHandlers: Partial<Handlers<BackgroundMessages>> = {};
export async function initSync(): Promise<void> {}
