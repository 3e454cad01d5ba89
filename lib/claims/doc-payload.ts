import { z } from 'zod';

/**
 * An extracted page section as it travels from the content script to the
 * background (lib/messages.ts scanPage): the DocText of extract-text.ts
 * without its `segments` (DOM Text nodes stay in the page). The engine reads
 * only text, blocks and tables, so it scans a payload exactly as it scans the
 * DocText it came from. Offsets are checked against the text: the engine
 * slices with them.
 */
const offset = z.number().int().min(0);

const BlockSchema = z.object({
  start: offset,
  end: offset,
  kind: z.enum(['prose', 'table', 'heading', 'list']),
  table: offset.optional(),
  level: z.number().int().min(1).max(6).optional(),
});

const TableCellSchema = z.object({
  text: z.string().max(100_000),
  start: offset,
  end: offset,
  header: z.boolean(),
  col: offset,
  colspan: z.number().int().min(1).max(1000),
  rowspan: z.number().int().min(0).max(65_534).optional(),
});

const TableSchema = z.object({
  rows: z.array(z.object({ cells: z.array(TableCellSchema).max(1000) })).max(20_000),
  caption: z.string().max(10_000).optional(),
});

export const DocPayloadSchema = z
  .object({
    text: z.string().max(8_000_000),
    blocks: z.array(BlockSchema).max(200_000),
    tables: z.array(TableSchema).max(2_000),
  })
  .refine(
    (d) =>
      d.blocks.every(
        (b) =>
          b.start <= b.end && b.end <= d.text.length && (b.table === undefined || b.table < d.tables.length),
      ),
    { message: 'block offsets outside the text' },
  );
export type DocPayload = z.infer<typeof DocPayloadSchema>;
