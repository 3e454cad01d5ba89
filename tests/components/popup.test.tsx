// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PopupApp } from '@/components/popup/PopupApp';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { fakeApi, maverickClaim, scoutClaim } from './fixtures';

afterEach(cleanup);

describe('popup', () => {
  it('shows counts by verdict and one row per claim carrying the mark attributes', async () => {
    const { container } = render(<PopupApp api={fakeApi()} />);
    await screen.findByText('2 claims on this page');
    expect(container.querySelector('[data-verdict-count="supported"]')?.textContent).toContain('1');
    expect(container.querySelector('[data-verdict-count="misleading"]')?.textContent).toContain('1');
    const rows = container.querySelectorAll('li[data-claimcheck-verdict]');
    expect(
      [...rows].map((r) => [
        r.getAttribute('data-claimcheck-verdict'),
        r.getAttribute('data-claimcheck-model'),
      ]),
    ).toEqual([
      ['supported', 'Llama 4 Scout'],
      ['misleading', 'Llama 4 Maverick'],
    ]);
    expect(rows[1].textContent).toContain('Llama 4 Maverick');
    expect(rows[1].textContent).toContain('Fact base: 1417 Elo');
  });

  it('choosing a claim asks the page to scroll to it, from the keyboard too', async () => {
    const api = fakeApi();
    render(<PopupApp api={api} />);
    const show = await screen.findByRole('button', { name: /Show “1417 Elo” in the page/ });
    show.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(api.calls.scroll).toEqual([maverickClaim.claim.id]));
  });

  it('says so when the page has no claims', async () => {
    render(<PopupApp api={fakeApi({ claims: [] })} />);
    expect(await screen.findByRole('heading', { name: 'No claims found' })).toBeTruthy();
  });

  it('says so when the extension cannot run on the page', async () => {
    render(
      <PopupApp
        api={fakeApi({ getPageClaims: () => Promise.reject(new Error('Could not establish connection')) })}
      />,
    );
    expect(await screen.findByRole('heading', { name: /can’t read this page/ })).toBeTruthy();
  });

  it('pauses globally and switches the site off and on through the settings', async () => {
    const api = fakeApi();
    render(<PopupApp api={api} />);
    await screen.findByText('2 claims on this page');
    await userEvent.click(screen.getByLabelText('Check claims on news.test'));
    expect(await screen.findByRole('heading', { name: 'Claimcheck is off for news.test' })).toBeTruthy();
    expect(api.calls.settings.at(-1)).toEqual({ disabledSites: ['news.test'] });
    await userEvent.click(screen.getByLabelText('Check claims on news.test'));
    await screen.findByText('2 claims on this page');
    await userEvent.click(screen.getByLabelText('Pause Claimcheck everywhere'));
    expect(await screen.findByRole('heading', { name: 'Claimcheck is paused' })).toBeTruthy();
    expect(api.calls.settings.at(-1)).toEqual({ paused: true });
  });

  it('shows the fact-base version and last sync, and a sync failure clearly', async () => {
    const api = fakeApi({ syncNow: () => Promise.reject(new Error('feed answered 503')) });
    render(<PopupApp api={api} />);
    expect((await screen.findByTestId('factbase-version')).textContent).toBe('2025-06-01.1');
    expect(screen.getByTestId('factbase-last-sync').textContent).toContain('updated');
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Sync failed: feed answered 503');
  });

  it('opens straight into the correction form for ?claim=<id>, submits, and shows the live status', async () => {
    const db = new ClaimcheckDB('popup-test-live');
    const api = fakeApi({ db });
    render(<PopupApp api={api} initialClaimId={scoutClaim.claim.id} />);
    const form = await screen.findByRole('form', { name: 'Suggest a correction' });
    expect(within(form).getByText('“10M tokens”')).toBeTruthy();
    await userEvent.type(within(form).getByLabelText('Proposed value'), '1M');
    await userEvent.type(within(form).getByLabelText('Source address'), 'https://example.org/card');
    await userEvent.click(within(form).getByRole('button', { name: 'Send correction' }));
    await screen.findByRole('heading', { name: 'Thank you' });
    expect(api.calls.submit).toHaveLength(1);
    expect(api.calls.submit[0].correction).toMatchObject({
      kind: 'wrong_value',
      pageUrl: 'https://news.test/llama-4',
      proposedValue: 1_000_000,
      proposedUnit: 'tokens',
      claim: { quote: '10M tokens', modelId: 'llama-4-scout', verdict: 'supported' },
    });
    // Status comes live from the outbox: the background moving it to "rejected" shows at once.
    await screen.findByText('Queued');
    await db.outbox.update(api.calls.submit[0].id, { status: 'rejected', reason: 'Source disagrees' });
    expect(await screen.findByText('Rejected: Source disagrees')).toBeTruthy();
    await db.delete();
  });

  it('reuses the same idempotency id when a failed submit is retried', async () => {
    let fail = true;
    const api = fakeApi();
    const base = api.submitCorrection;
    api.submitCorrection = async (c, id) => {
      api.calls.submit.push({ correction: c, id });
      if (fail) throw new Error('No answer to submitCorrection');
      return base(c, id);
    };
    render(<PopupApp api={api} initialClaimId={scoutClaim.claim.id} />);
    const form = await screen.findByRole('form', { name: 'Suggest a correction' });
    await userEvent.type(within(form).getByLabelText('Proposed value'), '1000000');
    await userEvent.type(within(form).getByLabelText('Source address'), 'https://example.org/card');
    await userEvent.click(within(form).getByRole('button', { name: 'Send correction' }));
    expect((await screen.findByRole('alert')).textContent).toContain('was not saved');
    fail = false;
    await userEvent.click(within(form).getByRole('button', { name: 'Send correction' }));
    await screen.findByRole('heading', { name: 'Thank you' });
    expect(api.calls.submit.map((s) => s.id)).toEqual([
      'form-id-1-abcdef',
      'form-id-1-abcdef',
      'form-id-1-abcdef',
    ]);
  });
});
