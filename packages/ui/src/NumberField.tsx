import type { ReactNode } from 'react';
import { Input, Label, NumberField as AriaNumberField, Text } from 'react-aria-components';
import { cx } from './cx';
import { FieldError, revalidateWhileInvalid, type ErrorMessage } from './Form';

export interface NumberFieldProps {
  label: ReactNode;
  /** NaN while empty. */
  value: number;
  onChange: (value: number) => void;
  minValue?: number;
  maxValue?: number;
  step?: number;
  description?: ReactNode;
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  validate?: (value: number) => string | null | undefined;
  errorMessage?: ErrorMessage;
  requiredMessage?: string;
  className?: string;
}

/**
 * A whole number (capacity, months ahead). Typing and arrow keys (↑/↓ by `step`) both work; the
 * value is formatted in the reader's locale. Out-of-range input is clamped on blur.
 */
export function NumberField({
  label,
  description,
  validate,
  errorMessage,
  requiredMessage,
  className,
  step = 1,
  ...props
}: NumberFieldProps) {
  return (
    <AriaNumberField
      {...props}
      step={step}
      formatOptions={{ maximumFractionDigits: 0, useGrouping: false }}
      validate={validate ? (v) => validate(v) ?? null : undefined}
      className={cx('at-field', className)}
    >
      <Label className="at-label">{label}</Label>
      <Input className="at-input at-number-input" onChange={revalidateWhileInvalid} />
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
    </AriaNumberField>
  );
}
