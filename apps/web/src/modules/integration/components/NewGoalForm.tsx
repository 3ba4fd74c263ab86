import { GOAL_TARGET_MAX, GOAL_TITLE_MAX_LENGTH, validateGoalTitle, validateTargetSteps } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Form, FormActions } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { TextField } from '@attune/ui/TextField';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { fieldErrors } from '../../../app/validation';
import { useSetGoal } from '../hooks/useGoalActions';
import { useIntegrationTexts } from '../texts';

/** Whole numbers only: "10" → 10; anything else → NaN (refused by the domain rule). */
export function parseWhole(value: string): number {
  return /^\s*\d+\s*$/u.test(value) ? Number(value) : Number.NaN;
}

/** Sets a new small goal: a few words and how many times. */
export function NewGoalForm() {
  const t = useT();
  const tIntegration = useIntegrationTexts();
  const g = tIntegration.goals;
  const { setGoal, loading } = useSetGoal();
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState('10');
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const titleProblem = (value: string): string | null => {
    if (value.trim() === '') return t.validation.required;
    if (value.trim().replace(/\s+/gu, ' ').length > GOAL_TITLE_MAX_LENGTH) return g.titleTooLong(GOAL_TITLE_MAX_LENGTH);
    try {
      validateGoalTitle(value);
      return null;
    } catch {
      return g.titleInvalid;
    }
  };
  const targetProblem = (value: string): string | null => {
    try {
      validateTargetSteps(parseWhole(value));
      return null;
    } catch {
      return g.targetInvalid(GOAL_TARGET_MAX);
    }
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    setSaved(null);
    const result = await setGoal({ title: title.trim().replace(/\s+/gu, ' '), targetSteps: parseWhole(target) });
    if (result.ok) {
      setSaved(result.value.title);
      setTitle('');
      setTarget('10');
    } else {
      setError(result.error);
    }
  };

  const formError =
    error && !(error.code === 'BAD_USER_INPUT' && error.field) ? (error.code === 'CONFLICT' ? g.tooMany : errorText(t, error)) : null;

  return (
    <Form
      onSubmit={(e) => void onSubmit(e)}
      aria-label={g.newGoal}
      validationErrors={fieldErrors(error, { title: g.titleInvalid, targetSteps: g.targetInvalid(GOAL_TARGET_MAX) })}
    >
      {formError ? <Notice tone="error" title={formError} /> : null}
      {saved ? <Notice tone="success" live title={g.saved(saved)} /> : null}
      <TextField
        label={g.goalTitle}
        description={g.goalTitleDescription}
        name="title"
        value={title}
        onChange={(v) => {
          setTitle(v);
          setSaved(null);
          setError(null);
        }}
        isRequired
        requiredMessage={t.validation.required}
        validate={titleProblem}
      />
      <TextField
        label={g.targetSteps}
        description={g.targetStepsDescription(GOAL_TARGET_MAX)}
        name="targetSteps"
        inputMode="numeric"
        value={target}
        onChange={(v) => {
          setTarget(v);
          setError(null);
        }}
        isRequired
        requiredMessage={g.targetInvalid(GOAL_TARGET_MAX)}
        validate={targetProblem}
      />
      <FormActions>
        <Button type="submit" isPending={loading}>
          {g.save}
        </Button>
      </FormActions>
    </Form>
  );
}
