import { useId, type ReactNode } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { cx } from './cx';
import { FieldError, type ErrorMessage } from './Form';
import type { SelectOption } from './Select';

export interface ChoiceOption<K extends string = string> extends SelectOption<K> {
  lang?: string;
  /** What choosing it means, shown under the option and read as its description. */
  description?: ReactNode;
}

export interface ChoiceGroupProps<K extends string = string> {
  label: ReactNode;
  options: readonly ChoiceOption<K>[];
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
  const idBase = useId();
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
        {options.map((option) => {
          const radio = (describedBy?: string) => (
            <Radio key={option.id} value={option.id} className="at-radio" lang={option.lang} aria-describedby={describedBy}>
              <span className="at-radio__dot" aria-hidden="true" />
              {option.label}
            </Radio>
          );
          if (!option.description) return radio();
          const descriptionId = `${idBase}-${option.id}`;
          return (
            <div key={option.id} className="at-choice-group__item">
              {radio(descriptionId)}
              <span id={descriptionId} className="at-choice-group__description at-description">
                {option.description}
              </span>
            </div>
          );
        })}
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
