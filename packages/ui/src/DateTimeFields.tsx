import { parseDate, parseTime, type CalendarDate, type Time } from '@internationalized/date';
import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker as AriaDatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Label,
  Popover,
  Text,
  TimeField as AriaTimeField,
} from 'react-aria-components';
import './DateTimeFields.css';
import { cx } from './cx';
import { FieldError, type ErrorMessage } from './Form';

/*
 * Date and time fields that speak plain strings ('YYYY-MM-DD', 'HH:MM'), so callers need no
 * date library. Segments follow the nearest React Aria `I18nProvider` locale (nl-NL: dd-mm-jjjj,
 * 24-hour clock); each segment is a spin button: type digits or use the arrow keys.
 */

const toDate = (value: string | null | undefined): CalendarDate | null => {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
};

const toTime = (value: string | null | undefined): Time | null => {
  if (!value) return null;
  try {
    return parseTime(value);
  } catch {
    return null;
  }
};

const pad = (n: number): string => String(n).padStart(2, '0');

interface FieldBase {
  label: ReactNode;
  description?: ReactNode;
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  /** Client-side check: a message when the value is not acceptable, else null. */
  validate?: (value: string | null) => string | null | undefined;
  errorMessage?: ErrorMessage;
  requiredMessage?: string;
  className?: string;
}

export interface DatePickerProps extends FieldBase {
  /** 'YYYY-MM-DD' or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** Earliest day that can be chosen, 'YYYY-MM-DD'. */
  minValue?: string;
  /** Accessible name of the button that opens the calendar, e.g. "Choose a date". */
  calendarLabel: string;
}

/** A date typed in segments, or picked from a calendar popover (arrow keys move the day). */
export function DatePicker({
  label,
  description,
  value,
  onChange,
  minValue,
  calendarLabel,
  validate,
  errorMessage,
  requiredMessage,
  className,
  ...props
}: DatePickerProps) {
  return (
    <AriaDatePicker
      {...props}
      value={toDate(value)}
      minValue={toDate(minValue) ?? undefined}
      onChange={(d) => onChange(d ? d.toString() : null)}
      validate={validate ? (d) => validate(d ? d.toString() : null) ?? null : undefined}
      className={cx('at-field', className)}
    >
      <Label className="at-label">{label}</Label>
      <Group className="at-date-group">
        <DateInput className="at-date-input">{(segment) => <DateSegment segment={segment} className="at-date-segment" />}</DateInput>
        <AriaButton className="at-date-group__button" aria-label={calendarLabel}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <rect x="3.5" y="5" width="17" height="15" rx="2" fill="none" stroke="currentColor" strokeWidth="1.75" />
            <path d="M3.5 10h17M8 3v4M16 3v4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
          </svg>
        </AriaButton>
      </Group>
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
      <Popover className="at-popover at-calendar-popover">
        <Dialog className="at-calendar-dialog">
          <Calendar className="at-calendar">
            <header className="at-calendar__header">
              <AriaButton slot="previous" className="at-calendar__nav">
                <span aria-hidden="true">‹</span>
              </AriaButton>
              <Heading className="at-calendar__heading" />
              <AriaButton slot="next" className="at-calendar__nav">
                <span aria-hidden="true">›</span>
              </AriaButton>
            </header>
            <CalendarGrid className="at-calendar__grid">{(date) => <CalendarCell date={date} className="at-calendar__cell" />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </AriaDatePicker>
  );
}

export interface TimeFieldProps extends FieldBase {
  /** 'HH:MM' (24-hour) or null. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/** A time of day in hour and minute segments (always a 24-hour clock). */
export function TimeField({ label, description, value, onChange, validate, errorMessage, requiredMessage, className, ...props }: TimeFieldProps) {
  return (
    <AriaTimeField
      {...props}
      value={toTime(value)}
      hourCycle={24}
      onChange={(t) => onChange(t ? `${pad(t.hour)}:${pad(t.minute)}` : null)}
      validate={validate ? (t) => validate(t ? `${pad(t.hour)}:${pad(t.minute)}` : null) ?? null : undefined}
      className={cx('at-field', className)}
    >
      <Label className="at-label">{label}</Label>
      <DateInput className="at-date-group at-date-input">{(segment) => <DateSegment segment={segment} className="at-date-segment" />}</DateInput>
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <FieldError errorMessage={errorMessage} requiredMessage={requiredMessage} />
    </AriaTimeField>
  );
}
