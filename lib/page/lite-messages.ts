import { browser } from 'wxt/browser';
import type { BackgroundMessages, Req, Res, TabMessages } from '../messages';
import { VERDICTS } from '../verdicts/names';

/**
 * The content script's side of lib/messages.ts without zod. The envelope and
 * reply shapes are exactly those of sendToBackground/createListener (the
 * background still validates every request with zod), but the content script
 * must stay under 40 KB gzipped and zod alone is bigger than that budget.
 * Answers from our own background get structural checks of the fields we use;
 * requests to this script can only come from the extension itself (pages
 * cannot reach runtime messaging), and are checked the same way.
 */
type Envelope = { channel: 'claimcheck'; type: string; payload: unknown };
type Reply = { ok: true; data: unknown } | { ok: false; error: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
// From the zod-free list: lib/verdicts/types builds zod schemas at load.
const verdictSet = new Set<string>(VERDICTS);

const validResults = (rs: unknown) =>
  Array.isArray(rs) &&
  rs.every(
    (r) =>
      isObj(r) &&
      typeof r.claimId === 'string' &&
      verdictSet.has(r.verdict as string) &&
      Array.isArray(r.expected) &&
      Array.isArray(r.facts),
  );
/** The claim fields the marker reads (offsets, quote, the model for labels). */
const isClaim = (c: unknown) =>
  isObj(c) &&
  typeof c.id === 'string' &&
  typeof c.quote === 'string' &&
  Number.isInteger(c.start) &&
  Number.isInteger(c.end) &&
  isObj(c.model) &&
  typeof c.metric === 'string';

/** Structural checks for the answers the content script reads. */
const answerChecks: { [K in keyof BackgroundMessages]?: (d: unknown) => boolean } = {
  getSiteState: (d) => isObj(d) && typeof d.enabled === 'boolean' && Array.isArray(d.hiddenVerdicts),
  checkClaims: (d) => isObj(d) && validResults(d.results),
  scanPage: (d) =>
    isObj(d) &&
    Array.isArray(d.docs) &&
    d.docs.every((x) => isObj(x) && Array.isArray(x.claims) && x.claims.every(isClaim)) &&
    validResults(d.results),
  listCorrections: (d) => isObj(d) && Array.isArray(d.entries),
  openCorrectionForm: (d) => isObj(d),
};

export async function ask<K extends keyof BackgroundMessages & string>(
  type: K,
  payload: Req<BackgroundMessages, K>,
): Promise<Res<BackgroundMessages, K>> {
  const env: Envelope = { channel: 'claimcheck', type, payload };
  const reply = (await browser.runtime.sendMessage(env)) as Reply | undefined;
  if (!reply || !isObj(reply)) throw new Error(`No answer to ${type}`);
  if (!reply.ok) throw new Error(String(reply.error));
  const check = answerChecks[type];
  if (check && !check(reply.data)) throw new Error(`Malformed answer to ${type}`);
  return reply.data as Res<BackgroundMessages, K>;
}

export type TabHandlers = {
  [K in keyof TabMessages]: (payload: Req<TabMessages, K>) => Promise<Res<TabMessages, K>>;
};

const requestChecks: { [K in keyof TabMessages]: (p: unknown) => boolean } = {
  getPageClaims: (p) => isObj(p),
  scrollToClaim: (p) => isObj(p) && typeof p.claimId === 'string',
};

/** An onMessage listener answering tab messages with the createListener reply protocol. */
export function tabListener(handlers: TabHandlers) {
  return (message: unknown, _sender: unknown, sendResponse: (r: Reply) => void): boolean => {
    if (!isObj(message) || message.channel !== 'claimcheck' || typeof message.type !== 'string') return false;
    const type = message.type as keyof TabMessages;
    if (!Object.prototype.hasOwnProperty.call(requestChecks, type)) return false;
    if (!requestChecks[type](message.payload)) {
      sendResponse({ ok: false, error: `Invalid ${type} request` });
      return false;
    }
    const handler = handlers[type] as (p: unknown) => Promise<unknown>;
    handler(message.payload)
      .then((data) => sendResponse({ ok: true, data }))
      .catch((e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    return true;
  };
}
