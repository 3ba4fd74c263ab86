import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as AriaSelect,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import { cx } from './cx';
import { FieldError, type ErrorMessage } from './Form';

export interface SelectOption<K extends string = string> {
  id: K;
  label: string;
}

export interface SelectProps<K extends string = string> {
  label: ReactNode;
  options: readonly SelectOption<K>[];
  value: K | null;
  onChange: (value: K) => void;
  description?: ReactNode;
  placeholder?: string;
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  errorMessage?: ErrorMessage;
  requiredMessage?: string;
  className?: string;
}

/** A single-choice select (button + listbox popover; type-ahead and arrow keys work). */
export function Select<K extends string = string>({
  label,
  options,
  value,
  onChange,
  description,
  placeholder,
  errorMessage,
  requiredMessage,
  className,
  ...props
}: SelectProps<K>) {
  return (
    <AriaSelect
      {...props}
      placeholder={placeholder}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key) as K);
      }}
      className={cx('at-field', className)}
    >
      <Label className="at-label">{label}</Label>
      <AriaButton className="at-select-button">
        <SelectValue />
        <span className="at-select-button__chevron" aria-hidden="true">
          ▾
        </span>
      </AriaButton>
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
      <Popover className="at-popover">
        <ListBox className="at-listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="at-listbox__item">
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
