import type { PageMarker } from './page-marker';

/**
 * Hover, focus, keyboard and click handling for marks, delegated from the
 * document (one set of listeners however many marks there are).
 * - focus or hover on a mark: preview card (focus stays on the mark);
 * - Enter/Space or click: the card opens as a dialog and takes focus;
 * - Esc: closes and returns focus to the mark.
 * Returns a function that removes every listener.
 */
export function wireInteractions(doc: Document, marker: PageMarker): () => void {
  const card = marker.card;
  const ac = new AbortController();
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, fn as EventListener, { capture: true, signal: ac.signal });
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
  const markOf = (t: EventTarget | null) => {
    const entry = t instanceof Element ? marker.registry.fromElement(t) : undefined;
    return entry ? entry.elements[0] : null;
  };
  const inCard = (t: EventTarget | null) => t instanceof Node && card.isHost(t);

  on('keydown', (e) => {
    const mark = markOf(e.target);
    if (!mark || e.target !== mark) return;
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault();
      e.stopPropagation();
      clearTimers();
      marker.openCard(mark, 'dialog');
    } else if (e.key === 'Escape' && card.openMark === mark) {
      e.preventDefault();
      card.close(true);
    }
  });

  on('focusin', (e) => {
    if (inCard(e.target) || card.returningFocus) return;
    const mark = markOf(e.target);
    if (mark && e.target === mark) {
      clearTimers();
      if (card.openMark !== mark) marker.openCard(mark, 'preview');
    } else if (card.openMark && card.mode === 'preview') {
      card.close(false);
    }
  });

  on('focusout', (e) => {
    const mark = markOf(e.target);
    if (!mark || card.openMark !== mark || card.mode !== 'preview') return;
    if (inCard(e.relatedTarget)) return;
    card.close(false);
  });

  on('mouseover', (e) => {
    if (inCard(e.target)) {
      clearTimeout(closeTimer);
      return;
    }
    const mark = markOf(e.target);
    if (!mark) return;
    clearTimeout(closeTimer);
    if (card.openMark === mark) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => {
      if (mark.isConnected && card.mode !== 'dialog') marker.openCard(mark, 'preview');
    }, 120);
  });

  on('mouseout', (e) => {
    const from = markOf(e.target) ?? (inCard(e.target) ? card.openMark : null);
    if (!from) return;
    clearTimeout(openTimer);
    const to = e.relatedTarget;
    if (inCard(to) || (to && markOf(to) === from)) return;
    if (card.openMark !== from || card.mode !== 'preview') return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (
        card.openMark === from &&
        card.mode === 'preview' &&
        !card.hasFocus() &&
        doc.activeElement !== from
      ) {
        card.close(false);
      }
    }, 300);
  });

  on('click', (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    // Marks inside links or buttons keep the page's own behaviour.
    if (mark.closest('a[href], button, label, summary')) return;
    clearTimers();
    marker.openCard(mark, 'dialog');
  });

  on('mousedown', (e) => {
    if (!card.openMark || inCard(e.target) || markOf(e.target) === card.openMark) return;
    card.close(false);
  });

  const win = doc.defaultView;
  win?.addEventListener('resize', () => card.position(), { signal: ac.signal });

  return () => {
    clearTimers();
    ac.abort();
  };
}
