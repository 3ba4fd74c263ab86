import { MAX_ANONYMITY_THRESHOLD, MIN_ANONYMITY_THRESHOLD } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Form, FormActions } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { TextField } from '@attune/ui/TextField';
import { useState, type FormEvent } from 'react';
import type { OrganisationMessages } from '../../../app/i18n/messages/en/organisation';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { fieldErrors } from '../../../app/validation';
import { useUpdateOrganisationSettings } from '../hooks/useOrganisationSettings';
import { useOrganisationTexts } from '../texts';

/** What is wrong with a typed k, by the same rule as the API (never below 3), or null. */
export function thresholdProblem(o: OrganisationMessages['threshold'], raw: string): string | null {
  if (!/^\s*\d+\s*$/u.test(raw)) return o.notWhole;
  const k = Number(raw);
  if (k < MIN_ANONYMITY_THRESHOLD) return o.tooLow(MIN_ANONYMITY_THRESHOLD);
  if (k > MAX_ANONYMITY_THRESHOLD) return o.tooHigh(MAX_ANONYMITY_THRESHOLD);
  return null;
}

/** The anonymity threshold k, with what it means. A k below 3 is refused before it is sent. */
export function ThresholdForm({ current }: { current: number }) {
  const t = useT();
  const tOrganisation = useOrganisationTexts();
  const o = tOrganisation.threshold;
  const { update, loading } = useUpdateOrganisationSettings();
  const [value, setValue] = useState(String(current));
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<number | null>(null);

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (thresholdProblem(o, value) !== null) return;
    setError(null);
    setSaved(null);
    const r = await update({ anonymityThreshold: Number(value) });
    if (r.ok) setSaved(r.value.anonymityThreshold);
    else setError(r.error);
  };
  const formError = error && !(error.code === 'BAD_USER_INPUT' && error.field === 'anonymityThreshold') ? errorText(t, error) : null;

  return (
    <Form
      onSubmit={(e) => void onSubmit(e)}
      aria-label={o.heading}
      className="app-threshold-form"
      validationErrors={fieldErrors(error, { anonymityThreshold: o.tooLow(MIN_ANONYMITY_THRESHOLD) })}
    >
      <p>{o.explanation}</p>
      <p>{o.explanation2}</p>
      {formError ? <Notice tone="error" title={formError} /> : null}
      {saved !== null ? <Notice tone="success" live title={o.saved(saved)} /> : null}
      <TextField
        label={o.label}
        description={o.description(MIN_ANONYMITY_THRESHOLD, MAX_ANONYMITY_THRESHOLD)}
        name="anonymityThreshold"
        inputMode="numeric"
        value={value}
        onChange={(v) => {
          setValue(v);
          setSaved(null);
          setError(null);
        }}
        isRequired
        requiredMessage={o.notWhole}
        validate={(v) => thresholdProblem(o, v)}
        className="app-threshold-field"
      />
      <FormActions>
        <Button type="submit" isPending={loading}>
          {o.save}
        </Button>
      </FormActions>
    </Form>
  );
}
