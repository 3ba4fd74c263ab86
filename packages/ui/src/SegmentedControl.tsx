import { ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import { cx } from './cx';
import type { SelectOption } from './Select';

export interface SegmentedControlProps<K extends string = string> {
  /** Accessible name of the group (there is no visible label). */
  label: string;
  options: readonly (SelectOption<K> & { lang?: string; title?: string })[];
  value: K;
  onChange: (value: K) => void;
  className?: string;
}

/**
 * A compact single choice, e.g. the language switch: a radio group of toggle buttons
 * (arrow keys move between them, the selected one is announced).
 */
export function SegmentedControl<K extends string = string>({
  label,
  options,
  value,
  onChange,
  className,
}: SegmentedControlProps<K>) {
  return (
    <ToggleButtonGroup
      aria-label={label}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[value]}
      onSelectionChange={(keys: Set<Key>) => {
        const [first] = [...keys];
        if (first !== undefined) onChange(String(first) as K);
      }}
      className={cx('at-segmented', className)}
    >
      {options.map((option) => (
        <ToggleButton key={option.id} id={option.id} lang={option.lang} className="at-segmented__item">
          {option.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
