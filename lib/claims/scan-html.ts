/**
 * Node-side entry: HTML string -> DocText (+ page date) via linkedom.
 * Kept out of index.ts so the extension bundle never pulls in linkedom.
 */
import { parseHTML } from 'linkedom';
import { extractDocument, type DocText } from './extract-text';
import { findPageDate } from './page-date';

export function parseHtmlDocument(html: string): Document {
  // linkedom needs a full document to give us <head> and <body>
  const wrapped = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document as unknown as Document;
}

export function scanHtml(html: string): { doc: DocText; pageDate?: string } {
  const document = parseHtmlDocument(html);
  return { doc: extractDocument(document), pageDate: findPageDate(document) };
}
