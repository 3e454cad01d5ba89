// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CorrectionForm } from '@/components/correction-form/CorrectionForm';
import { buildCorrection, initialValues } from '@/components/correction-form/build-correction';
import type { Correction } from '@/lib/corrections/schema';
import { scoutClaim } from './fixtures';

afterEach(cleanup);
// jsdom lacks CSS.escape, which user-event uses to walk radio groups with the arrow keys.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= {
  escape: (s: string) => s.replace(/[^\w-]/g, '\\$&'),
};
const URL_ = 'https://news.test/llama-4';

describe('buildCorrection (zod)', () => {
  it('requires a value for a wrong value, and a source once a value is proposed', () => {
    const v = initialValues(scoutClaim);
    const r1 = buildCorrection(v, scoutClaim, URL_);
    expect(r1).toEqual({ ok: false, errors: { proposedValue: 'Give the value you propose.' } });
    const r2 = buildCorrection({ ...v, proposedValue: '1M' }, scoutClaim, URL_);
    expect(r2).toEqual({
      ok: false,
      errors: { sourceUrl: 'A source address is required when the value changes.' },
    });
    const r3 = buildCorrection({ ...v, proposedValue: '1M', sourceUrl: 'not a url' }, scoutClaim, URL_);
    expect(r3.ok ? null : r3.errors.sourceUrl).toMatch(/full web address/);
    const r4 = buildCorrection({ ...v, proposedValue: 'lots' }, scoutClaim, URL_);
    expect(r4.ok ? null : r4.errors.proposedValue).toMatch(/Enter a number/);
  });

  it('lets a wrong verdict through with only a note, and no value', () => {
    const r = buildCorrection(
      { ...initialValues(scoutClaim), kind: 'wrong_verdict', note: 'The card says 10M for Scout.' },
      scoutClaim,
      URL_,
    );
    expect(r.ok && r.correction).toMatchObject({
      kind: 'wrong_verdict',
      note: 'The card says 10M for Scout.',
    });
    expect(r.ok && r.correction.proposedValue).toBeUndefined();
  });
});

describe('CorrectionForm', () => {
  it('puts each message next to its field (aria-invalid + aria-describedby) and focuses the first', async () => {
    const submitted: Correction[] = [];
    render(
      <CorrectionForm pageClaim={scoutClaim} pageUrl={URL_} onSubmit={async (c) => void submitted.push(c)} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send correction' }));
    const value = screen.getByLabelText('Proposed value');
    expect(value.getAttribute('aria-invalid')).toBe('true');
    const describedBy = value.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      'Give the value you propose.',
    );
    expect(document.activeElement).toBe(value);
    expect(submitted).toHaveLength(0);

    await userEvent.type(value, '1M');
    await userEvent.click(screen.getByRole('button', { name: 'Send correction' }));
    const source = screen.getByLabelText('Source address');
    expect(source.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(source.getAttribute('aria-describedby')!.split(' ')[0])?.textContent).toBe(
      'A source address is required when the value changes.',
    );
    expect(screen.getByLabelText('Proposed value').getAttribute('aria-invalid')).toBeNull();
  });

  it('is usable from the keyboard alone: choose a kind, fill, submit', async () => {
    const submitted: Correction[] = [];
    render(
      <CorrectionForm pageClaim={scoutClaim} pageUrl={URL_} onSubmit={async (c) => void submitted.push(c)} />,
    );
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('The value is wrong'));
    await userEvent.keyboard('{ArrowDown}'); // next radio: wrong model or variant
    expect(
      (screen.getByLabelText('It is about a different model or variant') as HTMLInputElement).checked,
    ).toBe(true);
    await userEvent.tab(); // proposed value
    await userEvent.tab(); // unit
    await userEvent.tab(); // correct model
    expect(document.activeElement).toBe(screen.getByLabelText('Correct model or variant'));
    await userEvent.keyboard('Llama 4 Maverick 03-26 Experimental');
    await userEvent.keyboard('{Enter}');
    expect(submitted).toEqual([
      expect.objectContaining({
        kind: 'wrong_model_or_variant',
        proposedModel: 'Llama 4 Maverick 03-26 Experimental',
        proposedUnit: 'tokens',
      }),
    ]);
  });
});
