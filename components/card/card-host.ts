import { attachShadowRoot, el, setAttr } from '@/lib/page/native';
import { UI_ATTR } from '@/lib/page/skip-rules';
import { CARD_CSS } from './card-styles';
import { buildCard, type CardData } from './claim-card';

/**
 * Shows one card at a time next to a mark, inside a shadow root on a host
 * element we own. The root is `closed`: the card shows the reader's verdicts
 * and their own pending corrections, which page scripts must not read
 * (`host.shadowRoot` is null for them); only this object keeps a reference.
 * Assistive tools still see it (the accessibility tree ignores the mode), and
 * e2e tests reach it through the DevTools protocol (e2e/card-root.ts). The one
 * privileged action (Suggest a correction) also ignores synthetic clicks.
 * Positioning uses CSS custom properties set through CSSOM, which a strict
 * CSP allows (style attributes set as text would be blocked).
 *
 * Modes: `preview` (hover or focus on the mark; focus stays on the mark) and
 * `dialog` (Enter/Space/click; focus moves into the card and Tab cycles in it;
 * Esc closes and returns focus to the mark).
 */
export type CardMode = 'preview' | 'dialog';

export interface CardHostOptions {
  onSuggest(claimId: string): void;
}

let sharedSheet: CSSStyleSheet | null | undefined;

function styleSheet(): CSSStyleSheet | null {
  if (sharedSheet !== undefined) return sharedSheet;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    sharedSheet = sheet;
  } catch {
    sharedSheet = null;
  }
  return sharedSheet;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private mark: HTMLElement | null = null;
  private claimId: string | null = null;
  mode: CardMode | null = null;
  /** True while focus goes back to the mark after Esc (the focus must not reopen a preview). */
  returningFocus = false;

  constructor(
    private readonly doc: Document,
    private readonly opts: CardHostOptions,
  ) {}

  get openMark(): HTMLElement | null {
    return this.mark;
  }

  get openClaimId(): string | null {
    return this.claimId;
  }

  /** The open card's (closed) shadow root: our own reference, for unit tests. */
  get cardRoot(): ShadowRoot | null {
    return this.root;
  }

  /** True for our host element (events and mutations from it are ours). */
  isHost(node: Node | null): boolean {
    return !!node && node === this.host;
  }

  open(mark: HTMLElement, data: CardData, mode: CardMode): void {
    if (this.mark === mark && this.mode === mode && this.host?.isConnected) return;
    const upgrade =
      this.mark === mark && this.mode === 'preview' && mode === 'dialog' && this.host?.isConnected;
    if (!upgrade) this.render(mark, data);
    this.mode = mode;
    if (mode === 'dialog') {
      setAttr(mark, 'aria-expanded', 'true');
      const card = this.root?.querySelector<HTMLElement>('.card');
      card?.focus({ preventScroll: true });
    }
  }

  /** Re-renders the open card (e.g. once a pending correction is known). */
  update(data: CardData): void {
    if (!this.mark || !this.root || this.claimId !== data.claim.id) return;
    const mode = this.mode;
    const hadFocus = this.doc.activeElement === this.host;
    this.render(this.mark, data);
    this.mode = mode;
    if (hadFocus) this.root.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  }

  close(returnFocus: boolean): void {
    const mark = this.mark;
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.mark = null;
    this.claimId = null;
    this.mode = null;
    if (mark) {
      mark.removeAttribute('aria-expanded');
      if (returnFocus && mark.isConnected) {
        this.returningFocus = true;
        try {
          mark.focus({ preventScroll: true });
        } finally {
          this.returningFocus = false;
        }
      }
    }
  }

  /** Whether the host holds keyboard focus (the card is being used). */
  hasFocus(): boolean {
    return !!this.host && this.doc.activeElement === this.host;
  }

  private render(mark: HTMLElement, data: CardData): void {
    this.close(false);
    const host = el(this.doc, 'div');
    setAttr(host, UI_ATTR, 'card');
    const root = attachShadowRoot(host, { mode: 'closed' });
    let adopted = false;
    const sheet = styleSheet();
    try {
      if (sheet) {
        root.adoptedStyleSheets = [sheet];
        adopted = root.adoptedStyleSheets.length === 1;
      }
    } catch {
      adopted = false;
    }
    if (!adopted) {
      // Fallback where constructed sheets cannot be adopted (e.g. Firefox
      // content-script wrappers); a strict CSP may block this one.
      const style = el(this.doc, 'style');
      style.textContent = CARD_CSS;
      root.appendChild(style);
    }
    const card = buildCard(this.doc, data, {
      onClose: () => this.close(true),
      onSuggest: () => this.opts.onSuggest(data.claim.id),
    });
    root.appendChild(card);
    root.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent));
    this.host = host;
    this.root = root;
    this.mark = mark;
    this.claimId = data.claim.id;
    (this.doc.documentElement ?? this.doc.body).appendChild(host);
    this.position();
  }

  /** Below the mark when it fits, else above; kept inside the viewport horizontally. */
  position(): void {
    if (!this.host || !this.mark) return;
    const win = this.doc.defaultView;
    const rect = this.mark.getBoundingClientRect();
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    const vw = win?.innerWidth ?? 1024;
    const vh = win?.innerHeight ?? 768;
    const width = Math.min(360, vw - 16);
    const left = Math.max(8, Math.min(rect.left, vw - width - 8)) + sx;
    const height = this.host.getBoundingClientRect().height || 0;
    const below = rect.bottom + 6;
    // Below the mark if it fits, else above; if neither fits, as low as keeps it on screen.
    let top = below;
    if (below + height > vh)
      top = rect.top - height - 6 > 0 ? rect.top - height - 6 : Math.max(8, vh - height - 8);
    this.host.style.setProperty('--cc-left', `${Math.round(left)}px`);
    this.host.style.setProperty('--cc-top', `${Math.round(top + sy)}px`);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
      return;
    }
    if (e.key !== 'Tab' || !this.root) return;
    // A focus trap while the card is open as a dialog.
    const items = Array.from(this.root.querySelectorAll<HTMLElement>('button, a[href]'));
    if (!items.length) return;
    const active = this.root.activeElement as HTMLElement | null;
    const idx = active ? items.indexOf(active) : -1;
    e.preventDefault();
    const next = e.shiftKey
      ? idx <= 0
        ? items.length - 1
        : idx - 1
      : idx === -1 || idx === items.length - 1
        ? 0
        : idx + 1;
    items[next].focus();
  }
}
