/**
 * HTML tables: row = model or benchmark, column = the other; a cell is a
 * value; header text gives the metric ("Total params", "Context window") or
 * the setting ("5-shot", "pass@1").
 */
import type { Hedge, Metric } from '../factbase/metrics';
import type { DictionaryIndex } from './dictionary-index';
import type { EngineContext } from './engine';
import type { Table, TableCell } from './extract-text';
import { foldText } from './fold-text';
import { lengthSetting } from './length-setting';
import { familiesNamed, resolveMentions, type ModelMention } from './mentions';
import { findSetting } from './metric-cues';
import { findQuantities, type Quantity } from './parse-quantity';
import { findDates } from './dates-licenses';
import { modeModel } from './thinking-header';
import { restoredNameMatches } from './table-short-names';
import { categorySetting } from './category-setting';
import { cellLeadHedge, cellTailHedge } from './cell-hedges';
import { blankCellNotes, isServingLimitCell } from './cell-notes';
import {
  cellOwnWords,
  DISCOUNT_TIER_PRICE,
  isArenaRatingCell,
  MIN_OWN_GPUS,
  NON_CLAIM_COLUMN,
  OWN_COLUMN_MEASURE,
} from './table-columns';
import { PLAIN_MODE, slashHeaderSides, slashPairSides } from './table-slash-pairs';
import type { Claim } from './types';

export interface HeaderMetric {
  metric: Metric;
  unit?: string;
  scale: number;
  benchmark?: string;
}

/** Metric named by a header or row label (folded text). */
const ELO_WORDS = /\b(?:elo|ratings?|scores?|style[\s-]control(?:led)?|with|without|arena)\b/g;

// "(B)", "(in billions)", "(K tokens)", "(billions of parameters)": the header's unit scales bare numbers
const UNIT_TAIL = String.raw`(?:\s+(?:of\s+)?(?:params|parameters|tokens))?\)`;
const SCALE_B = new RegExp(
  String.raw`\((?:in\s+)?(?:b|bn|billions?)` + UNIT_TAIL + String.raw`|\bbillions?\b`,
);
const SCALE_T = new RegExp(String.raw`\((?:in\s+)?(?:t|trillions?)` + UNIT_TAIL);
const SCALE_M = new RegExp(String.raw`\((?:in\s+)?(?:m|millions?)` + UNIT_TAIL);
const SCALE_K = new RegExp(String.raw`\((?:in\s+)?(?:k|thousands?)` + UNIT_TAIL);

export function headerMetric(t: string, arenaName: string): HeaderMetric | null {
  const scale = SCALE_B.test(t)
    ? 1e9
    : SCALE_T.test(t)
      ? 1e12
      : SCALE_M.test(t)
        ? 1e6
        : SCALE_K.test(t)
          ? 1e3
          : 1;
  // "Elo" alone means the arena; "CodeForces (Elo)" is another benchmark's rating.
  if (
    /arena (?:score|rating|elo)|\blmarena\b|chatbot arena|lmsys/.test(t) ||
    (/\belo\b/.test(t) && !/[a-z]{3,}/.test(t.replace(ELO_WORDS, ' ')))
  )
    return { metric: 'arena_elo', unit: 'elo', scale: 1, benchmark: arenaName };
  if (/\bactive\b|\bactivated\b/.test(t) && /param|size|\(b\)|^\W*(?:active|activated)\W*$/.test(t))
    return { metric: 'active_params', unit: 'params', scale };
  // "Experts used per token" / "active experts" count the routing width, not the expert total
  if (/\bexperts?\b/.test(t) && !/mixture/.test(t))
    return /per token|\b(?:active|activated|used|selected)\b|top-?k/.test(t)
      ? null
      : { metric: 'experts', unit: 'experts', scale: 1 };
  if (/gpu[\s-]?hours?|h100[\s-]?hours?/.test(t))
    return { metric: 'training_gpu_hours', unit: 'gpu_hours', scale };
  if (
    /training tokens|train(?:ing)? data\b(?! cutoff)|tokens trained|pre-?training tokens|dataset size|training set|\btoken count\b/.test(
      t,
    ) &&
    !/mix of|publicly available/.test(t)
  )
    return { metric: 'training_tokens', unit: 'tokens', scale };
  if (
    /\bcontext\b|context window|max(?:imum)? (?:input )?tokens|\bwindow\b|\beffective(?: (?:length|size))?\s*$/.test(
      t,
    )
  )
    // the length a test used ("Context used", "Max context tested") is the run's, not the model's
    // (narrowly: "Context (advertised, tested by RULER)" still names the window)
    return /\b(?:context|length|tokens?)\s+(?:used|tested|evaluated)\b|\b(?:used|tested|test|evaluated)\s+(?:context|length)\b|\bin (?:the |our )?(?:test|run|eval)\b/.test(
      t,
    )
      ? null
      : { metric: 'context_window', unit: 'tokens', scale };
  if (/\bparam(?:eter)?s?\b|\bsize\b|total params|^\W*total\W*$/.test(t))
    return { metric: 'total_params', unit: 'params', scale };
  if (/\bflops?\b|training compute/.test(t)) return { metric: 'training_compute', unit: 'flop', scale };
  // GPUs to serve or run a model are no training claim: "GPUs needed for inference", "Min. GPUs"
  if (
    /\bgpus\b|hardware quantity|\bchips\b|accelerators/.test(t) &&
    !/inference|serv(?:e|ing)|deploy|needed|required|\bmin(?:imum)?\b|\bto run\b|\bvram\b|\bper node\b/.test(
      t,
    )
  )
    return { metric: 'training_gpus', unit: 'gpus', scale };
  // a knowledge cutoff, deprecation or last-update date is no release date
  if (
    /release|launch(?:ed)?|\bdate\b|availab/.test(t) &&
    !/cut-?off|knowledge|training data|deprecat|retire|sunset|shutdown|updated|\bend\b|\beol\b/.test(t) &&
    // the date a leaderboard added, tested or scored a model is no release date
    !/\bdate\s+(?:added|tested|evaluated|submitted|benchmarked|measured|retrieved|accessed|checked|scored|run)\b|\b(?:added|test|tested|evaluated|eval|submitted|benchmarked|measured|retrieved|accessed|checked|scored)\s+(?:on|date)\b|\bsubmission\b/.test(
      t,
    )
  )
    return { metric: 'release_date', unit: 'date', scale: 1 };
  if (/licen[cs]e/.test(t)) return { metric: 'license', scale: 1 };
  if (
    /(?:price|cost|\$|input|output).*(?:million|1m|mtok|\/\s*m\b)|(?:million|1m|mtok).*(?:price|cost|\$)|^\W*(?:input|output)\s+(?:price|cost)\W*$/.test(
      t,
    )
  )
    return { metric: 'price', unit: 'usd_per_mtok', scale: 1 };
  if (/downloads/.test(t)) return { metric: 'downloads', unit: 'downloads', scale };
  if (/refusal/.test(t)) return { metric: 'refusal_rate', unit: '%', scale: 1 };
  return null;
}

interface GridCell {
  cell: TableCell;
  f: string;
}

const EMPTY = /^(?:[-\u2013\u2014\u2012]|n\/?a|\?|tbd|x|none|\s*)$/;

/** A cell's single value: number (+ CI / footnote allowed), else null. */
function cellValue(g: GridCell): { q: Quantity; hedge: Hedge } | null {
  // footnote daggers ("80.5†") are blanked, offsets kept: the number parser reads them as glued text
  const f = /[\u2020\u2021\u00a7\u00b6]/.test(g.f) ? g.f.replace(/[\u2020\u2021\u00a7\u00b6]/g, ' ') : g.f;
  const qs = findQuantities(f);
  if (!qs.length) return null;
  const q = qs[0];
  const lead = f.slice(0, q.start).trim();
  let hedge: Hedge = 'exact';
  if (lead) {
    if (/^(?:~|≈|approx\.?|about|around|roughly)$/.test(lead)) hedge = 'about';
    else if (/^(?:>|>=|\u2265|over|more than|at least|no less than)$/.test(lead)) hedge = 'over';
    else if (/^(?:<|<=|\u2264|under|less than|at most|no more than)$/.test(lead)) hedge = 'under';
    else if (/^up to$/.test(lead)) hedge = 'up to';
    else {
      // "nearly 2T", "estimated 1.8T", "est. 1.8T", "reportedly 1.8T": the whole lead is one hedge phrase
      const h = cellLeadHedge(lead);
      if (!h) return null;
      hedge = h;
    }
  }
  if (f[q.start] === '~') hedge = 'about';
  if (q.low !== undefined) hedge = 'range';
  // a dated note or the figure restated ("(April 2025)", "(1M)") is no second value
  const rest = blankCellNotes(f.slice(q.end), q);
  // allowed trailers: CI "(+13/-12)", "± 1.2", footnote marks, unit words
  const stripped = rest.replace(
    /\(\s*[+\-\u00b1][^)]*\)|\u00b1\s*[\d.]+|[*\u2020\u2021\u00b9\u00b2\u00b3]+|\[\d+\]|\b[a-z]+\d+[a-z0-9]*\b|(?:\/|\bper\b)\s*1\s*(?:m|million)\b/g,
    '',
  );
  if (/\d/.test(stripped)) return null;
  // "2T (est.)", "1.8T (reported)": a trailing bracket hedges an unhedged figure
  if (hedge === 'exact') hedge = cellTailHedge(stripped) ?? hedge;
  return { q, hedge };
}

/** A checkpoint suffix glued to a name by a hyphen: "Llama-3.1 405B-Inst.", "Qwen2.5 72B-Chat". */
const GLUED_SUFFIX = /-(?=(?:inst\.?|instruct|chat|it)(?![a-z0-9]))/gi;

/** A bracket after a name pointing to what the name now resolves to: "(→ V3-0324)", "(now GPT-4.1)". */
const REDIRECT = /\(\s*(?:\u2192|->|=>|now)\s*([^()]*[^()\s])\s*\)\s*$/;

/** The model a label cell names (it must be mostly the name). */
function cellModel(idx: DictionaryIndex, g: GridCell, ctx: EngineContext): ModelMention | null {
  const m = cellModelOnce(idx, g, ctx);
  if (m) return m;
  // "deepseek-v3 (→ V3-0324)": an alias and what it now points to; the row's figures are the target's
  const to = REDIRECT.exec(g.f);
  if (to) {
    const a = to.index + to[0].indexOf(to[1]);
    const t = cellModelOnce(
      idx,
      {
        cell: {
          ...g.cell,
          start: g.cell.start + a,
          end: g.cell.start + a + to[1].length,
          text: g.cell.text.slice(a, a + to[1].length),
        },
        f: to[1],
      },
      ctx,
    );
    if (t) return t;
  }
  if (!g.f.includes('-') || !GLUED_SUFFIX.test(g.f)) return m;
  // ("405B-Inst." reads as one glued word): the suffix unglued is the usual decoration after a name
  GLUED_SUFFIX.lastIndex = 0;
  const text = g.cell.text.replace(GLUED_SUFFIX, ' ');
  return cellModelOnce(idx, { cell: { ...g.cell, text }, f: g.f.replace(GLUED_SUFFIX, ' ') }, ctx);
}

function cellModelOnce(idx: DictionaryIndex, g: GridCell, ctx: EngineContext): ModelMention | null {
  if (!g.f.trim()) return null;
  // "Llama 4<br>Maverick": a cell's lines read as one name
  if (g.cell.text.includes('\n')) g = { ...g, f: g.f.replace(/\s{2,}/g, ' ') };
  let orig = g.cell.text.includes('\n') ? g.cell.text.replace(/\s{2,}/g, ' ') : g.cell.text;
  let matches = idx.matcher.findAll(g.f, orig);
  // "Small 3.1 24B Instruct" on a page that named Mistral Small 3.1: the name without its first word
  let restored: Set<string> | null = null;
  if (!matches.length) {
    const r = /[a-z]/.test(g.f) ? restoredNameMatches(idx, g.f, orig, ctx.mentioned) : null;
    if (!r) return null;
    ({ matches, orig } = r);
    g = { ...g, f: r.f };
    restored = r.ids;
  }
  const here = new Set<string>();
  familiesNamed(matches, here);
  const { models } = resolveMentions(idx, g.f, orig, matches, ctx.families, here);
  for (const fam of here) ctx.families.add(fam);
  if (models.length !== 1) return null;
  const m = models[0];
  if (restored && !restored.has(m.ref.id) && !restored.has(idx.models.get(m.ref.id)?.parent ?? ''))
    return null;
  // "Claude 3.7 Sonnet 64K extended thinking", "… No extended thinking": the name and its reasoning mode
  if (!g.f.slice(0, m.start).trim()) {
    const mode = modeModel(idx, m, g.f.slice(m.end));
    if (mode) return mode;
  }
  // leftover text must be short decoration: "(ours)", "Instruct", footnote
  const left = (g.f.slice(0, m.start) + ' ' + g.f.slice(m.end)).replace(
    /\([^)]*\)|[*\u2020\u2021\d\s,.:-]/g,
    '',
  );
  if (left.length > 14) return null;
  return m;
}

/** The model the header cells of column `c` name when read top-down as one name. */
function joinedHeaderModel(
  idx: DictionaryIndex,
  grid: (GridCell | null)[][],
  h: number,
  c: number,
  ctx: EngineContext,
): ModelMention | null {
  const texts: string[] = [];
  let prev: GridCell | null = null;
  for (let r = 0; r < h; r++) {
    const g = grid[r][c];
    if (!g || g === prev || !g.f.trim()) continue;
    prev = g;
    texts.push(g.cell.text.trim());
  }
  if (texts.length < 2) return null;
  const text = texts.join(' ');
  const g: GridCell = {
    cell: { text, start: 0, end: text.length, header: true, col: c, colspan: 1 },
    f: foldText(text),
  };
  const m = cellModel(idx, g, ctx);
  return m && !m.isFamily ? m : null;
}

/** A benchmark row's split or version: "MMMU (val)" → "val", "LiveCodeBench v5" → "v5". */
function splitQualifier(label: string): string | undefined {
  return (
    /\((val|validation|test|dev|testmini|test-mini)\)/.exec(label)?.[1] ??
    /(?:^|\s)(v\d+(?:\.\d+)?)(?:\s|$|\))/.exec(label)?.[1]
  );
}

function cellBenchmark(idx: DictionaryIndex, g: GridCell): string | null {
  // "GPQA<br>Diamond": a header's lines are one name (only the id is kept, so offsets may shift)
  const lines = g.cell.text.includes('\n');
  const f = lines ? g.f.replace(/\s{2,}/g, ' ') : g.f;
  const matches = idx.matcher.findAll(f, lines ? g.cell.text.replace(/\s{2,}/g, ' ') : g.cell.text);
  for (const m of matches) {
    // "MMLU-Redux" is not "MMLU"
    if (f[m.end] === '-' && /[a-z0-9]/.test(f[m.end + 1] ?? '')) continue;
    for (const e of m.entries) if (e.kind === 'benchmark' && !e.familyScoped) return e.id;
  }
  return null;
}

/** Expand colspans and rowspans into a rectangular grid. */
function buildGrid(table: Table, text: string): (GridCell | null)[][] {
  const grid: (GridCell | null)[][] = [];
  const carry: { cell: GridCell; left: number }[] = [];
  for (const row of table.rows) {
    const out: (GridCell | null)[] = [];
    let col = 0;
    const place = (gc: GridCell, span: number) => {
      for (let k = 0; k < span; k++) out[col + k] = gc;
      col += span;
    };
    const fill = () => {
      while (carry[col] && carry[col].left > 0) {
        carry[col].left--;
        out[col] = carry[col].cell;
        col++;
      }
    };
    for (const cell of row.cells) {
      fill();
      const gc: GridCell = { cell, f: foldText(text.slice(cell.start, cell.end)) };
      const start = col;
      place(gc, cell.colspan);
      if (cell.rowspan && cell.rowspan > 1)
        for (let k = start; k < col; k++) carry[k] = { cell: gc, left: cell.rowspan - 1 };
    }
    fill();
    grid.push(out);
  }
  return grid;
}

/** What may surround two prices in one cell: separators, per-million units, input / output words. */
const PRICE_PAIR_REST =
  /^(?:[\s/,;|]|\bper\b|\b1?\s*m\b|\bmillion\b|\bmtok\b|\btokens?\b|\b(?:in|input|out|output|prompt|completion)\b)*$/;

/** "17B (Activated) 109B (Total)", "109B total, 17B active": two sizes, each naming its metric. */
const NAMED_PAIR =
  /^(\s*~?[\d.,]+\s*[bmt]?\s*\(?(activ(?:e|ated)|total)\)?\s*[,;/]?\s*)(~?[\d.,]+\s*[bmt]?\s*\(?(activ(?:e|ated)|total)\)?\s*)$/;

/** Columns that never hold a claim value (ranks, votes, gaps, intervals). */
const NON_VALUE_HEADER =
  /\b(?:rank|#|no\.|votes?|gap|diff(?:erence)?|delta|change|ci|interval|position|place|organi[sz]ation|org|provider|notes?|shots?|metric|category|type|command|edit format|cost|vram|memory|gb|speed|latency|throughput)\b|\u0394|\u00b1/;
/** A column of output caps or rate limits: "Max output tokens", "TPM", "Requests per minute". */
const OUTPUT_LIMIT_HEADER =
  /\b(?:output|completion|max(?:imum)?|limits?|caps?|rpm|tpm|rpd|tpd|per (?:minute|day|second))\b/;
/** A column measuring a local run of the model, not the model itself. */
const RUN_HEADER =
  /\b(?:vram|memory|ram|gpu mem(?:ory)?|tokens?\s*\/\s*s(?:ec)?|tok\/s|t\/s|tokens per second|throughput|quant(?:i[sz]ation|\.)?|precision)\b/;
/** A bare context header (no window, maximum or native): in a run table it is the length tested. */
const RUN_CONTEXT_HEADER =
  /^(?!.*\b(?:window|max(?:imum)?|native|supported|claimed|advertised|official|stated|listed|rated)\b).*\b(?:context|ctx)\b/;
/** A caption naming dollars: "(USD per million tokens)", "US dollars per million tokens". */
const CAPTION_USD = /\$|\busd\b|\bus\s?dollars?\b|\bdollars?\b/;
/** Prices per million tokens named by a caption: "List prices per million tokens (USD)". */
/** A caption about spending, not list prices: "Monthly spend per model (USD)". */
const SPEND_CONTEXT = /\b(?:spend|spent|spending|bill|bills|invoice|monthly|per month|budget|total cost)\b/;
const PRICE_CONTEXT =
  /\b(?:prices?|pricing|costs?)\b[^.]*\b(?:per|\/)\s*(?:1\s*m\b|one million|million|m\b|mtok)|\$\s*\/\s*(?:1\s*)?m(?:tok)?\b/;
/** A bare price-side header: "Input", "Output", "Cached input", "Prompt", "Completion", "Blended". */
const PRICE_SIDE =
  /^(?:(?:cached|batch)\s+)?(?:input|output|prompt|completion|blended)(?:\s+(?:tokens?|price|cost))?(?:\s*\((?:usd|\$)\))?$/;
const PRICE_METRIC: HeaderMetric = { metric: 'price', unit: 'usd_per_mtok', scale: 1 };
/** A header naming its own, non-benchmark measure: "Resolution rate (ours)", "Win rate", "p50 latency". */
const OWN_MEASURE =
  /\b(?:ours|our|internal|in-house|win rate|wins|preference|latency|ttft|time|speed|satisfaction|csat|tickets?|users?|votes?|cost|price|tokens\/s|refusals?)\b/;
/** A bare score column: the benchmark comes from the caption or the text before the table. */
const SCORE_HEADER =
  /^(?:percent correct|% correct|correct|accuracy|score|pass rate|pass@1|result|success rate)(?:\s*\(%\))?$/;

interface LabelInfo {
  text: string;
  bench: string | null;
  setting?: string;
  /** The label comes from the row (models are in columns). */
  rowLabel?: boolean;
  /** The metric a sibling cell of the row names by its own words, and that cell's value. */
  sibling?: { hm: HeaderMetric; value: number };
}

export function readTable(
  idx: DictionaryIndex,
  text: string,
  table: Table,
  ctx: EngineContext,
  out: Claim[],
  contextBenchmark?: string,
): void {
  let captionBench: string | null = null;
  let captionMetric: HeaderMetric | null = null;
  let captionSetting: string | undefined;
  /** "Table 2. Llama 4 Maverick (Instruct): …": the one model a caption names. */
  let captionModel: ModelMention | null = null;
  if (table.caption) {
    const f = foldText(table.caption);
    const matches = idx.matcher.findAll(f, table.caption);
    const here = new Set<string>();
    familiesNamed(matches, here);
    for (const fam of here) ctx.families.add(fam);
    for (const m of matches)
      for (const e of m.entries)
        if (e.kind === 'benchmark' && !e.familyScoped && !captionBench) captionBench = e.id;
    captionMetric = headerMetric(f, idx.arenaName);
    if (captionMetric?.metric === 'price' && SPEND_CONTEXT.test(f)) captionMetric = null;
    captionSetting = findSetting(f);
    const { models } = resolveMentions(idx, f, table.caption, matches, ctx.families, here);
    const named = models.filter((m) => !m.isFamily);
    if (named.length && named.every((m) => m.ref.id === named[0].ref.id)) captionModel = named[0];
  }
  const fallbackBench = captionBench ?? contextBenchmark ?? null;
  /** "List prices per million tokens (USD)": bare "Input" / "Output" columns under it are prices. */
  const captionPrices =
    !!table.caption &&
    PRICE_CONTEXT.test(foldText(table.caption)) &&
    !SPEND_CONTEXT.test(foldText(table.caption));
  /** "… (USD per million tokens)": bare numbers in its price columns are dollars. */
  const captionUsd = captionPrices && CAPTION_USD.test(foldText(table.caption!));
  const grid = buildGrid(table, text);
  if (grid.length < 2) return;
  if (readKeyValueTable(idx, text, table, grid, ctx, out)) return;
  // Header rows: leading rows of header cells, or a first row without values.
  let h = 0;
  while (h < grid.length - 1 && grid[h].every((g) => !g || g.cell.header || !g.f.trim())) h++;
  if (h === 0 && grid[0].filter((g) => g && cellValue(g)).length === 0) h = 1;
  if (h === 0) return;
  // "# Total Params | 671B | 72B" printed in the head under model columns: a row of values, not a header
  while (h > 1 && headValueRow(idx, grid, h - 1, ctx)) h--;
  const width = Math.max(...grid.map((r) => r.length));
  const colLabel: string[] = [];
  /** A label's text before folding (a benchmark's name may need its capitals). */
  const labelOrig = new Map<string, string>();
  const colModel: (ModelMention | null)[] = [];
  const colBench: (string | null)[] = [];
  for (let c = 0; c < width; c++) {
    const seen = new Set<GridCell>();
    const parts: string[] = [];
    const origParts: string[] = [];
    let model: ModelMention | null = null;
    let bench: string | null = null;
    let fromGroup = false;
    for (let r = 0; r < h; r++) {
      const g = grid[r][c];
      if (!g || seen.has(g)) continue;
      seen.add(g);
      // "Context length (tokens)" over "8k | 32k | 120k": the group names what its sub-headers vary
      if (r < h - 1 && lengthGroup(g, grid[h - 1][c])) continue;
      parts.push(g.f);
      origParts.push(g.cell.text);
      const m: ModelMention | null = cellModel(idx, g, ctx);
      if (m && (g.cell.colspan === 1 || !model)) {
        model = m;
        fromGroup = g.cell.colspan > 1;
      }
      bench = cellBenchmark(idx, g) ?? bench;
    }
    // Grouped headers: "Gemma 3" over "4B | 12B | 27B" name "Gemma 3 27B" only together.
    if (h > 1 && (!model || model.isFamily || fromGroup)) {
      const joined = joinedHeaderModel(idx, grid, h, c, ctx);
      if (joined) model = joined;
    }
    colLabel.push(parts.join(' ').trim());
    labelOrig.set(colLabel[c], origParts.join(' ').trim());
    colModel.push(model);
    colBench.push(bench);
  }
  const body = grid.slice(h);
  const nColModels = colModel.filter(Boolean).length;
  /** Some header or row label names a benchmark itself. */
  let namesBenchMemo: boolean | undefined;
  const namesBench = () =>
    (namesBenchMemo ??=
      colBench.some(Boolean) || body.some((r) => !!r[0] && !colModel[0] && !!cellBenchmark(idx, r[0])));

  /** Columns measuring a local run: VRAM, memory, tokens per second, quantisation. */
  const runTable = colLabel.some((l) => RUN_HEADER.test(l));
  // ...whose "Context" column is the run's setting, unless the table is also a spec sheet (params,
  // licence, price columns) whose windows differ by model ("128k", "10M", "1M": the models' own)
  const specColumns = colLabel.some((l) => /param|licen[cs]e|price|release|experts/.test(l));
  const runContextHeaders = new Set<string>();
  if (runTable)
    colLabel.forEach((l, c) => {
      if (!RUN_CONTEXT_HEADER.test(l)) return;
      const texts = new Set(body.map((r) => r[c]?.f.trim()).filter((t) => !!t && /\d/.test(t)));
      if (texts.size <= 1 || !specColumns) runContextHeaders.add(l);
    });
  const tableIds = new Set<string>();
  /** The text just after the table, where its footnotes are (read once, when a cell needs it). */
  let afterMemo: string | undefined;
  const afterTable = () => {
    if (afterMemo === undefined) {
      // (a one-cell footer row, "<tfoot>* Deployment cap…", is itself a footnote: the text starts before it)
      let end = 0;
      for (const r of table.rows) if (r.cells.length > 1) for (const c of r.cells) end = Math.max(end, c.end);
      afterMemo = text.slice(end, end + 800);
    }
    return afterMemo;
  };
  /** The part [a, b) of a cell as a cell of its own. */
  const subCell = (g: GridCell, a: number, b: number): GridCell => ({
    cell: { ...g.cell, start: g.cell.start + a, end: g.cell.start + b, text: g.cell.text.slice(a, b) },
    f: g.f.slice(a, b),
  });
  /** The benchmark a piece of header text names. */
  const benchOf = (f: string, t: string): string | null =>
    cellBenchmark(idx, { cell: { text: t, start: 0, end: t.length, header: true, col: 0, colspan: 1 }, f });
  /**
   * "Claude 3.7 Sonnet (standard / thinking)" over "68.0 / 84.8": the model (and setting) each side
   * of a pair cell belongs to, or null when the header's sides name no two distinct modes or settings.
   */
  const modeSides = (
    model: ModelMention,
    header: string,
  ): { model: ModelMention; setting?: string }[] | null => {
    const names = slashHeaderSides(header, true);
    if (!names) return null;
    const sides: { model: ModelMention; setting?: string }[] = [];
    for (const n of names) {
      if (PLAIN_MODE.test(n)) sides.push({ model });
      else {
        const mm = modeModel(idx, model, n);
        const setting = mm ? undefined : findSetting(n);
        if (!mm && !setting) return null;
        sides.push({ model: mm ?? model, setting });
      }
    }
    if (sides[0].model.ref.id === sides[1].model.ref.id && sides[0].setting === sides[1].setting) return null;
    return sides;
  };
  const emitValue = (g: GridCell, model: ModelMention, label: LabelInfo) => {
    // "Price | $3 / $15 per 1M tokens": the cell's own per-million unit makes a bare price header a list price
    if (!label.bench && !headerMetric(label.text, idx.arenaName) && kvPriceMetric(label.text, g.f))
      label = { ...label, text: `${label.text} per million tokens` };
    // a local-inference table (VRAM, tokens/s, quantisation): its context column is the run's setting
    if (runTable && runContextHeaders.has(label.text) && !label.bench) return;
    // "MathVista / MMMU" over "62.3 / 58.1": each figure scores the benchmark on its side of the slash
    const pair = label.bench ? slashPairSides(g.f) : null;
    const names = pair ? slashHeaderSides(label.text) : null;
    const origs = names ? slashHeaderSides(labelOrig.get(label.text) ?? label.text) : null;
    if (pair && names && origs) {
      const benches = names.map((n, i) => benchOf(n, origs[i]));
      if (benches[0] && benches[1] && benches[0] !== benches[1]) {
        pair.forEach(([a, b], i) =>
          emitOne(subCell(g, a, b), model, { ...label, text: names[i], bench: benches[i] }),
        );
        return;
      }
    }
    // "109B (17B active)": the parenthesis is a second value with its own metric word
    const paren = /\(([^()]*\d[^()]*)\)/.exec(g.f);
    if (paren && /[a-z]{4,}/.test(paren[1]) && findQuantities(g.f).length === 2) {
      const split = (a: number, b: number): GridCell => ({
        cell: { ...g.cell, start: g.cell.start + a, end: g.cell.start + b, text: g.cell.text.slice(a, b) },
        f: g.f.slice(a, b),
      });
      // "88.7 (5-shot)": the bracket is the score's setting; "128K (16K output)": an output cap
      const parenSetting = findSetting(paren[1]);
      if (parenSetting || OUTPUT_LIMIT_HEADER.test(paren[1])) {
        emitOne(split(0, paren.index), model, { ...label, setting: label.setting ?? parenSetting });
        return;
      }
      emitOne(split(0, paren.index), model, label);
      emitOne(split(paren.index + 1, paren.index + 1 + paren[1].length), model, label);
      return;
    }
    // "Params (total / active)" over "671B / 37B": one value per metric, in the header's order;
    // a lone value there ("24B", a dense model) is its total
    const both = /\b(total|active)\b[^a-z0-9]*(?:\/|and|vs\.?)[^a-z0-9]*\b(total|active)\b/.exec(label.text);
    if (both && both[1] !== both[2] && /param|size|\(b\)/.test(label.text)) {
      const two = /^(\s*~?[\d.,]+\s*[kmbt]?\s*)\/(\s*~?[\d.,]+\s*[kmbt]?\s*)$/.exec(g.f);
      if (!two) {
        emitOne(g, model, { ...label, text: `total parameters ${unitOf(label.text)}` });
        return;
      }
      // the header's unit ("(B)") still scales bare numbers
      const unitPart =
        /\((?:in\s+)?(?:[bmkt]|bn|billions?|millions?|trillions?|thousands?)\)/.exec(label.text)?.[0] ?? '';
      const a = two[1].length + 1;
      for (const [s0, e0, word] of [
        [0, two[1].length, both[1]],
        [a, a + two[2].length, both[2]],
      ] as const)
        emitOne(
          {
            cell: {
              ...g.cell,
              start: g.cell.start + s0,
              end: g.cell.start + e0,
              text: g.cell.text.slice(s0, e0),
            },
            f: g.f.slice(s0, e0),
          },
          model,
          { ...label, text: `${word} parameters ${unitPart}` },
        );
      return;
    }
    // "17B (Activated) 109B (Total)" on one line: each figure with its own word
    const named = NAMED_PAIR.exec(g.f);
    if (named && named[2] !== named[4]) {
      const a = named[1].length;
      for (const [s0, e0] of [
        [0, a],
        [a, g.f.length],
      ])
        emitOne(
          {
            cell: {
              ...g.cell,
              start: g.cell.start + s0,
              end: g.cell.start + e0,
              text: g.cell.text.slice(s0, e0),
            },
            f: g.f.slice(s0, e0),
          },
          model,
          label,
        );
      return;
    }
    // "$0.10 / $0.40", "$2.50 in / $10 out", "$3/M input, $15/M output": two prices in one cell
    const twoDollars = g.f.indexOf('$') !== g.f.lastIndexOf('$');
    const prices = twoDollars
      ? findQuantities(g.f).filter(
          (q) => !(q.scale === 'm' && !q.currency && /^1\s*m$/.test(g.f.slice(q.start, q.end).trim())),
        )
      : [];
    if (
      prices.length === 2 &&
      prices.every((q) => q.currency && q.low === undefined) &&
      PRICE_PAIR_REST.test(
        g.f.slice(0, prices[0].start) +
          ' ' +
          g.f.slice(prices[0].end, prices[1].start) +
          ' ' +
          g.f.slice(prices[1].end),
      )
    ) {
      for (const q of prices)
        emitOne(
          {
            cell: {
              ...g.cell,
              start: g.cell.start + q.start,
              end: g.cell.start + q.end,
              text: g.cell.text.slice(q.start, q.end),
            },
            f: g.f.slice(q.start, q.end),
          },
          model,
          label,
        );
      return;
    }
    // "17B (Activated)<br>109B (Total)": one value per line, each with its own label
    const lines = g.cell.text.split(/\n\n/);
    if (lines.length > 1) {
      let off = 0;
      for (const line of lines) {
        const lead = g.cell.text.indexOf(line, off);
        off = lead + line.length;
        const sub: GridCell = {
          cell: { ...g.cell, start: g.cell.start + lead, end: g.cell.start + lead + line.length, text: line },
          f: foldText(line),
        };
        const extra = sub.f.replace(/[\d.,]+\s*[kmbt]?\b/g, ' ');
        emitOne(sub, model, { ...label, text: `${label.text} ${extra}` });
      }
      return;
    }
    emitOne(g, model, label);
  };

  /** A header's unit ("(B)"), which still scales bare numbers when the label is rewritten. */
  const unitOf = (t: string) =>
    /\((?:in\s+)?(?:[bmkt]|bn|billions?|millions?|trillions?|thousands?)\)/.exec(t)?.[0] ?? '';

  const emitOne = (g: GridCell, model: ModelMention, label: LabelInfo) => {
    const t = g.f.trim();
    if (EMPTY.test(t)) return;
    // "Std. dev.", "Tokens/min", "Rate limit": spreads and limits, not the model's figures
    if (!label.bench && NON_CLAIM_COLUMN.test(label.text)) return;
    // a value cell's own words can name the metric: "109B (Total)"
    const own = cellOwnWords(g.f);
    const ownMetric = headerMetric(own, idx.arenaName);
    const sizeLike = ownMetric && /params|experts|context/.test(ownMetric.metric) ? ownMetric : null;
    let hm = label.bench
      ? null
      : (sizeLike ??
        headerMetric(label.text, idx.arenaName) ??
        (captionPrices && PRICE_SIDE.test(label.text.trim()) ? PRICE_METRIC : null) ??
        (label.text.trim() ? null : captionBench ? null : captionMetric));
    let bench = label.bench;
    let near: number | undefined;
    if (!bench && !hm && NEUTRAL(label.text)) {
      // "100,000 H100 GPUs", "1417 on LMArena" under a neutral header ("Claim in the post"): the cell's own words
      if (ownMetric && /arena_elo|training_gpus/.test(ownMetric.metric)) {
        // (a count read from its own chip words is a training cluster only at cluster size, not a serving rig)
        const v = ownMetric.metric === 'training_gpus' ? cellValue(g) : null;
        if (v && v.q.value * (v.q.scale ? 1 : ownMetric.scale) < MIN_OWN_GPUS) return;
        hm = ownMetric;
      }
      // "Rank | Model | Score | 95% CI | Votes" on a page about the arena: the score is the rating
      else if (ctx.arenaSeen && !captionBench && !namesBench()) {
        const v = cellValue(g);
        if (v && isArenaRatingCell(label.text, v.q, g.f.slice(v.q.start)))
          hm = { metric: 'arena_elo', unit: 'elo', scale: 1, benchmark: idx.arenaName };
      }
      // "402B total parameters | Llama 4 Maverick | 400B (model card)": the record cell measures what the claim cell does
      if (!hm && label.sibling) {
        hm = label.sibling.hm;
        near = label.sibling.value;
      }
    }
    if (!bench && !hm) {
      // (not into a column naming a measure of its own: "Our score", "Max output", "Emissions (t CO2eq)")
      if (
        captionMetric &&
        !captionBench &&
        (label.rowLabel || (NEUTRAL(label.text) && !OWN_COLUMN_MEASURE.test(label.text)))
      )
        return emitWith(g, model, captionMetric, null, label);
      // a caption's or the text's benchmark fills only unnamed score columns: not one whose own
      // header names another measure ("Resolution rate (ours)"), nor any when a header already names
      // a benchmark (the caption then describes that column)
      if (
        fallbackBench &&
        !namesBench() &&
        (SCORE_HEADER.test(label.text.trim()) ||
          (captionBench && (label.rowLabel || NEUTRAL(label.text)) && !OWN_MEASURE.test(label.text)))
      )
        bench = fallbackBench;
      else return;
    }
    emitWith(g, model, hm, bench, label, near);
  };

  const NEUTRAL = (label: string) =>
    !NON_VALUE_HEADER.test(label) && !NON_CLAIM_COLUMN.test(label) && !headerMetric(label, idx.arenaName);

  const emitWith = (
    g: GridCell,
    model: ModelMention,
    hm: HeaderMetric | null,
    labelBench: string | null,
    label: LabelInfo,
    near?: number,
  ) => {
    if (hm?.metric === 'release_date') {
      const d = findDates(g.f, 0, g.f.length).find((x) => x.iso);
      if (!d) return;
      push(g, model, 'release_date', null, d.start, d.end, { valueText: d.iso, unit: 'date' });
      return;
    }
    if (hm?.metric === 'license') {
      // "MIT (code) + DeepSeek Model License (weights)": one licence per part, qualifiers dropped;
      // "Undisclosed" / "Not disclosed" name no licence
      const t = g.cell.text;
      const all = t.trim().length < 120 ? licenceParts(t) : [];
      const parts = all.filter(([a, b]) => !NO_LICENCE.test(t.slice(a, b)));
      // ("MIT (code) / model licence": the one named part of several)
      if (parts.length > 1 || (parts.length === 1 && all.length > 1))
        for (const [a, b] of parts) push(g, model, 'license', null, a, b, { valueText: t.slice(a, b) });
      else if (parts.length === 1 && !NO_LICENCE.test(t.trim())) {
        const lead = t.length - t.trimStart().length;
        push(g, model, 'license', null, lead, t.trimEnd().length, { valueText: t.trim() });
      }
      return;
    }
    const v = cellValue(g);
    if (!v) return;
    const { q, hedge } = v;
    if (q.currency && hm?.metric !== 'price') return;
    if (hm?.metric === 'price' && !q.currency && !/\$|usd/.test(label.text) && !captionUsd) return;
    if (hm?.metric === 'price' && DISCOUNT_TIER_PRICE.test(label.text)) return;
    // a bare "8,192" under "Output" is a token limit, not dollars per million tokens
    if (hm?.metric === 'price' && !q.currency && (q.value >= 1000 || q.scale)) return;
    let metric: Metric;
    let unit: string | undefined;
    let benchmark: string | undefined;
    let value = q.value;
    let low = q.low;
    if (labelBench) {
      benchmark = labelBench;
      if (labelBench === idx.arenaName) {
        if (q.percent || q.value < 500 || q.value > 2500) return;
        metric = 'arena_elo';
        unit = 'elo';
      } else {
        if (q.scale || q.value > 100) return;
        metric = 'benchmark_score';
        unit = q.percent || q.value > 1 ? '%' : undefined;
      }
    } else if (hm) {
      metric = hm.metric;
      unit = hm.unit;
      benchmark = hm.benchmark;
      if (!q.scale && hm.scale !== 1) {
        value = q.value * hm.scale;
        if (low !== undefined) low = low * hm.scale;
      }
      if (metric === 'arena_elo' && (q.percent || value < 500 || value > 2500)) return;
      if ((metric === 'total_params' || metric === 'active_params') && value < 1e6) return;
      // "128.000" under a context header: continental thousands, a window is never 128 tokens
      if (metric === 'context_window' && value < 1000 && q.decimals === 3 && !q.scale && q.low === undefined)
        value = Math.round(q.value * 1000);
      if ((metric === 'context_window' || metric === 'training_tokens') && value < 1000) return;
      if (metric === 'context_window' && isServingLimitCell(g.f, afterTable())) return;
      if (metric === 'experts' && (q.scale || !Number.isInteger(value))) return;
      if (metric === 'refusal_rate' && !q.percent && value > 100) return;
      if (metric === 'training_compute' && value < 1e18) return;
      // a metric borrowed from a sibling cell: its value must be of the same order
      if (near !== undefined && (value > near * 10 || value * 10 < near)) return;
    } else return;
    // ("Claimed context | 10M" beside an "8K" cell: a window is not run at a length; that is its neighbour's)
    const rowLength = metric === 'context_window' && /^\d+(?:\.\d+)?k$/.test(label.setting ?? '');
    const setting =
      (rowLength ? undefined : label.setting) ??
      findSetting(label.text) ??
      // "NoLiMa effective", "Effective length": a measured usable length, not the advertised window
      (metric === 'context_window' && /\beffective\b/.test(label.text) ? 'effective' : undefined) ??
      // "Fiction.LiveBench @120k", a "32k" column under a long-context caption: the run's length
      (metric === 'benchmark_score' ? lengthSetting(label.text, true) : undefined) ??
      // "Politics (400 prompts)" down the side of a refusal table: the category the rate was measured on
      (metric === 'refusal_rate' && label.rowLabel ? categorySetting(label.text) : undefined) ??
      captionSetting;
    push(g, model, metric, value, q.start, q.end, { unit, benchmark, setting, hedge, low });
  };

  const push = (
    g: GridCell,
    model: ModelMention,
    metric: Metric,
    value: number | null,
    ls: number,
    le: number,
    o: {
      valueText?: string;
      unit?: string;
      benchmark?: string;
      setting?: string;
      hedge?: Hedge;
      low?: number;
    },
  ) => {
    const start = g.cell.start + ls;
    const end = g.cell.start + le;
    let id = `${start}:${end}:${metric}`;
    // ids only collide within this table's cells: a local set, not a scan of every claim so far
    if (tableIds.has(id)) id += `:${model.ref.id}`;
    tableIds.add(id);
    out.push({
      id,
      quote: text.slice(start, end),
      start,
      end,
      model: model.ref,
      ...(model.variant ? { variant: model.variant } : {}),
      metric,
      ...(o.benchmark ? { benchmark: o.benchmark } : {}),
      ...(o.setting ? { setting: o.setting } : {}),
      value,
      ...(o.low !== undefined ? { valueLow: o.low } : {}),
      ...(o.valueText ? { valueText: o.valueText } : {}),
      ...(o.unit ? { unit: o.unit } : {}),
      hedge: o.hedge ?? 'exact',
      context: 'table',
    });
  };

  /** Setting from a "# Shots" column or a bare context-length label ("8k", "120k"). */
  const rowSetting = (
    row: (GridCell | null)[],
    skip: (c: number) => boolean,
    lengthColumn = false,
  ): string | undefined => {
    for (let c = 0; c < width; c++) {
      if (skip(c) || !row[c] || colBench[c]) continue;
      // "Max output | 64K", "TPM | 30K": a limit of the model's own, not the setting of a run
      if (OUTPUT_LIMIT_HEADER.test(colLabel[c])) continue;
      const t = row[c]!.f.trim();
      // ("Context | 8k | 120k" down the side of a table of scores: the length each row was run at)
      const hm = headerMetric(colLabel[c], idx.arenaName);
      if (hm) {
        if (lengthColumn && hm.metric === 'context_window' && /^\d+k$/.test(t)) return t;
        continue;
      }
      if (/\bshots?\b/.test(colLabel[c]) && /^\d+$/.test(t)) return `${t}-shot`;
      if (/^\d+(?:\.\d+)?k$/.test(t)) return t;
    }
    return undefined;
  };

  let lastModel: ModelMention | null = null;
  if (
    nColModels >= 2 ||
    (nColModels === 1 && body.every((r) => !r.some((g) => g && cellModel(idx, g, ctx))))
  ) {
    /** A group row across the table ("Pricing (per 1M tokens)") over bare "Input" / "Output" rows. */
    let groupPrices = false;
    for (const row of body) {
      const first = row[0];
      if (first && first.cell.colspan > 1 && row.every((g) => !g || g === first)) {
        groupPrices = PRICE_CONTEXT.test(first.f) && !SPEND_CONTEXT.test(first.f);
        continue;
      }
      const labels: GridCell[] = [];
      for (let c = 0; c < width; c++)
        if (!colModel[c] && row[c] && !labels.includes(row[c]!)) labels.push(row[c]!);
      let text = labels.map((g) => g.f).join(' ');
      labelOrig.set(text, labels.map((g) => g.cell.text).join(' '));
      if (groupPrices && PRICE_SIDE.test(text.trim())) text = `${text} price per million tokens`;
      let bench: string | null = null;
      for (const g of labels) bench = bench ?? cellBenchmark(idx, g);
      // (models across the top: a "Context" column down the side holds run lengths, not windows)
      const setting = rowSetting(row, (c) => !!colModel[c], true);
      for (let c = 0; c < width; c++) {
        const g = row[c];
        const model = colModel[c];
        if (!g || !model || g.cell.colspan > 1) continue;
        // ("Qwen3 | Thinking": a mode sub-header under the model, the way launch tables print it)
        const headerSetting =
          findSetting(colLabel[c]) ??
          (/(?:^|\s)thinking(?:\s+mode)?$/.test(colLabel[c]) ? 'thinking' : undefined);
        const qualifier = bench ? splitQualifier(text) : undefined;
        const pair = slashPairSides(g.f);
        const modes = pair ? modeSides(model, colLabel[c]) : null;
        if (pair && modes) {
          pair.forEach(([a, b], i) =>
            emitValue(subCell(g, a, b), modes[i].model, {
              text,
              bench,
              setting: setting ?? findSetting(text) ?? modes[i].setting ?? qualifier,
              rowLabel: true,
            }),
          );
          lastModel = model;
          continue;
        }
        emitValue(g, model, {
          text,
          bench,
          setting:
            setting ??
            findSetting(text) ??
            (headerSetting && qualifier ? `${headerSetting}, ${qualifier}` : (headerSetting ?? qualifier)),
          rowLabel: true,
        });
        lastModel = model;
      }
    }
  } else {
    // models in rows: the column where most body cells name a model
    let modelCol = -1;
    let best = 0;
    for (let c = 0; c < width; c++) {
      let n = 0;
      const seen = new Set<GridCell>();
      for (const row of body) {
        const g = row[c];
        if (g && !seen.has(g) && cellModel(idx, g, ctx)) n++;
        if (g) seen.add(g);
      }
      if (n > best) {
        best = n;
        modelCol = c;
      }
    }
    if (modelCol < 0 || best < Math.min(2, body.length)) {
      if (best === 0 && captionModel) readCaptionModelRows(captionModel);
      const own = captionModel ?? ctx.sectionModel;
      if (best === 0 && own && !own.isFamily) readOwnPriceRows(own);
      return;
    }
    const metricCol = rowMetricColumn(modelCol);
    for (const row of body) {
      const mc = row[modelCol];
      const model = mc ? cellModel(idx, mc, ctx) : null;
      if (!model) continue;
      lastModel = model;
      // "Claude 3.7 Sonnet (no thinking)", "Model X (5-shot)": a setting in brackets after the model's name
      const nameSetting = /\(([^()]+)\)/.exec(mc!.f)?.[1];
      const fromName = nameSetting ? findSetting(nameSetting) : undefined;
      const setting = rowSetting(row, (c) => c === modelCol);
      // (the column's own setting, "@120k" or "5-shot", wins over the name's)
      const ownSetting = (c: number) =>
        setting ??
        (fromName === 'thinking' || findSetting(colLabel[c]) || lengthSetting(colLabel[c], true)
          ? undefined
          : fromName);
      const sibling = siblingMetric(row, modelCol);
      for (let c = 0; c < width; c++) {
        if (c === modelCol) continue;
        const g = row[c];
        if (!g || g === mc) continue;
        if (NON_VALUE_HEADER.test(colLabel[c]) && !colBench[c]) continue;
        // "GPQA Diamond | Llama 4 Maverick | 69.8 | 67.0": the row's metric cell labels a column that names none
        if (metricCol >= 0 && c !== metricCol && !colBench[c] && !headerMetric(colLabel[c], idx.arenaName)) {
          const lab = row[metricCol];
          if (lab && lab !== g && valueColumn(c))
            emitValue(g, model, {
              text: lab.f,
              bench: cellBenchmark(idx, lab),
              setting: setting ?? findSetting(lab.f),
              rowLabel: true,
            });
          continue;
        }
        // "Claude 3.7 Sonnet (standard / thinking)" down the side, "68.0 / 84.8" across
        const pair = slashPairSides(g.f);
        const modes = pair ? modeSides(model, mc!.f) : null;
        if (pair && modes) {
          pair.forEach(([a, b], i) =>
            emitValue(subCell(g, a, b), modes[i].model, {
              text: colLabel[c],
              bench: colBench[c],
              setting: setting ?? modes[i].setting,
              sibling,
            }),
          );
          continue;
        }
        emitValue(g, model, { text: colLabel[c], bench: colBench[c], setting: ownSetting(c), sibling });
      }
    }
  }
  /**
   * Models in rows, and beside them a column naming each row's benchmark or metric ("Metric |
   * Model | Vendor's claim | Independent", a long-format table): that column, or -1. Its header
   * names no measure itself, and most body rows' cells there name one and hold no figure.
   */
  function rowMetricColumn(modelCol: number): number {
    for (let c = 0; c < width; c++) {
      if (c === modelCol || colBench[c] || colModel[c] || headerMetric(colLabel[c], idx.arenaName)) continue;
      let n = 0;
      for (const row of body) {
        const g = row[c];
        if (g && !cellValue(g) && (cellBenchmark(idx, g) || headerMetric(g.f, idx.arenaName))) n++;
      }
      if (n >= 2 && n >= body.length / 2) return c;
    }
    return -1;
  }

  /** Most non-empty body cells of column `c` hold a figure. */
  function valueColumn(c: number): boolean {
    const cells = body.map((r) => r[c]).filter((g): g is GridCell => !!g && !EMPTY.test(g.f.trim()));
    return cells.length > 0 && cells.filter((g) => cellValue(g)).length >= cells.length / 2;
  }

  /**
   * The one metric the row's cells under neutral headers name by their own words ("402B total
   * parameters", "1417 on LMArena"), with that cell's value: a value-only cell beside it under
   * another neutral header ("400B (model card)") measures the same thing.
   */
  function siblingMetric(
    row: (GridCell | null)[],
    modelCol: number,
  ): { hm: HeaderMetric; value: number } | undefined {
    let found: { hm: HeaderMetric; value: number } | undefined;
    for (let c = 0; c < width; c++) {
      const g = row[c];
      if (c === modelCol || !g || colBench[c] || !NEUTRAL(colLabel[c]) || NON_CLAIM_COLUMN.test(colLabel[c]))
        continue;
      const hm = headerMetric(cellOwnWords(g.f), idx.arenaName);
      if (!hm || !/params|experts|context|arena_elo|training_gpus/.test(hm.metric)) continue;
      const v = cellValue(g);
      if (!v) continue;
      if (found && found.hm.metric !== hm.metric) return undefined;
      found ??= { hm, value: v.q.value * (v.q.scale ? 1 : hm.scale) };
    }
    return found;
  }

  /**
   * Benchmark rows, no model anywhere in the table, one model in the caption: its values are
   * that model's ("Benchmark | Setting | Vendor (%) | Independent (%)"). Value columns are
   * those whose header is no setting, gap or rank, and whose cells are mostly numbers.
   */
  function readCaptionModelRows(model: ModelMention): void {
    const benchRows = body.filter((row) => row[0] && cellBenchmark(idx, row[0]));
    if (benchRows.length < 2 || benchRows.length < body.length / 2) return;
    const valueCols: number[] = [];
    for (let c = 1; c < width; c++) {
      if (NON_VALUE_HEADER.test(colLabel[c]) || /\bsetting|\bmode\b/.test(colLabel[c])) continue;
      const cells = body.map((r) => r[c]).filter((g): g is GridCell => !!g && !EMPTY.test(g.f.trim()));
      if (cells.length && cells.filter((g) => cellValue(g)).length >= cells.length / 2) valueCols.push(c);
    }
    for (const row of benchRows) {
      const bench = cellBenchmark(idx, row[0]!)!;
      const rest = row.filter((g, c) => !!g && c > 0 && !valueCols.includes(c)).map((g) => g!.f);
      const setting = rest.map((t) => findSetting(t)).find(Boolean) ?? findSetting(row[0]!.f);
      for (const c of valueCols)
        if (row[c]) emitValue(row[c]!, model, { text: row[0]!.f, bench, setting, rowLabel: true });
    }
    lastModel = model;
  }

  /**
   * A pricing page's section: "Input price | Free of charge | $0.10" under a heading naming one model,
   * columns = tiers. Row label and column header together must name a list price per million tokens.
   */
  function readOwnPriceRows(model: ModelMention): void {
    if (table.caption && SPEND_CONTEXT.test(foldText(table.caption))) return;
    for (const row of body) {
      const lab = row[0];
      if (!lab || !/\b(?:prices?|pricing|input|output)\b/.test(lab.f) || SPEND_CONTEXT.test(lab.f)) continue;
      for (let c = 1; c < width; c++) {
        const g = row[c];
        if (!g || g === lab || !g.f.includes('$') || SPEND_CONTEXT.test(colLabel[c])) continue;
        const both = `${lab.f} ${colLabel[c]}`;
        if (headerMetric(both, idx.arenaName)?.metric !== 'price') continue;
        emitValue(g, model, { text: both, bench: null, rowLabel: true });
        lastModel = model;
      }
    }
  }

  // a table names models: the last one is what "it" would mean after it
  if (lastModel) ctx.lastModel = lastModel;
}

/**
 * A spec sheet / infobox: two columns, "Parameters | 400B" rows, about the model its
 * caption names (or the section's model). Returns false when the table is not one.
 */
function readKeyValueTable(
  idx: DictionaryIndex,
  text: string,
  table: Table,
  grid: (GridCell | null)[][],
  ctx: EngineContext,
  out: Claim[],
): boolean {
  if (grid.some((r) => r.length !== 2)) return false;
  const rows = grid.filter((r) => r[0] && r[1] && r[0] !== r[1]);
  const rowMetric = new Map<(GridCell | null)[], HeaderMetric>();
  for (const r of rows) {
    const hm = headerMetric(r[0]!.f, idx.arenaName) ?? kvPriceMetric(r[0]!.f, r[1]!.f);
    if (hm) rowMetric.set(r, hm);
  }
  const metricRows = rows.filter((r) => rowMetric.has(r));
  // rows of a spec sheet that hold no claim (cutoff, VRAM, throughput) still make it one
  const specRows = rows.filter((r) => !rowMetric.has(r) && SPEC_LABEL.test(r[0]!.f)).length;
  if (metricRows.length < 2 || metricRows.length + specRows < rows.length / 2) return false;
  // models named in most value cells would make it an ordinary table; a single one ("Stable
  // release | V3-0324 (24 March 2025)") is the row's own model, a variant of the caption's
  const rowModels = new Map<(GridCell | null)[], ModelMention>();
  for (const r of rows) {
    const m = cellModel(idx, r[1]!, ctx);
    if (m) rowModels.set(r, m);
  }
  if (
    rowModels.size > 1 ||
    (rowModels.size === 1 && ![...rowModels.keys()].every((r) => metricRows.includes(r)))
  )
    return false;
  let model: ModelMention | null = null;
  if (table.caption) {
    const f = foldText(table.caption);
    const g: GridCell = {
      cell: { text: table.caption, start: 0, end: table.caption.length, header: true, col: 0, colspan: 1 },
      f,
    };
    model = cellModel(idx, g, ctx) ?? captionSoleModel(idx, f, table.caption, ctx);
  }
  // an infobox's title row, one cell across both columns, names its model like a caption
  const title = grid[0][0];
  if (!model && title && grid[0][1] === title) model = cellModel(idx, title, ctx);
  model ??= ctx.sectionModel;
  if (!model || model.isFamily) return true;
  const captionModel = model;
  for (const r of metricRows) {
    const hm = rowMetric.get(r)!;
    const g = r[1]!;
    // "671 billion (37 billion active)": read the total with the bracket blanked (offsets kept)
    const v =
      cellValue(g) ??
      (hm.metric === 'total_params' && g.f.includes('activ')
        ? cellValue({ ...g, f: g.f.replace(ACTIVE_BRACKET, (x) => ' '.repeat(x.length)) })
        : null);
    const own = rowModels.get(r);
    model = own && !own.isFamily ? own : captionModel;
    if (hm.metric === 'release_date') {
      const d = findDates(g.f, 0, g.f.length).find((x) => x.iso);
      if (d)
        pushClaim(out, text, g, model, 'release_date', null, d.start, d.end, {
          valueText: d.iso,
          unit: 'date',
        });
      continue;
    }
    if (hm.metric === 'license') {
      const t = g.cell.text.trim();
      if (!t || EMPTY.test(g.f.trim()) || NO_LICENCE.test(t)) continue;
      // "MIT (code), DeepSeek License (weights)": one licence per part, without its qualifier
      const parts = t.length < 120 ? licenceParts(g.cell.text) : [];
      if (parts.length > 1)
        for (const [a, b] of parts)
          pushClaim(out, text, g, model, 'license', null, a, b, { valueText: g.cell.text.slice(a, b) });
      else pushClaim(out, text, g, model, 'license', null, 0, g.cell.text.length, { valueText: t });
      continue;
    }
    if (hm.metric === 'price' && !v) {
      // "API price (input / output) | $0.10 / $0.30 per 1M tokens": one claim per price
      const pair = pricePair(g.f);
      if (pair)
        for (const q of pair)
          pushClaim(out, text, g, model, 'price', q.value, q.start, q.end, { unit: hm.unit });
      continue;
    }
    if (!v) continue;
    let value = v.q.value;
    if (!v.q.scale && hm.scale !== 1) value *= hm.scale;
    if ((hm.metric === 'total_params' || hm.metric === 'active_params') && value < 1e6) continue;
    if (hm.metric === 'context_window' && value < 1000) continue;
    if (hm.metric === 'price' && !v.q.currency) continue;
    if (v.q.currency && hm.metric !== 'price') continue;
    pushClaim(out, text, g, model, hm.metric, value, v.q.start, v.q.end, {
      unit: hm.unit,
      benchmark: hm.benchmark,
      hedge: v.hedge,
    });
    // "671 billion (37 billion active)": the active share in the same cell
    if (hm.metric === 'total_params') {
      const act = findQuantities(g.f, v.q.end, g.f.length).find(
        (x) => !x.percent && !x.currency && x.value > 0,
      );
      const tail = act ? /^\s*(?:active|activated)\b(?:\s+param(?:eter)?s)?/.exec(g.f.slice(act.end)) : null;
      if (act && tail && act.value * (act.scale ? 1 : hm.scale) < value) {
        const av = act.scale ? act.value : act.value * hm.scale;
        pushClaim(out, text, g, model, 'active_params', av, act.start, act.end + tail[0].length, {
          unit: hm.unit,
        });
      }
    }
  }
  readKeyValueScores(idx, text, rows, rowMetric, rowModels, captionModel, out);
  return true;
}

/**
 * "SWE-bench Verified | 62.3%", "GPQA Diamond (extended thinking) | 78.2%" in a spec sheet: a row its
 * label names a benchmark for is the sheet's model's score (in the mode a bracketed tail names).
 */
function readKeyValueScores(
  idx: DictionaryIndex,
  text: string,
  rows: (GridCell | null)[][],
  rowMetric: Map<(GridCell | null)[], HeaderMetric>,
  rowModels: Map<(GridCell | null)[], ModelMention>,
  sheetModel: ModelMention,
  out: Claim[],
): void {
  for (const r of rows) {
    if (rowMetric.has(r) || rowModels.has(r)) continue;
    const label = r[0]!;
    const bench = cellBenchmark(idx, label);
    if (!bench) continue;
    const g = r[1]!;
    const v = cellValue(g);
    if (!v || v.q.currency || v.q.scale) continue;
    const tail = /\(([^()]*)\)\s*$/.exec(label.f)?.[0];
    const model = (tail && modeModel(idx, sheetModel, tail)) || sheetModel;
    pushClaim(out, text, g, model, 'benchmark_score', v.q.value, v.q.start, v.q.end, {
      benchmark: bench,
      hedge: v.hedge,
    });
  }
}

/** "API price (input / output)" over "$0.10 / $0.30 per 1M tokens": a price row of a spec sheet. */
/** A bare length as a sub-header: "8k", "128K", "1M tokens". */
const BARE_LENGTH = /^\d+(?:\.\d+)?\s?[km](?:\s+tokens)?$/;
/** A group header naming the length a test ran at: "Context length", "Input length (tokens)". */
const LENGTH_GROUP = /\b(?:context|input|sequence|prompt|haystack)(?:\s+(?:length|size))?\b|\blength\b/;

/** A spanning header over a bare length: it names the dimension, the sub-header the setting. */
function lengthGroup(g: GridCell, leaf: GridCell | null): boolean {
  return (
    g.cell.colspan > 1 &&
    !!leaf &&
    leaf !== g &&
    BARE_LENGTH.test(leaf.f.trim()) &&
    LENGTH_GROUP.test(g.f) &&
    !/\b(?:window|max(?:imum)?|native|supported|advertised)\b/.test(g.f)
  );
}

/**
 * A header row whose label names a metric and whose cells hold values, each under a column an earlier
 * header row names one model for by itself ("DeepSeek-V3 | Qwen2.5 72B" over "# Total Params | 671B | 72B").
 */
function headValueRow(
  idx: DictionaryIndex,
  grid: (GridCell | null)[][],
  r: number,
  ctx: EngineContext,
): boolean {
  const row = grid[r];
  const label = row[0];
  if (!label || !headerMetric(label.f, idx.arenaName)) return false;
  let values = 0;
  for (let c = 1; c < row.length; c++) {
    const g = row[c];
    if (!g || g === label || !cellValue(g)) continue;
    let named = false;
    for (let k = 0; k < r && !named; k++) {
      const above = grid[k][c];
      if (!above || above.cell.colspan !== 1) continue;
      const m = cellModel(idx, above, ctx);
      named = !!m && !m.isFamily;
    }
    if (!named) return false;
    values++;
  }
  return values >= 2;
}

/** A caption naming words that set its model against another: "compared with", "vs". */
const CAPTION_RIVAL = /\b(?:vs\.?|versus|compared?|comparison|than|against|relative|like|unlike|baseline)\b/;

/**
 * "Table 1 | Key hyper-parameters of DeepSeek-V3": the one model a spec sheet's caption names, however
 * long the words around it (unless the caption sets it against another).
 */
function captionSoleModel(
  idx: DictionaryIndex,
  f: string,
  orig: string,
  ctx: EngineContext,
): ModelMention | null {
  if (CAPTION_RIVAL.test(f)) return null;
  const matches = idx.matcher.findAll(f, orig);
  if (!matches.length) return null;
  const here = new Set<string>();
  familiesNamed(matches, here);
  const { models } = resolveMentions(idx, f, orig, matches, ctx.families, here);
  return models.length === 1 && !models[0].isFamily ? models[0] : null;
}

function kvPriceMetric(label: string, cell: string): HeaderMetric | null {
  return /\b(?:prices?|pricing)\b/.test(label) &&
    !SPEND_CONTEXT.test(label) &&
    /\$/.test(cell) &&
    /(?:\bper|\/)\s*(?:1\s*m\b|one million|million\b|m\b|mtok\b)/.test(cell)
    ? PRICE_METRIC
    : null;
}

/** Two dollar amounts in one cell with nothing but separators and per-million words around them. */
function pricePair(f: string): Quantity[] | null {
  if (f.indexOf('$') === f.lastIndexOf('$')) return null;
  const qs = findQuantities(f).filter(
    (q) => !(q.scale === 'm' && !q.currency && /^1\s*m$/.test(f.slice(q.start, q.end).trim())),
  );
  if (qs.length !== 2 || !qs.every((q) => q.currency && q.low === undefined)) return null;
  const rest = f.slice(0, qs[0].start) + ' ' + f.slice(qs[0].end, qs[1].start) + ' ' + f.slice(qs[1].end);
  return PRICE_PAIR_REST.test(rest) ? qs : null;
}

/** A spec-sheet row label naming a property that is no claim: cutoff, memory, speed, limits, maker. */
const SPEC_LABEL =
  /\b(?:cut-?off|knowledge|developers?|vendor|maker|organi[sz]ation|vram|memory|throughput|speed|latency|tokens\/s|rate limits?|rpm|tpm|max(?:imum)? output|output tokens|modalit(?:y|ies)|architecture|quanti[sz]ation|spec|field|property|value)\b/;

/** A licence cell that names no licence: "Undisclosed", "Not disclosed", "Unknown", "n/a", a generic "model licence". */
const NO_LICENCE =
  /^\s*(?:undisclosed|not (?:disclosed|published|public|stated|available)|unknown|unclear|n\/?a|none|tbd|-|\u2014|\u2013|\?|(?:(?:a|the|its|own|custom|bespoke|model|weights?|separate|in-house|vendor)\s+)+licen[cs]e)\s*(?:\([^()]*\))?\s*$/i;

const ACTIVE_BRACKET = /\(\s*[\d.,]+\s*[a-z]*\s+(?:active|activated)\b[^()]*\)/;

/** Offsets of the licences in "MIT (code), Apache 2.0 (weights)", each without its bracket. */
function licenceParts(t: string): [number, number][] {
  const out: [number, number][] = [];
  // separators outside brackets only: "Llama License (custom, commercial use allowed)" is one part
  const pieces: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k <= t.length; k++) {
    const ch = t[k];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (k === t.length || (depth === 0 && (ch === ',' || ch === ';' || ch === '/' || ch === '+'))) {
      pieces.push([from, k]);
      from = k + 1;
    }
  }
  for (const [s0, e0] of pieces) {
    const raw = t.slice(s0, e0);
    const lead = raw.length - raw.trimStart().length;
    let part = raw
      .trim()
      .replace(/\s*\([^()]*\)$/, '')
      .replace(/^and\s+/i, '');
    if (!part) continue;
    const a = s0 + lead + (raw.trimStart().toLowerCase().startsWith('and ') ? 4 : 0);
    part = part.trim();
    out.push([a, a + part.length]);
  }
  return out;
}

function pushClaim(
  out: Claim[],
  text: string,
  g: GridCell,
  model: ModelMention,
  metric: Metric,
  value: number | null,
  ls: number,
  le: number,
  o: { valueText?: string; unit?: string; benchmark?: string; hedge?: Hedge },
): void {
  const start = g.cell.start + ls;
  const end = g.cell.start + le;
  out.push({
    id: `${start}:${end}:${metric}`,
    quote: text.slice(start, end),
    start,
    end,
    model: model.ref,
    ...(model.variant ? { variant: model.variant } : {}),
    metric,
    ...(o.benchmark ? { benchmark: o.benchmark } : {}),
    value,
    ...(o.valueText ? { valueText: o.valueText } : {}),
    ...(o.unit ? { unit: o.unit } : {}),
    hedge: o.hedge ?? 'exact',
    context: 'table',
  });
}
