/**
 * CLI: find claims about AI models in an article.
 *   npm run scan -- <file.html|file.txt|file.md|-> [--json]
 * Errors (empty, binary, non-UTF-8, > 50 MB, unreadable) print one line and exit 1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClaimEngine } from '../lib/claims/engine';
import { docFromText, type DocText } from '../lib/claims/extract-text';
import { markdownToHtml } from '../lib/claims/markdown-html';
import { scanHtml } from '../lib/claims/scan-html';
import { ModelDictionarySchema, type Claim, type ModelDictionary } from '../lib/claims/types';
import { endQuietlyOnClosedPipe } from './lib/quiet-pipe';

const MAX_BYTES = 50 * 1024 * 1024;
const ROOT = resolve(import.meta.dirname, '..');

class InputError extends Error {}

function usage(): never {
  throw new InputError('usage: npm run scan -- <file.html|file.txt|-> [--json]');
}

async function readInput(arg: string): Promise<Buffer> {
  if (arg === '-') {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of process.stdin) {
      const b = chunk as Buffer;
      total += b.length;
      if (total > MAX_BYTES) throw new InputError('input is larger than 50 MB; refusing to scan it');
      chunks.push(b);
    }
    return Buffer.concat(chunks);
  }
  let size: number;
  try {
    const st = statSync(arg);
    if (st.isDirectory()) throw new InputError(`${arg} is a directory, not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${arg}: no such file or not readable`);
  }
  if (size > MAX_BYTES)
    throw new InputError(
      `${arg} is larger than 50 MB (${(size / 1048576).toFixed(1)} MB); refusing to scan it`,
    );
  try {
    return readFileSync(arg);
  } catch {
    throw new InputError(`cannot read ${arg}`);
  }
}

/** Validate and decode; every rejection is a one-line InputError. */
export function decodeInput(buf: Buffer, name: string): string {
  if (buf.length === 0) throw new InputError(`${name} is empty; nothing to scan`);
  if (buf.length > MAX_BYTES) throw new InputError(`${name} is larger than 50 MB; refusing to scan it`);
  if (buf.includes(0))
    throw new InputError(`${name} looks binary (it contains NUL bytes); give an HTML or text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text; convert it to UTF-8 first`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(`${name} is empty (only whitespace); nothing to scan`);
  return text;
}

export function loadDictionary(): { dict: ModelDictionary; source: string } {
  const path = resolve(ROOT, 'data/dictionary.json');
  if (!existsSync(path))
    throw new InputError('data/dictionary.json is missing; run npm run factbase:build first');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError('data/dictionary.json is not valid JSON');
  }
  const parsed = ModelDictionarySchema.safeParse(raw);
  if (!parsed.success) throw new InputError('data/dictionary.json does not match ModelDictionarySchema');
  return { dict: parsed.data, source: path };
}

interface VerdictInfo {
  verdict: string;
  explanation: string;
}

/**
 * Verdicts come from lib/verdicts + the fact base snapshot (other modules).
 * Loaded dynamically so the scanner still works where they are absent.
 */
async function judge(claims: Claim[], pageDate?: string): Promise<Map<string, VerdictInfo> | null> {
  const verdictsPath = resolve(ROOT, 'lib/verdicts/index.ts');
  const storePath = resolve(ROOT, 'lib/factbase/memory-store.ts');
  const snapPath = resolve(ROOT, 'scripts/lib/load-snapshot.ts');
  if (!existsSync(verdictsPath) || !existsSync(storePath) || !existsSync(snapPath)) return null;
  try {
    const verdicts = await import(pathToFileURL(verdictsPath).href);
    const storeMod = await import(pathToFileURL(storePath).href);
    const snapMod = await import(pathToFileURL(snapPath).href);
    if (
      typeof verdicts.judgeClaims !== 'function' ||
      typeof storeMod.createMemoryStore !== 'function' ||
      typeof snapMod.loadSnapshot !== 'function'
    )
      return null;
    const snapshot = await snapMod.loadSnapshot();
    const store = storeMod.createMemoryStore(snapshot);
    const results = (await verdicts.judgeClaims(claims, store, { pageDate })) as {
      claimId: string;
      verdict: string;
      explanation: string;
    }[];
    const map = new Map<string, VerdictInfo>();
    for (const r of results) map.set(r.claimId, { verdict: r.verdict, explanation: r.explanation });
    return map;
  } catch (e) {
    process.stderr.write(`warning: verdicts unavailable (${(e as Error).message.split('\n')[0]})\n`);
    return null;
  }
}

function formatValue(c: Claim): string {
  if (c.metric === 'comparison')
    return `${c.comparison?.direction} ${c.comparison?.others.map((o) => o.name).join(', ')}`;
  if (c.valueText) return c.valueText;
  if (c.value === null) return '';
  const v = c.value;
  const n =
    v >= 1e12 && v % 1e9 === 0
      ? `${v / 1e12}T`
      : v >= 1e9 && v < 1e15
        ? `${+(v / 1e9).toFixed(3)}B`
        : v >= 1e6 && v < 1e9
          ? `${+(v / 1e6).toFixed(3)}M`
          : v >= 1e15
            ? v.toExponential(3)
            : String(v);
  const low = c.valueLow !== undefined ? `${c.valueLow} → ` : '';
  return `${low}${n}${c.unit === '%' ? '%' : ''}`;
}

function table(claims: Claim[], verdicts: Map<string, VerdictInfo> | null): string {
  const head = ['#', 'model', 'metric', 'value', 'hedge', 'benchmark', 'where', 'quote'];
  if (verdicts) head.push('verdict');
  const rows = claims.map((c, i) => {
    const r = [
      String(i + 1),
      c.model.name +
        (c.variant &&
        !c.model.name.toLowerCase().replace(/-/g, ' ').includes(c.variant.toLowerCase().replace(/-/g, ' '))
          ? ` [${c.variant}]`
          : ''),
      c.metric,
      formatValue(c),
      c.hedge === 'exact' ? '' : c.hedge,
      [c.benchmark, c.setting].filter(Boolean).join(' / '),
      c.context,
      JSON.stringify(c.quote.length > 40 ? c.quote.slice(0, 39) + '…' : c.quote),
    ];
    if (verdicts) r.push(verdicts.get(c.id)?.verdict ?? '');
    return r;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((x, i) => x.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  if (verdicts) {
    out.push('');
    claims.forEach((c, i) => {
      const v = verdicts.get(c.id);
      if (v) out.push(`${i + 1}. ${v.verdict}: ${v.explanation}`);
    });
  }
  return out.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json' && (a === '-' || !a.startsWith('-')));
  if (argv.some((a) => a.startsWith('-') && a !== '-' && a !== '--json')) usage();
  if (files.length !== 1) usage();
  const file = files[0];
  const name = file === '-' ? 'standard input' : file;
  const text = decodeInput(await readInput(file), name);
  const { dict } = loadDictionary();
  const engine = createClaimEngine(dict);
  const isHtml = /\.x?html?$/i.test(file) || (!/\.(?:txt|md|markdown)$/i.test(file) && /^\s*</.test(text));
  const isMarkdown = /\.(?:md|markdown)$/i.test(file);
  let doc: DocText;
  let pageDate: string | undefined;
  if (isHtml) ({ doc, pageDate } = scanHtml(text));
  else if (isMarkdown) ({ doc } = scanHtml(markdownToHtml(text)));
  else doc = docFromText(text);
  const claims = engine.findClaims(doc, { pageDate });
  const verdicts = await judge(claims, pageDate);
  if (json) {
    const out = claims.map((c) => {
      const v = verdicts?.get(c.id);
      return v ? { ...c, verdict: v.verdict, explanation: v.explanation } : c;
    });
    process.stdout.write(JSON.stringify({ claims: out }, null, 2) + '\n');
    return;
  }
  if (!claims.length) {
    process.stdout.write('No claims about AI models found.\n');
    return;
  }
  process.stdout.write(
    `${claims.length} claim${claims.length === 1 ? '' : 's'}${pageDate ? ` (page dated ${pageDate})` : ''}\n\n`,
  );
  process.stdout.write(table(claims, verdicts) + '\n');
}

endQuietlyOnClosedPipe();
main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof InputError) process.stderr.write(`claimcheck: ${e.message}\n`);
  else
    process.stderr.write(
      `claimcheck: unexpected error: ${(e as Error)?.message?.split('\n')[0] ?? String(e)}\n`,
    );
  process.exit(1);
});
