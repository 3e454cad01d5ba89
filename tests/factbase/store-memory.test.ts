import { describe } from 'vitest';
import { createMemoryStore } from '@/lib/factbase/memory-store';
import { fixtureSnapshot } from '../verdicts/fixtures';
import { storeContract } from './store-contract';

describe('memory store', () => {
  storeContract(async () => createMemoryStore(fixtureSnapshot));
});
