import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox } from 'react-aria-components';
import './Checkbox.css';
import { cx } from './cx';

export interface CheckboxProps {
  /** The visible label, which is also the accessible name. */
  children: ReactNode;
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
  isDisabled?: boolean;
  /** Busy (e.g. saving): the box stays focusable but ignores presses. */
  isPending?: boolean;
  name?: string;
  className?: string;
}

/** A checkbox with a visible label (Space toggles it). */
export function Checkbox({ children, isSelected, onChange, isDisabled, isPending, name, className }: CheckboxProps) {
  return (
    <AriaCheckbox
      isSelected={isSelected}
      onChange={(v) => {
        if (!isPending) onChange(v);
      }}
      isDisabled={isDisabled}
      name={name}
      aria-busy={isPending || undefined}
      className={cx('at-checkbox', isPending && 'at-checkbox--pending', className)}
    >
      <span className="at-checkbox__box" aria-hidden="true">
        <svg viewBox="0 0 16 16" width="14" height="14" focusable="false">
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      <span>{children}</span>
    </AriaCheckbox>
  );
}
