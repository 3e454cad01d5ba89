// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { CorrectionStatusList, statusText } from '@/components/correction-form/CorrectionStatusList';
import type { OutboxEntry } from '@/lib/corrections/schema';
import { sampleCorrection } from '../corrections/fixtures';

afterEach(cleanup);

const base: OutboxEntry = {
  id: 'ui-entry',
  correction: sampleCorrection,
  status: 'sent',
  serverId: 'cor_1',
  attempts: 1,
  nextAttemptAt: 0,
  createdAt: 0,
  sentAt: 0,
};

describe('correction status as the reader sees it', () => {
  it('tells "awaiting review" from "no answer yet — stopped checking"', () => {
    expect(statusText(base)).toBe('Sent — awaiting review');
    expect(statusText({ ...base, pollStoppedAt: 5 })).toBe('Sent — no answer yet; stopped checking');
  });

  it('renders each entry with its status and lifecycle phase', () => {
    render(
      <CorrectionStatusList
        entries={[
          { ...base, id: 'ui-stopped', pollStoppedAt: 5 },
          { ...base, id: 'ui-awaiting' },
          { ...base, id: 'ui-accepted', status: 'accepted', settledAt: 3 },
          { ...base, id: 'ui-queued', status: 'queued', serverId: undefined },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-correction-phase'))).toEqual([
      'stopped-checking',
      'awaiting-review',
      'accepted',
      'unsent',
    ]);
    expect(within(items[0]!).getByText(/stopped checking/)).toBeTruthy();
    expect(items[0]!.getAttribute('data-correction-status')).toBe('sent');
    expect(within(items[1]!).getByText('Sent — awaiting review')).toBeTruthy();
  });
});
