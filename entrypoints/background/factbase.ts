import type { Handlers, BackgroundMessages } from '@/lib/messages';

export const factbaseHandlers: Partial<Handlers<BackgroundMessages>> = {};
export async function initFactbase(): Promise<void> {}
