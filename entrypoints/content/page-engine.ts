import { extractDocument, type DocText } from '@/lib/claims/extract-text';
import type { Claim } from '@/lib/claims/types';
import type { VerdictResult } from '@/lib/verdicts/types';

/**
 * The claim engine as the page uses it: the page extracts its sections
 * (DOM work, which must happen here), the background runs the shared engine
 * over them and judges the claims (scanPage), and the page marks the answer.
 * The engine is not run in the page: a content script starts cold in every
 * page, and the engine's first run there cost more main-thread time than the
 * whole budget; in the worker it stays warm between pages.
 */
export interface SectionPayload {
  text: string;
  blocks: DocText['blocks'];
  tables: DocText['tables'];
}
export type ScanRequest = (
  docs: SectionPayload[],
  pageId: string,
) => Promise<{ docs: { claims: Claim[] }[]; results: VerdictResult[] }>;

/** Text per scanPage request: well under the message's 16M-character limit, and small answers. */
const MAX_CHARS_PER_REQUEST = 2_000_000;

/** A bigger section (a hostile or broken page) is not sent: the background refuses it, and would fail the whole batch. */
const MAX_SECTION_CHARS = 4_000_000;

/** A page id without crypto.randomUUID (plain-http pages are not secure contexts). */
const newPageId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export class PageEngine {
  private claims = new WeakMap<DocText, Claim[]>();
  private results = new Map<string, VerdictResult>();
  private pageId = newPageId();
  pageDate: string | undefined;

  constructor(
    private readonly request: ScanRequest,
    private readonly maxChars = MAX_CHARS_PER_REQUEST,
  ) {}

  extract(root: Element): DocText {
    return extractDocument(root);
  }

  /**
   * Sends the scan's sections, in reading order (in a few requests on huge
   * pages, so context carries across them), and keeps the answer for
   * findClaims / resultFor. Throws when the background cannot answer; the
   * marker retries the scan.
   */
  async prepare(docs: readonly DocText[]): Promise<void> {
    this.results = new Map();
    let batch: DocText[] = [];
    let chars = 0;
    const send = async () => {
      if (!batch.length) return;
      const sent = batch;
      batch = [];
      chars = 0;
      const answer = await this.request(
        sent.map((d) => ({ text: d.text, blocks: d.blocks, tables: d.tables })),
        this.pageId,
      );
      sent.forEach((d, i) => this.claims.set(d, answer.docs[i]?.claims ?? []));
      for (const r of answer.results) this.results.set(r.claimId, r);
    };
    for (const d of docs) {
      // A section with no text holds no claim and establishes nothing.
      if (!d.text.trim() || d.text.length > MAX_SECTION_CHARS) continue;
      if (chars + d.text.length > this.maxChars) await send();
      batch.push(d);
      chars += d.text.length;
    }
    await send();
  }

  findClaims(doc: DocText): Claim[] {
    return this.claims.get(doc) ?? [];
  }

  /** The verdict the scan answer carried for a claim findClaims returned. */
  resultFor(claim: Claim): VerdictResult | undefined {
    return this.results.get(claim.id);
  }

  /** A new article (client-side navigation): the background starts a fresh context for it. */
  resetContext(pageDate: string | undefined): void {
    this.pageId = newPageId();
    this.pageDate = pageDate;
  }
}
