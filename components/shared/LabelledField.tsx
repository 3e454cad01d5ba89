import type { ReactNode } from 'react';

/**
 * One labelled form field as the popup's correction form and the options page lay
 * it out: the label, the control (and any hint after it), then the field's error.
 */
export function LabelledField({
  label,
  htmlFor,
  error,
  children,
}: {
  label: ReactNode;
  htmlFor: string;
  error?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="cc-field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {error}
    </div>
  );
}

/** A field's error message (nothing when there is none); `id` is what aria-describedby names. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="cc-field-error">
      {message}
    </p>
  ) : null;
}
