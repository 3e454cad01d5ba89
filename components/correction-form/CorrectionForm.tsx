import { useId, useRef, useState, type FormEvent } from 'react';
import { CORRECTION_KINDS, type Correction } from '@/lib/corrections/schema';
import type { PageClaim } from '@/lib/messages';
import { formatValue } from '../shared/format';
import { FieldError, LabelledField } from '../shared/LabelledField';
import { verdictLabel } from '../shared/verdict-labels';
import {
  buildCorrection,
  initialValues,
  type CorrectionFormValues,
  type FormErrors,
  type FormField,
} from './build-correction';

export const KIND_LABELS: Record<Correction['kind'], string> = {
  wrong_value: 'The value is wrong',
  wrong_model_or_variant: 'It is about a different model or variant',
  outdated: 'The fact is outdated',
  missing_fact: 'A fact is missing',
  wrong_verdict: 'The verdict is wrong',
};

export interface CorrectionFormProps {
  pageClaim: PageClaim;
  pageUrl: string;
  /** Stores the correction (the background puts it in the outbox); rejects when that fails. */
  onSubmit: (correction: Correction) => Promise<void>;
  onCancel?: () => void;
}

const ORDER: FormField[] = ['kind', 'proposedValue', 'proposedUnit', 'proposedModel', 'sourceUrl', 'note'];

/** The correction form: labelled fields, zod messages next to each field, keyboard-only friendly. */
export function CorrectionForm({ pageClaim, pageUrl, onSubmit, onCancel }: CorrectionFormProps) {
  const uid = useId();
  const [values, setValues] = useState<CorrectionFormValues>(() => initialValues(pageClaim));
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const refs = useRef<Partial<Record<FormField, HTMLElement | null>>>({});

  const id = (f: FormField) => `${uid}-${f}`;
  const errId = (f: FormField) => `${uid}-${f}-error`;
  const set = (f: FormField) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [f]: e.target.value }));
  const fieldProps = (f: FormField, hint?: string) => ({
    id: id(f),
    name: f,
    value: values[f],
    onChange: set(f),
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': [errors[f] ? errId(f) : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
    ref: (el: HTMLElement | null) => {
      refs.current[f] = el;
    },
  });
  const errorText = (f: FormField) => <FieldError id={errId(f)} message={errors[f]} />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const built = buildCorrection(values, pageClaim, pageUrl);
    if (!built.ok) {
      setErrors(built.errors);
      const first = ORDER.find((f) => built.errors[f]);
      if (first) refs.current[first]?.focus();
      return;
    }
    setErrors({});
    setSubmitError(null);
    setBusy(true);
    try {
      await onSubmit(built.correction);
    } catch (err) {
      setSubmitError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const { claim, result } = pageClaim;
  const valueHint = `${uid}-value-hint`;
  return (
    <form className="cc-correction-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Suggest a correction</h2>
      <dl className="cc-claim-summary">
        <dt>Claim</dt>
        <dd>“{claim.quote}”</dd>
        <dt>Model</dt>
        <dd>{claim.model.name}</dd>
        <dt>Verdict</dt>
        <dd>{verdictLabel(result?.verdict)}</dd>
        {result?.expected[0] ? (
          <>
            <dt>Fact base says</dt>
            <dd>
              {formatValue(result.expected[0].value, result.expected[0].unit, result.expected[0].valueText)}
            </dd>
          </>
        ) : null}
      </dl>

      <fieldset aria-describedby={errors.kind ? errId('kind') : undefined}>
        <legend>What is wrong?</legend>
        {CORRECTION_KINDS.map((k, i) => (
          <label key={k} className="cc-radio">
            <input
              type="radio"
              name="kind"
              value={k}
              checked={values.kind === k}
              onChange={() => setValues((v) => ({ ...v, kind: k }))}
              ref={i === 0 ? (el) => void (refs.current.kind = el) : undefined}
            />
            {KIND_LABELS[k]}
          </label>
        ))}
        {errorText('kind')}
      </fieldset>

      <LabelledField label="Proposed value" htmlFor={id('proposedValue')} error={errorText('proposedValue')}>
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          {...fieldProps('proposedValue', valueHint)}
        />
        <p id={valueHint} className="cc-hint">
          A number: 1000000, 1M or 62.5. Needed when the value is wrong, outdated or missing.
        </p>
      </LabelledField>

      <LabelledField label="Unit" htmlFor={id('proposedUnit')} error={errorText('proposedUnit')}>
        <input type="text" autoComplete="off" {...fieldProps('proposedUnit')} />
      </LabelledField>

      {values.kind === 'wrong_model_or_variant' ? (
        <LabelledField
          label="Correct model or variant"
          htmlFor={id('proposedModel')}
          error={errorText('proposedModel')}
        >
          <input type="text" autoComplete="off" {...fieldProps('proposedModel')} />
        </LabelledField>
      ) : null}

      <LabelledField label="Source address" htmlFor={id('sourceUrl')} error={errorText('sourceUrl')}>
        <input
          type="url"
          autoComplete="url"
          placeholder="https://"
          {...fieldProps('sourceUrl', `${uid}-source-hint`)}
        />
        <p id={`${uid}-source-hint`} className="cc-hint">
          Required when you propose a value.
        </p>
      </LabelledField>

      <LabelledField label="Note" htmlFor={id('note')} error={errorText('note')}>
        <textarea rows={3} {...fieldProps('note')} />
      </LabelledField>

      {submitError ? (
        <p role="alert" className="cc-error">
          Your correction was not saved: {submitError}. Please try again.
        </p>
      ) : null}
      <div className="cc-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Send correction'}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
