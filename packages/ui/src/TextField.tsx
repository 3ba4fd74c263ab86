import type { ReactNode, Ref } from 'react';
import {
  Input,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import { cx } from './cx';
import { FieldError, revalidateWhileInvalid, type ErrorMessage } from './Form';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  /** Always visible: every input has a visible label. */
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: ErrorMessage;
  requiredMessage?: string;
  placeholder?: string;
  /** Renders a multi-line text area. */
  multiline?: boolean;
  rows?: number;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  description,
  errorMessage,
  requiredMessage,
  placeholder,
  multiline,
  rows = 4,
  className,
  inputRef,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField {...props} className={cx('at-field', className)}>
      <Label className="at-label">{label}</Label>
      {multiline ? (
        <TextArea className="at-input" placeholder={placeholder} rows={rows} onChange={revalidateWhileInvalid} />
      ) : (
        <Input className="at-input" placeholder={placeholder} ref={inputRef} onChange={revalidateWhileInvalid} />
      )}
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
    </AriaTextField>
  );
}
