import { z } from 'zod';
import { browser } from 'wxt/browser';
import { ClaimSchema } from './claims/types';
import { DocPayloadSchema } from './claims/doc-payload';
import { VerdictResultSchema } from './verdicts/types';
import { FactSchema, ModelSchema, SourceSchema } from './factbase/schema';
import { CorrectionSchema, OutboxEntrySchema } from './corrections/schema';

/**
 * The one typed message map. Every content↔background and popup↔background
 * call goes through here, and both ends validate with zod: a hostile page can
 * talk to our content script's world only through these shapes.
 */
const msg = <Req extends z.ZodType, Res extends z.ZodType>(req: Req, res: Res) => ({ req, res });

export const SyncStatusSchema = z.object({
  lastAttempt: z.number().optional(),
  lastSuccess: z.number().optional(),
  /** `updated`, `not-modified`, or an error message. */
  result: z.string().optional(),
  error: z.string().optional(),
  nextAttemptAt: z.number().optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const FactbaseInfoSchema = z.object({
  version: z.string().nullable(),
  created: z.string().nullable(),
  counts: z.object({ models: z.number(), facts: z.number(), sources: z.number() }),
  sync: SyncStatusSchema,
});
export type FactbaseInfo = z.infer<typeof FactbaseInfoSchema>;

export const SiteStateSchema = z.object({
  enabled: z.boolean(),
  /** `paused` (global pause) or `site-off` when not enabled. */
  reason: z.enum(['paused', 'site-off']).optional(),
  hiddenVerdicts: z.array(z.string()),
});

/** Sent to the background by content scripts, the popup and the options page. */
export const backgroundMessages = {
  /**
   * The content script's one call per scan: the sections it extracted, in
   * reading order; the background runs the shared claim engine over them (its
   * JIT is warm, and the page's main thread is spared the engine's cold first
   * run) and judges what it finds. `pageId` names one article in one tab, so
   * context ("Maverick" once Llama 4 is named, "it") carries over between the
   * scans of a page and never between pages. Claim ids are unique per answer.
   */
  scanPage: msg(
    z
      .object({
        url: z.string().max(8192),
        pageId: z.string().min(1).max(100),
        pageDate: z.string().max(40).optional(),
        docs: z.array(DocPayloadSchema).max(20_000),
      })
      .refine((r) => r.docs.reduce((n, d) => n + d.text.length, 0) <= 16_000_000, {
        message: 'more than 16M characters of text',
      }),
    z.object({
      docs: z.array(z.object({ claims: z.array(ClaimSchema) })),
      results: z.array(VerdictResultSchema),
    }),
  ),
  checkClaims: msg(
    z.object({ url: z.string(), pageDate: z.string().optional(), claims: z.array(ClaimSchema).max(5000) }),
    z.object({ results: z.array(VerdictResultSchema) }),
  ),
  getSiteState: msg(z.object({ url: z.string() }), SiteStateSchema),
  getFactbaseInfo: msg(z.object({}), FactbaseInfoSchema),
  getFactsForModel: msg(
    z.object({ modelId: z.string() }),
    z.object({ model: ModelSchema.nullable(), facts: z.array(FactSchema), sources: z.array(SourceSchema) }),
  ),
  syncNow: msg(z.object({}), SyncStatusSchema),
  submitCorrection: msg(
    // `id` (optional): chosen by the form so a re-submit after a lost answer stores nothing twice.
    z.object({
      correction: CorrectionSchema,
      id: z
        .string()
        .regex(/^[A-Za-z0-9_-]{8,100}$/)
        .optional(),
    }),
    z.object({ entry: OutboxEntrySchema }),
  ),
  listCorrections: msg(
    z.object({ pageUrl: z.string().optional() }),
    z.object({ entries: z.array(OutboxEntrySchema) }),
  ),
  /** From a card's "Suggest a correction": opens the correction form for that claim. */
  openCorrectionForm: msg(z.object({ claimId: z.string() }), z.object({ ok: z.boolean() })),
} as const;

export const PageClaimSchema = z.object({ claim: ClaimSchema, result: VerdictResultSchema.optional() });
export type PageClaim = z.infer<typeof PageClaimSchema>;

/** Sent to a tab's content script (tabs.sendMessage) by the popup or background. */
export const tabMessages = {
  getPageClaims: msg(
    z.object({}),
    z.object({
      url: z.string(),
      state: z.enum(['active', 'paused', 'site-off']),
      claims: z.array(PageClaimSchema),
    }),
  ),
  scrollToClaim: msg(z.object({ claimId: z.string() }), z.object({ found: z.boolean() })),
} as const;

type MessageMap = Record<string, { req: z.ZodType; res: z.ZodType }>;
export type BackgroundMessages = typeof backgroundMessages;
export type TabMessages = typeof tabMessages;
export type Req<M extends MessageMap, K extends keyof M> = z.input<M[K]['req']>;
export type Res<M extends MessageMap, K extends keyof M> = z.infer<M[K]['res']>;

type Envelope = { channel: 'claimcheck'; type: string; payload: unknown };
type Reply = { ok: true; data: unknown } | { ok: false; error: string };

export type Handlers<M extends MessageMap> = {
  [K in keyof M]: (
    payload: z.infer<M[K]['req']>,
    sender: { tabId?: number; url?: string },
  ) => Promise<Res<M, K>>;
};

export class MessageError extends Error {}

async function call<M extends MessageMap, K extends keyof M & string>(
  map: M,
  type: K,
  payload: Req<M, K>,
  send: (env: Envelope) => Promise<unknown>,
): Promise<Res<M, K>> {
  const req = map[type].req.parse(payload);
  const reply = (await send({ channel: 'claimcheck', type, payload: req })) as Reply | undefined;
  if (!reply) throw new MessageError(`No answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return map[type].res.parse(reply.data) as Res<M, K>;
}

export function sendToBackground<K extends keyof BackgroundMessages & string>(
  type: K,
  payload: Req<BackgroundMessages, K>,
): Promise<Res<BackgroundMessages, K>> {
  return call(backgroundMessages, type, payload, (env) => browser.runtime.sendMessage(env));
}

export function sendToTab<K extends keyof TabMessages & string>(
  tabId: number,
  type: K,
  payload: Req<TabMessages, K>,
): Promise<Res<TabMessages, K>> {
  return call(tabMessages, type, payload, (env) => browser.tabs.sendMessage(tabId, env));
}

/**
 * Builds an onMessage listener that validates every request and answer.
 * Uses sendResponse + `return true` (not a returned Promise) so it works in
 * Chrome, Firefox and WXT's fake browser alike.
 */
export function createListener<M extends MessageMap>(map: M, handlers: Partial<Handlers<M>>) {
  return (
    message: unknown,
    sender: { tab?: { id?: number }; url?: string },
    sendResponse: (r: Reply) => void,
  ) => {
    const env = message as Envelope | null;
    if (!env || typeof env !== 'object' || env.channel !== 'claimcheck' || typeof env.type !== 'string')
      return false;
    const def = map[env.type];
    const handler = handlers[env.type as keyof M];
    if (!def || !handler) return false;
    (async () => {
      const parsed = def.req.safeParse(env.payload);
      if (!parsed.success)
        return {
          ok: false as const,
          error: `Invalid ${env.type} request: ${parsed.error.issues[0]?.message}`,
        };
      const data = await handler(parsed.data as never, { tabId: sender.tab?.id, url: sender.url });
      return { ok: true as const, data: def.res.parse(data) };
    })()
      .catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }))
      .then(sendResponse);
    return true;
  };
}
