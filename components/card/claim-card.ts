import type { Claim } from '@/lib/claims/types';
import type { VerdictResult } from '@/lib/verdicts/types';
import { el, setAttr } from '@/lib/page/native';
import {
  METRIC_LABELS,
  PROVENANCE_LABELS,
  VERDICT_LABELS,
  formatRange,
  formatValue,
  safeHref,
} from '@/lib/page/labels';

/**
 * The card's view, built with createElement + textContent only (vanilla DOM,
 * no framework, so the content script stays small). Every string from the
 * page or the fact base is set as text; links are http(s) only and open in a
 * new tab without an opener. `data-field` attributes name each part for tests.
 */
export interface CardData {
  claim: Claim;
  result: VerdictResult;
  /** The reader already sent a correction for this claim that is still pending. */
  pendingCorrection: boolean;
}

export interface CardActions {
  onClose(): void;
  onSuggest(): void;
}

function text<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  value: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const node = el(doc, tag);
  node.textContent = value;
  if (cls) node.className = cls;
  return node;
}

function field(node: HTMLElement, name: string): HTMLElement {
  setAttr(node, 'data-field', name);
  return node;
}

function claimValue(claim: Claim): string {
  if (claim.metric === 'comparison' && claim.comparison) {
    const others = claim.comparison.others.map((o) => o.name).join(', ');
    return `${claim.comparison.direction} ${others}`;
  }
  if (claim.valueLow !== undefined) return formatRange(claim.valueLow, claim.value, claim.unit);
  return formatValue(claim.value, claim.unit, claim.valueText);
}

export function buildCard(doc: Document, data: CardData, actions: CardActions): HTMLElement {
  const { claim, result } = data;
  const verdictName = VERDICT_LABELS[result.verdict] ?? result.verdict;
  const card = el(doc, 'div');
  card.className = `card v-${result.verdict}`;
  setAttr(card, 'role', 'dialog');
  setAttr(card, 'aria-label', `Claimcheck: ${verdictName.toLowerCase()}`);
  setAttr(card, 'tabindex', '-1');
  setAttr(card, 'data-verdict', result.verdict);

  const head = el(doc, 'div');
  head.className = 'head';
  const badge = field(text(doc, 'span', verdictName, 'badge'), 'verdict');
  badge.appendChild(text(doc, 'span', 'Claimcheck', 'brand'));
  const close = text(doc, 'button', '×', 'close');
  setAttr(close, 'type', 'button');
  setAttr(close, 'aria-label', 'Close');
  close.addEventListener('click', () => actions.onClose());
  head.append(badge, close);
  card.appendChild(head);

  if (result.explanation)
    card.appendChild(field(text(doc, 'p', result.explanation, 'explanation'), 'explanation'));

  // The claim as the engine read it.
  card.appendChild(text(doc, 'h2', 'The claim as read'));
  const dl = el(doc, 'dl');
  const row = (label: string, value: string | undefined, name: string) => {
    if (!value) return;
    dl.append(text(doc, 'dt', label), field(text(doc, 'dd', value), name));
  };
  row('Model', claim.model.name, 'model');
  row('Variant', claim.variant, 'variant');
  row('Metric', METRIC_LABELS[claim.metric] ?? claim.metric, 'metric');
  row('Benchmark', claim.benchmark ?? claim.comparison?.benchmark, 'benchmark');
  row('Setting', claim.setting, 'setting');
  row(claim.metric === 'comparison' ? 'Claim' : 'Value', claimValue(claim), 'value');
  if (claim.hedge && claim.hedge !== 'exact') row('Hedge', claim.hedge, 'hedge');
  row('Quote', `“${claim.quote}”`, 'quote');
  card.appendChild(dl);

  // What the fact base knows.
  card.appendChild(text(doc, 'h2', 'What the fact base knows'));
  const known = field(el(doc, 'ul'), 'expected');
  for (const exp of result.expected) {
    const li = el(doc, 'li');
    const value =
      exp.low !== undefined && exp.high !== undefined && exp.value === undefined
        ? formatRange(exp.low, exp.high, exp.unit)
        : formatValue(exp.value ?? exp.high ?? exp.low, exp.unit, exp.valueText);
    li.appendChild(text(doc, 'strong', value));
    const who = [exp.modelName, exp.variant && exp.variant !== exp.modelName ? `(${exp.variant})` : '']
      .filter(Boolean)
      .join(' ');
    const what = [exp.benchmark, exp.setting].filter(Boolean).join(', ');
    li.appendChild(doc.createTextNode(` — ${who}${what ? ` · ${what}` : ''} · as of ${exp.asOf} `));
    li.appendChild(
      text(doc, 'span', PROVENANCE_LABELS[exp.provenance] ?? exp.provenance, `prov ${exp.provenance}`),
    );
    known.appendChild(li);
  }
  if (result.expected.length === 0)
    known.appendChild(text(doc, 'li', 'No matching fact in the fact base.', 'note'));
  card.appendChild(known);

  // Sources, one line each, deduplicated.
  const seen = new Set<string>();
  const sources = field(el(doc, 'ul'), 'sources');
  for (const { source } of result.facts) {
    if (seen.has(source.id)) continue;
    seen.add(source.id);
    const li = el(doc, 'li');
    const href = safeHref(source.url);
    const title = source.title || source.publisher || source.id;
    if (href) {
      const a = text(doc, 'a', title);
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      li.appendChild(a);
    } else {
      li.appendChild(text(doc, 'span', title));
    }
    const where = source.repository ? ` (${source.repository}${source.path ? `/${source.path}` : ''})` : '';
    li.appendChild(doc.createTextNode(` — ${source.publisher}, ${source.date}${where}`));
    sources.appendChild(li);
  }
  if (seen.size) {
    card.appendChild(text(doc, 'h2', 'Sources'));
    card.appendChild(sources);
  }

  if (data.pendingCorrection)
    card.appendChild(field(text(doc, 'p', 'Your correction (pending)', 'pending'), 'pending'));

  const actionsRow = el(doc, 'div');
  actionsRow.className = 'actions';
  const suggest = field(text(doc, 'button', 'Suggest a correction', 'suggest'), 'suggest');
  setAttr(suggest, 'type', 'button');
  suggest.addEventListener('click', (e) => {
    // Only a real user gesture: a page script cannot click this for the reader.
    if (e.isTrusted) actions.onSuggest();
  });
  actionsRow.appendChild(suggest);
  card.appendChild(actionsRow);
  return card;
}
