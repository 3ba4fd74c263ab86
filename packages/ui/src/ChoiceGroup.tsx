import type { ReactNode } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { cx } from './cx';
import { FieldError, type ErrorMessage } from './Form';
import type { SelectOption } from './Select';

export interface ChoiceGroupProps<K extends string = string> {
  label: ReactNode;
  options: readonly (SelectOption<K> & { lang?: string })[];
  value: K | null;
  onChange: (value: K) => void;
  description?: ReactNode;
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  errorMessage?: ErrorMessage;
  requiredMessage?: string;
  orientation?: 'horizontal' | 'vertical';
  className?: string;
}

/** A labelled group of radio buttons for a few options (arrow keys move the choice). */
export function ChoiceGroup<K extends string = string>({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  requiredMessage,
  orientation = 'horizontal',
  className,
  ...props
}: ChoiceGroupProps<K>) {
  return (
    <RadioGroup
      {...props}
      orientation={orientation}
      value={value}
      onChange={(v) => onChange(v as K)}
      className={cx('at-choice-group', className)}
    >
      <Label className="at-label">{label}</Label>
      <div className="at-choice-group__options">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="at-radio" lang={option.lang}>
            <span className="at-radio__dot" aria-hidden="true" />
            {option.label}
          </Radio>
        ))}
      </div>
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
    </RadioGroup>
  );
}
