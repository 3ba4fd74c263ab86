import { Radio, RadioGroup } from 'react-aria-components';
import { cx } from './cx';
import type { SelectOption } from './Select';

export interface SegmentedControlProps<K extends string = string> {
  /** Accessible name of the group (there is no visible label). */
  label: string;
  options: readonly (SelectOption<K> & { lang?: string })[];
  value: K;
  onChange: (value: K) => void;
  className?: string;
}

/**
 * A compact single choice, e.g. the language switch: a radio group drawn as joined buttons.
 * Tab reaches the chosen option, arrow keys move the choice.
 */
export function SegmentedControl<K extends string = string>({
  label,
  options,
  value,
  onChange,
  className,
}: SegmentedControlProps<K>) {
  return (
    <RadioGroup
      aria-label={label}
      orientation="horizontal"
      value={value}
      onChange={(v) => onChange(v as K)}
      className={cx('at-segmented', className)}
    >
      {options.map((option) => (
        <Radio key={option.id} value={option.id} lang={option.lang} className="at-segmented__item">
          {option.label}
        </Radio>
      ))}
    </RadioGroup>
  );
}
