import { parseHTML } from 'linkedom';
import { createClaimEngine } from '@/lib/claims/engine';
import { extractDocument } from '@/lib/claims/extract-text';
import type { Claim } from '@/lib/claims/types';
import { shippedDictionary } from './fixture-pages';

// Shared by the tests that feed the engine small hand-written HTML pages (tables, headings, lists).
const engine = createClaimEngine(shippedDictionary());

/** The engine's claims on `html` placed as the body of an <article>. */
export function claimsOfArticle(html: string): Claim[] {
  const { document } = parseHTML(`<html><body><article>${html}</article></body></html>`);
  return engine.findClaims(extractDocument(document.body));
}

/** One table row of `tag` cells. */
export const row = (cells: string[], tag = 'td'): string =>
  `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

/** A table with an optional caption, one header row and body rows. */
export const table = (caption: string, head: string[], rows: string[][]): string =>
  `<table>${caption ? `<caption>${caption}</caption>` : ''}<thead>${row(head, 'th')}</thead><tbody>${rows
    .map((r) => row(r))
    .join('')}</tbody></table>`;

/** Each claim on the page as [model id, metric, value (or its text), quote, benchmark]. */
export const claimRowsOfArticle = (html: string) =>
  claimsOfArticle(html).map((c) => [
    c.model.id,
    c.metric,
    c.value ?? c.valueText ?? null,
    c.quote,
    c.benchmark ?? null,
  ]);
