/**
 * `npm run factbase:build` — data/ → public/factbase/snapshot.json + manifest.json.
 * The extension bundles both; the background loads the snapshot into Dexie on install.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SnapshotManifestSchema } from '../lib/factbase/schema';
import { buildSnapshot } from './lib/build-snapshot';
import { writeJson } from './import/lib/write';

const ROOT = resolve(import.meta.dirname, '..');

export function writeSnapshot(dataDir = join(ROOT, 'data'), outDir = join(ROOT, 'public', 'factbase')) {
  const { snapshot, problems, dropped } = buildSnapshot(dataDir);
  const bad = problems.unsourced.length + problems.undated.length + problems.unknownModel.length;
  if (bad) throw new Error(`fact base has ${bad} invalid facts: ${JSON.stringify(problems).slice(0, 500)}`);
  const text = JSON.stringify(snapshot);
  const bytes = Buffer.from(text, 'utf8');
  const manifest = SnapshotManifestSchema.parse({
    version: snapshot.version,
    created: snapshot.created,
    file: 'snapshot.json',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    counts: {
      models: snapshot.models.length,
      facts: snapshot.facts.length,
      sources: snapshot.sources.length,
    },
  });
  mkdirSync(outDir, { recursive: true });
  // The claim engine's dictionary, also kept in data/ for Node tools (scan, eval) and review.
  writeJson(join(dataDir, 'dictionary.json'), snapshot.dictionary);
  writeFileSync(join(outDir, 'snapshot.json'), bytes);
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, dropped, gzipped: gzipSync(bytes, { level: 9 }).length };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { manifest, gzipped } = writeSnapshot();
  console.log(
    `factbase ${manifest.version}: ${manifest.counts.models} models, ${manifest.counts.facts} facts, ${manifest.counts.sources} sources; ` +
      `${(manifest.size / 1024).toFixed(0)} KiB (${(gzipped / 1024).toFixed(0)} KiB gzipped) → public/factbase/`,
  );
}
