import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const DATA_DIR = join(ROOT, 'data');
export const DEFAULT_FEED_DIR = join(ROOT, '.output', 'feed');
export const DEFAULT_DB_PATH = join(ROOT, 'server', 'corrections.sqlite');
export const BUNDLED_SNAPSHOT = join(ROOT, 'public', 'factbase', 'snapshot.json');
