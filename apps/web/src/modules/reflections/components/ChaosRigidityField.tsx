import { CHAOS_RIGIDITY_MAX, CHAOS_RIGIDITY_MIN } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Slider } from '@attune/ui/Slider';
import { useEffect, useId, useRef } from 'react';
import { useReflectionTexts } from '../texts';

export interface ChaosRigidityFieldProps {
  value: number | null;
  onChange: (value: number | null) => void;
  errorMessage?: string | null;
}

/**
 * The optional place of the day on the river of integration, −3 chaos … 0 integrated … +3 rigid.
 * Unplaced until the person chooses to place it (a slider always has a value, so "not placed"
 * is a state of its own); focus follows when the slider appears or goes.
 */
export function ChaosRigidityField({ value, onChange, errorMessage }: ChaosRigidityFieldProps) {
  const t = useReflectionTexts().river;
  const box = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);
  const labelId = useId();

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    const target = box.current?.querySelector<HTMLElement>(value === null ? 'button' : 'input[type="range"]');
    target?.focus();
  }, [value]);

  const change = (next: number | null): void => {
    moveFocus.current = (next === null) !== (value === null);
    onChange(next);
  };

  return (
    <div ref={box} className="rf-river">
      {value === null ? (
        <div role="group" aria-labelledby={labelId} className="at-stack rf-river__empty">
          <div>
            <p id={labelId} className="at-label">
              {t.label}
            </p>
            <p className="at-description">{t.help}</p>
            <p className="at-muted">{t.notPlaced}</p>
          </div>
          <div>
            <Button variant="secondary" onPress={() => change(0)}>
              {t.add}
            </Button>
          </div>
          {errorMessage ? <p className="at-field-error">{errorMessage}</p> : null}
        </div>
      ) : (
        <div className="at-stack">
          <Slider
            label={t.label}
            description={t.help}
            name="chaosRigidity"
            min={CHAOS_RIGIDITY_MIN}
            max={CHAOS_RIGIDITY_MAX}
            value={value}
            onChange={change}
            valueText={t.value}
            marks={[
              { value: CHAOS_RIGIDITY_MIN, label: t.chaos },
              { value: 0, label: t.integrated },
              { value: CHAOS_RIGIDITY_MAX, label: t.rigid },
            ]}
            errorMessage={errorMessage}
          />
          <div>
            <Button variant="quiet" size="sm" onPress={() => change(null)}>
              {t.remove}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
