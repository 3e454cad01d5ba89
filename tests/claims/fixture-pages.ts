import { readFileSync, readdirSync } from 'node:fs';
import { docFromText } from '@/lib/claims/extract-text';
import { DocPayloadSchema, type DocPayload } from '@/lib/claims/doc-payload';
import type { ModelDictionary } from '@/lib/claims/types';

/** The engine dictionary the fact base ships (data/dictionary.json). */
export const shippedDictionary = (): ModelDictionary =>
  JSON.parse(readFileSync(new URL('../../data/dictionary.json', import.meta.url), 'utf8')) as ModelDictionary;

/** Every labelled page of every fixture set (corpus and held-out sets). */
export function fixturePages(): URL[] {
  const root = new URL('../fixtures/', import.meta.url);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(new URL(`${d.name}/`, root))
        .filter((f) => f.endsWith('.html'))
        .map((f) => new URL(`${d.name}/${f}`, root)),
    );
}

/** Text as the content script sends it: extracted, through JSON, zod-checked. */
export function wirePayload(text: string): DocPayload {
  const d = docFromText(text);
  return DocPayloadSchema.parse(
    JSON.parse(JSON.stringify({ text: d.text, blocks: d.blocks, tables: d.tables })),
  );
}
