/**
 * Golden test over the labelled corpus (tests/fixtures/corpus): precision and recall are
 * computed by the same scorer as `npm run eval` and must stay at or above the targets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePages, prf } from '@/lib/claims/evaluate';
import { ModelDictionarySchema } from '@/lib/claims/types';
import { loadCorpus } from '../../scripts/eval';

const ROOT = resolve(import.meta.dirname, '../..');
const corpusDir = resolve(ROOT, 'tests/fixtures/corpus');
const dictPath = resolve(ROOT, 'data/dictionary.json');
const ready =
  existsSync(dictPath) &&
  existsSync(corpusDir) &&
  readdirSync(corpusDir).some((f) => f.endsWith('.labels.json'));

describe.skipIf(!ready)('claim corpus (golden)', () => {
  it('meets precision >= 0.97 and recall >= 0.93', () => {
    const dict = ModelDictionarySchema.parse(JSON.parse(readFileSync(dictPath, 'utf8')));
    const pages = loadCorpus(corpusDir, dict);
    const res = evaluatePages(pages, dict);
    const { precision, recall } = prf(res.overall);
    expect(res.overall.tp + res.overall.fn).toBeGreaterThan(0);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.93);
  });
});
