// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildCard } from '@/components/card/claim-card';
import { CardHost } from '@/components/card/card-host';
import { claimAt, resultFor } from './helpers';

const hostile = '<img src=x onerror="window.__pwned=1">';

function card(over: Parameters<typeof resultFor>[2] = {}, pending = false) {
  const claim = claimAt('Maverick has 402B total params', '402B total', {
    variant: 'Instruct',
    hedge: 'about',
  });
  const result = resultFor(claim, 'misleading', over);
  const actions = { onClose: vi.fn(), onSuggest: vi.fn() };
  return { el: buildCard(document, { claim, result, pendingCorrection: pending }, actions), actions, claim };
}
const f = (root: Element, name: string) => root.querySelector(`[data-field="${name}"]`)?.textContent ?? null;

describe('claim card view', () => {
  it('shows verdict, the claim as read, the verified value with as-of and provenance, sources and explanation', () => {
    const { el } = card();
    expect(f(el, 'verdict')).toContain('Misleading');
    expect(f(el, 'model')).toBe('Llama 4 Maverick');
    expect(f(el, 'variant')).toBe('Instruct');
    expect(f(el, 'metric')).toBe('Total parameters');
    expect(f(el, 'value')).toBe('402B parameters');
    expect(f(el, 'hedge')).toBe('about');
    expect(f(el, 'expected')).toContain('402B parameters');
    expect(f(el, 'expected')).toContain('as of 2025-04-05');
    expect(f(el, 'expected')).toContain('vendor-claimed');
    expect(f(el, 'explanation')).toBe('The fact base gives 402B total parameters.');
    const a = el.querySelector('[data-field="sources"] a') as HTMLAnchorElement;
    expect(a.href).toBe('https://example.com/card');
    expect(a.rel).toBe('noopener noreferrer');
    expect(a.target).toBe('_blank');
    expect(el.getAttribute('role')).toBe('dialog');
    expect(f(el, 'pending')).toBeNull();
  });

  it('sets fact strings as text only and never links non-http sources', () => {
    const claim = claimAt('Maverick has 402B total params', '402B total');
    const base = resultFor(claim);
    const { el } = card({
      explanation: hostile,
      facts: [
        {
          fact: base.facts[0].fact,
          source: { ...base.facts[0].source, title: hostile, url: 'javascript:alert(1)' },
        },
      ],
    });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('a')).toBeNull();
    expect(f(el, 'explanation')).toBe(hostile);
    expect(f(el, 'sources')).toContain(hostile);
  });

  it('marks the reader own pending correction', () => {
    const { el } = card({}, true);
    expect(f(el, 'pending')).toBe('Your correction (pending)');
  });

  it('Suggest a correction ignores synthetic (page-script) clicks', () => {
    const { el, actions } = card();
    (el.querySelector('[data-field="suggest"]') as HTMLButtonElement).click();
    expect(actions.onSuggest).not.toHaveBeenCalled();
  });
});

describe('CardHost', () => {
  it('renders in a closed shadow root on a host marked as ours, and Esc closes and returns focus', () => {
    document.body.replaceChildren();
    const mark = document.createElement('span');
    mark.tabIndex = 0;
    mark.textContent = '402B total';
    document.body.append(mark);
    const host = new CardHost(document, { onSuggest: () => undefined });
    const claim = claimAt('402B total', '402B total');
    host.open(mark, { claim, result: resultFor(claim), pendingCorrection: false }, 'dialog');
    const el = document.querySelector('[data-claimcheck-ui]')!;
    // Closed: the page sees the host but not the card; only CardHost holds the root.
    expect(el.shadowRoot).toBeNull();
    const root = host.cardRoot!;
    expect(root.host).toBe(el);
    expect(root.mode).toBe('closed');
    expect(root.querySelector('.card')).not.toBeNull();
    expect(document.activeElement).toBe(el);
    expect(document.body.textContent).toBe('402B total');
    expect(mark.getAttribute('aria-expanded')).toBe('true');
    root
      .querySelector('.card')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.querySelector('[data-claimcheck-ui]')).toBeNull();
    expect(document.activeElement).toBe(mark);
    expect(mark.hasAttribute('aria-expanded')).toBe(false);
  });
});
