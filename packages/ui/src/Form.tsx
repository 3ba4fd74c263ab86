import type { ChangeEvent, ReactNode } from 'react';
import {
  FieldError as AriaFieldError,
  Form as AriaForm,
  type FormProps as AriaFormProps,
  type ValidationResult,
} from 'react-aria-components';
import { cx } from './cx';

/** What a field shows when it is invalid: a fixed text, or one chosen from the validation state. */
export type ErrorMessage = string | ((validation: ValidationResult) => string | null | undefined);

export interface FormProps extends Omit<AriaFormProps, 'className'> {
  className?: string;
}

/**
 * A form with native validation behaviour: invalid fields block submit, the first is focused.
 * `validationErrors` ({ [fieldName]: message }) shows server errors under the named fields.
 */
export function Form({ className, ...props }: FormProps) {
  return <AriaForm {...props} className={cx('at-form', className)} />;
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className="at-form__actions">{children}</div>;
}

export interface FieldErrorProps {
  errorMessage?: ErrorMessage;
  /** Shown when a required field is left empty (instead of the browser's own wording). */
  requiredMessage?: string;
}

/** The error line under a field; rendered only while the field is invalid. */
export function FieldError({ errorMessage, requiredMessage }: FieldErrorProps) {
  return (
    <AriaFieldError className="at-field-error">
      {(v) => {
        if (typeof errorMessage === 'string') return errorMessage;
        const chosen = errorMessage?.(v);
        if (chosen) return chosen;
        if (v.validationDetails?.valueMissing && requiredMessage) return requiredMessage;
        return v.validationErrors.join(' ');
      }}
    </AriaFieldError>
  );
}

/**
 * Input `onChange` for fields: once a field shows an error, re-check it on every keystroke.
 * (React Aria's native mode only refreshes the message on blur, so a fixed value kept its error
 * until the pointer pressed Submit; the message then vanished, the button moved and the click
 * missed.) Sends the input a non-bubbling `change` event, which React Aria listens for.
 */
export function revalidateWhileInvalid(e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>): void {
  const el = e.currentTarget;
  if (el.getAttribute('aria-invalid') === 'true') el.dispatchEvent(new Event('change', { bubbles: false }));
}
