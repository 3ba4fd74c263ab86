import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import {
  Label,
  Slider as AriaSlider,
  SliderOutput,
  SliderThumb,
  SliderTrack,
  Text,
} from 'react-aria-components';
import { cx } from './cx';

export interface SliderMark {
  value: number;
  /** A word for this point on the track, e.g. "chaos", "integrated", "rigid". */
  label: string;
}

export interface SliderProps {
  /** Always visible. */
  label: ReactNode;
  min: number;
  max: number;
  /** Default 1. */
  step?: number;
  value: number;
  onChange: (value: number) => void;
  /**
   * What a screen reader hears for a value (`aria-valuetext`) and what the output shows,
   * e.g. "−2, mostly chaos". Default: the number.
   */
  valueText?: (value: number) => string;
  /** Words under the track at some values (shown; the value text carries them for screen readers). */
  marks?: readonly SliderMark[];
  description?: ReactNode;
  /** Shown under the slider when set (e.g. a server error for this field). */
  errorMessage?: string | null;
  name?: string;
  isDisabled?: boolean;
  className?: string;
}

/**
 * A labelled single-thumb slider (React Aria): arrow keys step, Home/End jump to the ends,
 * Page Up/Down move further. The value is always said in words as well as shown.
 */
export function Slider({
  label,
  min,
  max,
  step = 1,
  value,
  onChange,
  valueText,
  marks = [],
  description,
  errorMessage,
  name,
  isDisabled,
  className,
}: SliderProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  if (!(max > min)) throw new Error(`Slider needs min < max (got ${min}–${max})`);
  const text = valueText ? valueText(value) : String(value);

  // React Aria derives aria-valuetext from a number format; words need setting after each render.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.setAttribute('aria-valuetext', text);
    if (errorMessage) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  });

  const position = (v: number): string => `${((v - min) / (max - min)) * 100}%`;
  return (
    <AriaSlider
      minValue={min}
      maxValue={max}
      step={step}
      value={value}
      onChange={(v) => onChange(Array.isArray(v) ? (v[0] ?? min) : v)}
      isDisabled={isDisabled}
      className={cx('at-slider', className)}
      data-invalid={errorMessage ? true : undefined}
    >
      <div className="at-slider__header">
        <Label className="at-label">{label}</Label>
        <SliderOutput className="at-slider__output">{() => text}</SliderOutput>
      </div>
      {description ? (
        <Text slot="description" className="at-description">
          {description}
        </Text>
      ) : null}
      <SliderTrack className="at-slider__track">
        <div className="at-slider__rail" aria-hidden="true" />
        <SliderThumb
          className="at-slider__thumb"
          name={name}
          inputRef={inputRef}
          aria-describedby={errorMessage ? errorId : undefined}
        />
      </SliderTrack>
      {marks.length > 0 ? (
        <div className="at-slider__marks" aria-hidden="true">
          {marks.map((mark) => (
            <span key={mark.value} className="at-slider__mark" style={{ left: position(mark.value) }}>
              {mark.label}
            </span>
          ))}
        </div>
      ) : null}
      {errorMessage ? (
        <p id={errorId} className="at-field-error">
          {errorMessage}
        </p>
      ) : null}
    </AriaSlider>
  );
}
