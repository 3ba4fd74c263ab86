import { useState, type ReactNode } from 'react';
import {
  Group,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  ToggleButton,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import { cx } from './cx';
import { FieldError, revalidateWhileInvalid, type ErrorMessage } from './Form';

export interface PasswordFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children' | 'type'> {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: ErrorMessage;
  requiredMessage?: string;
  /** Accessible name of the reveal toggle, e.g. "Show password". */
  showLabel?: string;
  className?: string;
}

/** A password input with a toggle that reveals what was typed (pressed state is announced). */
export function PasswordField({
  label,
  description,
  errorMessage,
  requiredMessage,
  showLabel = 'Show password',
  className,
  autoComplete = 'current-password',
  ...props
}: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <AriaTextField
      {...props}
      autoComplete={autoComplete}
      type={visible ? 'text' : 'password'}
      className={cx('at-field', className)}
    >
      <Label className="at-label">{label}</Label>
      <Group className="at-input-group">
        <Input className="at-input" spellCheck={false} autoCapitalize="none" onChange={revalidateWhileInvalid} />
        <ToggleButton className="at-input-group__button" isSelected={visible} onChange={setVisible}>
          {showLabel}
        </ToggleButton>
      </Group>
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
    </AriaTextField>
  );
}
