/**
 * `npm run corrections -- list [--status S] | show ID | accept ID [--provenance P] [--unit U] [--as-of D] [--supersedes IDS] | reject ID --reason TEXT`
 * Reviews reader corrections stored by the server (server/corrections.sqlite, or --db / CLAIMCHECK_DB).
 * Accepting one appends {correctionId, fact, source, supersedes?} to data/facts/corrections.json
 * (AcceptedCorrectionsFileSchema); the next factbase:build + factbase:publish ships it.
 */
import { parseArgs } from 'node:util';
import { PROVENANCES, type Provenance } from '../lib/factbase/metrics';
import { appendToCuratedData, correctionToFact } from '../server/accept-correction';
import { CORRECTION_STATUSES, CorrectionsStore, type CorrectionStatus } from '../server/corrections-store';
import { DATA_DIR, DEFAULT_DB_PATH } from '../server/paths';

function fail(msg: string): never {
  console.error(msg);
  process.exit(2);
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      db: { type: 'string', default: process.env.CLAIMCHECK_DB ?? DEFAULT_DB_PATH },
      data: { type: 'string', default: DATA_DIR },
      status: { type: 'string' },
      reason: { type: 'string' },
      provenance: { type: 'string' },
      unit: { type: 'string' },
      'as-of': { type: 'string' },
      supersedes: { type: 'string' },
    },
  });
  const [command, id] = positionals;
  const store = new CorrectionsStore(values.db);
  try {
    switch (command) {
      case 'list': {
        if (values.status && !CORRECTION_STATUSES.includes(values.status as CorrectionStatus))
          fail(`--status is one of ${CORRECTION_STATUSES.join(', ')}`);
        const rows = store.list(values.status as CorrectionStatus | undefined);
        for (const r of rows) {
          const c = r.correction;
          console.log(
            `${r.id}  ${r.status.padEnd(8)}  ${r.createdAt.slice(0, 19)}  ${c.kind.padEnd(22)}  ${c.claim.modelId} ${c.claim.metric}${c.claim.benchmark ? ` ${c.claim.benchmark}` : ''}: ${c.claim.value ?? '—'} → ${c.proposedValue ?? '—'}`,
          );
        }
        console.log(`${rows.length} correction(s)`);
        return;
      }
      case 'show': {
        const row = id ? store.get(id) : undefined;
        if (!row) fail(`No correction ${id ?? ''}`);
        console.log(JSON.stringify({ ...row, client: undefined }, null, 2));
        return;
      }
      case 'accept': {
        const row = id ? store.get(id) : undefined;
        if (!row) fail(`No correction ${id ?? ''}`);
        if (row.status !== 'received') fail(`${row.id} is already ${row.status}`);
        if (values.provenance && !PROVENANCES.includes(values.provenance as Provenance))
          fail(`--provenance is one of ${PROVENANCES.join(', ')}`);
        const opts = {
          provenance: values.provenance as Provenance | undefined,
          unit: values.unit,
          asOf: values['as-of'],
          supersedes: values.supersedes
            ?.split(',')
            .map((x) => x.trim())
            .filter(Boolean),
        };
        const change = correctionToFact(row, opts);
        if (change) {
          appendToCuratedData(values.data, row, change, opts);
          console.log(
            `added fact ${change.fact.id} (${change.fact.modelId} ${change.fact.metric} = ${change.fact.value} ${change.fact.unit}) with source ${change.source.url}`,
          );
          console.log('next: npm run factbase:build && npm run factbase:publish -- --key FILE');
        } else {
          console.log(
            `${row.correction.kind} carries no value: status recorded, edit the curated data by hand if needed.`,
          );
        }
        store.decide(row.id, 'accepted', values.reason);
        console.log(`${row.id} accepted`);
        return;
      }
      case 'reject': {
        const row = id ? store.get(id) : undefined;
        if (!row) fail(`No correction ${id ?? ''}`);
        if (!values.reason?.trim()) fail('reject needs --reason TEXT (the reader sees it)');
        if (row.status !== 'received') fail(`${row.id} is already ${row.status}`);
        store.decide(row.id, 'rejected', values.reason.trim().slice(0, 1000));
        console.log(`${row.id} rejected`);
        return;
      }
      default:
        fail(
          'usage: npm run corrections -- list [--status S] | show ID | accept ID [--provenance P] [--unit U] [--as-of YYYY-MM-DD] [--supersedes FACT_ID,…] | reject ID --reason TEXT',
        );
    }
  } finally {
    store.close();
  }
}

main();
