import { CorrectionSchema, type Correction } from '@/lib/corrections/schema';
import type { PageClaim } from '@/lib/messages';
import { parseNumberInput } from '../shared/format';

/** What the form holds: raw strings, as typed. */
export interface CorrectionFormValues {
  kind: Correction['kind'];
  proposedValue: string;
  proposedUnit: string;
  proposedModel: string;
  sourceUrl: string;
  note: string;
}

export type FormField = keyof CorrectionFormValues;
export type FormErrors = Partial<Record<FormField, string>>;

export function initialValues(pc: PageClaim): CorrectionFormValues {
  return {
    kind: 'wrong_value',
    proposedValue: '',
    proposedUnit: pc.claim.unit ?? '',
    proposedModel: '',
    sourceUrl: '',
    note: '',
  };
}

const FIELDS: FormField[] = ['kind', 'proposedValue', 'proposedUnit', 'proposedModel', 'sourceUrl', 'note'];

/**
 * Turns form values into a Correction, validated by the same CorrectionSchema
 * the outbox and the server use; errors are keyed by form field.
 */
export function buildCorrection(
  values: CorrectionFormValues,
  pc: PageClaim,
  pageUrl: string,
): { ok: true; correction: Correction } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const proposedValue = parseNumberInput(values.proposedValue);
  if (proposedValue !== undefined && !Number.isFinite(proposedValue)) {
    errors.proposedValue = 'Enter a number, for example 1000000, 1M or 62.5.';
  }
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  const candidate = {
    kind: values.kind,
    pageUrl,
    claim: {
      quote: pc.claim.quote,
      modelId: pc.claim.model.id,
      modelName: pc.claim.model.name,
      metric: pc.claim.metric,
      benchmark: pc.claim.benchmark,
      value: pc.claim.value,
      verdict: pc.result?.verdict,
    },
    proposedValue: errors.proposedValue ? undefined : proposedValue,
    proposedUnit: opt(values.proposedUnit),
    proposedModel: values.kind === 'wrong_model_or_variant' ? opt(values.proposedModel) : undefined,
    sourceUrl: opt(values.sourceUrl),
    note: opt(values.note),
  };
  const parsed = CorrectionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as FormField;
      const key: FormField = FIELDS.includes(field) ? field : 'note';
      if (errors[key]) continue;
      errors[key] =
        key === 'sourceUrl' && issue.code !== 'custom'
          ? 'Enter a full web address (https://…).'
          : issue.message;
    }
  }
  if (values.kind === 'wrong_model_or_variant' && !opt(values.proposedModel) && !opt(values.note)) {
    errors.proposedModel = 'Name the model or variant the text really means.';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, correction: parsed.data! };
}
