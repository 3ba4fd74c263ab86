import { FUNCTION_SCORE_MAX, FUNCTION_SCORE_MIN, NINE_FUNCTIONS, type NineFunction } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Disclosure } from '@attune/ui/Disclosure';
import { Scale } from '@attune/ui/Scale';
import { useReflectionTexts } from '../texts';

export interface NineFunctionsFieldProps {
  values: Record<NineFunction, number | null>;
  onChange: (fn: NineFunction, value: number | null) => void;
  isExpanded: boolean;
  onExpandedChange: (isExpanded: boolean) => void;
}

/**
 * The optional self-check of the nine functions, folded away: each 1–5, and each can be skipped
 * (left unset, or set back with "Skip"). Fields are named `nineFunctions.<function>`, the names
 * the API uses for errors.
 */
export function NineFunctionsField({ values, onChange, isExpanded, onExpandedChange }: NineFunctionsFieldProps) {
  const t = useReflectionTexts().functions;
  return (
    <Disclosure
      title={t.title}
      summary={t.summary}
      headingLevel={2}
      isExpanded={isExpanded}
      onExpandedChange={onExpandedChange}
      className="rf-functions"
    >
      <p className="at-muted">{t.intro}</p>
      <div className="at-stack">
        {NINE_FUNCTIONS.map((fn) => (
          <div key={fn} className="rf-function">
            <Scale
              label={t.names[fn]}
              description={t.help[fn]}
              name={`nineFunctions.${fn}`}
              min={FUNCTION_SCORE_MIN}
              max={FUNCTION_SCORE_MAX}
              minLabel={t.min}
              maxLabel={t.max}
              value={values[fn]}
              onChange={(n) => onChange(fn, n)}
            />
            {values[fn] !== null ? (
              <Button variant="quiet" size="sm" aria-label={t.skipNamed(t.names[fn])} onPress={() => onChange(fn, null)}>
                {t.skip}
              </Button>
            ) : null}
          </div>
        ))}
      </div>
    </Disclosure>
  );
}
