import type { ReactNode } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { cx } from './cx';
import { FieldError, type ErrorMessage } from './Form';

export interface ScaleProps {
  label: ReactNode;
  /** Lowest and highest value, e.g. 0–5 (WHO-5), 0–10 (quick scales), 1–7 (attunement). */
  min: number;
  max: number;
  value: number | null;
  onChange: (value: number) => void;
  /** Words for the ends of the scale, e.g. "at no time" … "all of the time". */
  minLabel?: string;
  maxLabel?: string;
  description?: ReactNode;
  /** Accessible name per value when the bare number is not enough (default: the number). */
  valueLabel?: (value: number) => string;
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  errorMessage?: ErrorMessage;
  requiredMessage?: string;
  className?: string;
}

/**
 * A labelled scale: one radio per value in a row. Keyboard: Tab reaches the group (the chosen
 * value, else the first), arrow keys move and choose, Tab leaves. The end labels are part of
 * the names of the first and last value, so a screen reader hears what the ends mean.
 */
export function Scale({
  label,
  min,
  max,
  value,
  onChange,
  minLabel,
  maxLabel,
  description,
  valueLabel,
  errorMessage,
  requiredMessage,
  className,
  ...props
}: ScaleProps) {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max <= min) {
    throw new Error(`Scale needs whole numbers with min < max (got ${min}–${max})`);
  }
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const nameOf = (n: number): string => {
    const base = valueLabel ? valueLabel(n) : String(n);
    if (n === min && minLabel) return `${base}, ${minLabel}`;
    if (n === max && maxLabel) return `${base}, ${maxLabel}`;
    return base;
  };
  return (
    <RadioGroup
      {...props}
      orientation="horizontal"
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(Number(v))}
      className={cx('at-scale', className)}
    >
      <Label className="at-label">{label}</Label>
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <div className="at-scale__options">
        {values.map((n) => (
          <Radio key={n} value={String(n)} aria-label={nameOf(n)} className="at-scale__option">
            <span aria-hidden="true">{n}</span>
          </Radio>
        ))}
      </div>
      {minLabel || maxLabel ? (
        <div className="at-scale__anchors" aria-hidden="true">
          <span>
            {min} · {minLabel}
          </span>
          <span>
            {max} · {maxLabel}
          </span>
        </div>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
    </RadioGroup>
  );
}
