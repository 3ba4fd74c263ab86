import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  ComboBox as AriaComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { cx } from './cx';
import { FieldError, type ErrorMessage } from './Form';
import type { SelectOption } from './Select';

export interface ComboBoxProps<K extends string = string> {
  label: ReactNode;
  options: readonly SelectOption<K>[];
  value: K | null;
  onChange: (value: K) => void;
  description?: ReactNode;
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  errorMessage?: ErrorMessage;
  requiredMessage?: string;
  /** Accessible name of the button that opens the full list, e.g. "Show suggestions". */
  openLabel?: string;
  className?: string;
}

/** A searchable single choice for long lists (e.g. time zones): type to filter, arrows to pick. */
export function ComboBox<K extends string = string>({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  requiredMessage,
  openLabel = 'Show suggestions',
  className,
  ...props
}: ComboBoxProps<K>) {
  return (
    <AriaComboBox
      {...props}
      defaultItems={options}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key) as K);
      }}
      menuTrigger="focus"
      className={cx('at-field', className)}
    >
      <Label className="at-label">{label}</Label>
      <div className="at-combobox__group">
        <Input className="at-input" />
        <AriaButton className="at-combobox__button" aria-label={openLabel}>
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
      <Popover className="at-popover">
        <ListBox className="at-listbox">
          {(option: SelectOption<K>) => (
            <ListBoxItem id={option.id} textValue={option.label} className="at-listbox__item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
