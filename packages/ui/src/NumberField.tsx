import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';
import { cx } from './cx';
import { FieldError, revalidateWhileInvalid, type ErrorMessage } from './Form';

export interface NumberFieldProps {
  label: ReactNode;
  /** NaN while empty or not a number. */
  value: number;
  onChange: (value: number) => void;
  /** Bounds for the arrow keys (typing is free; check the range with `validate`). */
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

const parse = (text: string): number => (/^\s*-?\d+(?:[.,]\d+)?\s*$/u.test(text) ? Number(text.trim().replace(',', '.')) : NaN);

/**
 * A whole number (seats, months ahead) in a text field with a numeric keyboard. Every keystroke
 * reports the value (so a submit right after typing sees it); ↑ / ↓ step within the bounds.
 */
export function NumberField({
  label,
  value,
  onChange,
  minValue,
  maxValue,
  step = 1,
  description,
  validate,
  errorMessage,
  requiredMessage,
  className,
  ...props
}: NumberFieldProps) {
  const [text, setText] = useState(Number.isNaN(value) ? '' : String(value));
  // Follow a value set from outside (e.g. a form reset), but keep what is being typed.
  useEffect(() => {
    if (!Number.isNaN(value) && parse(text) !== value) setText(String(value));
  }, [value]);

  const change = (next: string): void => {
    setText(next);
    onChange(parse(next));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const current = Number.isNaN(value) ? (minValue ?? 0) : value;
    let next = current + (e.key === 'ArrowUp' ? step : -step);
    if (minValue !== undefined) next = Math.max(minValue, next);
    if (maxValue !== undefined) next = Math.min(maxValue, next);
    change(String(next));
  };

  return (
    <AriaTextField
      {...props}
      value={text}
      onChange={change}
      validate={validate ? (v) => validate(parse(v)) ?? null : undefined}
      className={cx('at-field', className)}
    >
      <Label className="at-label">{label}</Label>
      <Input className="at-input at-number-input" inputMode="numeric" onKeyDown={onKeyDown} onChange={revalidateWhileInvalid} />
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
    </AriaTextField>
  );
}
