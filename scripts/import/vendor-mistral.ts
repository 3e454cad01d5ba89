import { FactSink } from './lib/facts';
import { cellText, parseMarkdownTables, scaled } from './lib/markdown-table';
import type { ModelRegistry } from './lib/registry';

/** "Apache2", "Mistral Research License"; empty when weights are not available. */
function licenceOf(cell: string): string | undefined {
  const t = cellText(cell.replace(/:heavy_check_mark:/g, ''));
  return t || undefined;
}

/**
 * Mistral's models overview (vendor claims): for each model row, context length ("Max Tokens"),
 * weight licence, and the API endpoint/version as extra. Rows resolve by API endpoint first
 * (`mistral-small-2503`), then by display name.
 */
export function importMistral(
  md: string,
  reg: ModelRegistry,
  sink: FactSink,
  sourceId = 'mistral-models-overview',
  asOf = '2025-10-03',
): number {
  let n = 0;
  for (const t of parseMarkdownTables(md)) {
    const col = (name: string) => t.header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    const iModel = col('Model');
    const iWeights = col('Weight availability');
    const iTokens = col('Max Tokens');
    const iEndpoint = col('API Endpoints');
    const iVersion = col('Version');
    const iDeprecated = col('Deprecation date');
    if (iModel < 0 || iEndpoint < 0) continue;
    for (const row of t.rows) {
      const name = cellText(row[iModel] ?? '');
      const endpoint = /`([^`]+)`/.exec(row[iEndpoint] ?? '')?.[1];
      if (!name) continue;
      const res =
        (endpoint ? reg.resolve(endpoint, sourceId) : undefined) ??
        reg.resolve(name, sourceId, { createIfMissing: true, create: { vendor: 'Mistral AI' } })!;
      if (endpoint && !res.model.names.has(endpoint) && !reg.lookup(endpoint)) res.model.names.add(endpoint);
      const extra: Record<string, string> = { row: name };
      if (endpoint) extra.endpoint = endpoint;
      if (iVersion >= 0 && cellText(row[iVersion] ?? '')) extra.version = cellText(row[iVersion]);
      if (iDeprecated >= 0 && cellText(row[iDeprecated] ?? '')) {
        extra.deprecationDate = cellText(row[iDeprecated]);
        // Listed under "Legacy models" with a deprecation date (curated models keep their status).
        if (!res.model.core) res.model.status = 'deprecated';
      }
      const base = {
        modelId: res.model.id,
        setting: res.setting,
        asOf,
        provenance: 'vendor' as const,
        sourceId,
        extra,
      };
      const tokens = iTokens >= 0 ? cellText(row[iTokens] ?? '') : '';
      const ctx = tokens ? scaled(tokens) : undefined;
      if (ctx) {
        sink.add({
          ...base,
          metric: 'context_window',
          value: ctx,
          valueText: tokens,
          unit: 'tokens',
          note: 'Max Tokens column',
        });
        n++;
      }
      const lic = iWeights >= 0 ? licenceOf(row[iWeights] ?? '') : undefined;
      if (lic) {
        sink.add({ ...base, metric: 'license', valueText: lic, unit: 'text', note: 'open weights' });
        n++;
      }
    }
  }
  return n;
}
