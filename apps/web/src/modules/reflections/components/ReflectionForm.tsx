import { NINE_FUNCTIONS, PROMPT_MAX_LENGTH, RATING_MAX, RATING_MIN, REFLECTION_PROMPTS, type ReflectionPrompt } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Form, FormActions } from '@attune/ui/Form';
import { LinkButton } from '@attune/ui/Link';
import { Notice } from '@attune/ui/Notice';
import { Scale } from '@attune/ui/Scale';
import { TextField } from '@attune/ui/TextField';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { useTimeFormat } from '../../../app/time';
import { reflectionDraftKey, useReflectionDraft } from '../hooks/useReflectionDraft';
import type { ReflectionDetail } from '../hooks/useReflection';
import { useUpdateReflection } from '../hooks/useUpdateReflection';
import { useWriteReflection } from '../hooks/useWriteReflection';
import { emptyValues, toUpdateInput, valuesFromReflection, type ReflectionValues } from '../reflectionValues';
import { ChaosRigidityField } from './ChaosRigidityField';
import { NineFunctionsField } from './NineFunctionsField';
import { VisibilityChoice } from './VisibilityChoice';
import '../reflections.css';
import { useReflectionTexts, type ReflectionTexts } from '../texts';

export interface ReflectionFormProps {
  /** The session the reflection is about. */
  session: { id: string };
  /** Whose draft this is (drafts are kept per person and session). */
  userId: string;
  /** When editing: the saved reflection. */
  reflection?: ReflectionDetail;
  onSaved: (saved: ReflectionDetail) => void;
  cancelHref: string;
  /** Accessible name of the form (the page title). */
  label: string;
}

const length = (text: string): number => [...text.trim()].length;

const isPrompt = (field: string): field is ReflectionPrompt => (REFLECTION_PROMPTS as readonly string[]).includes(field);

/** The translated text for a server BAD_USER_INPUT on a field of this form, or null for other fields. */
function fieldMessage(t: ReflectionTexts, field: string, values: ReflectionValues): string | null {
  if (field === 'attunement' || field === 'resonance') return t.ratings.required;
  if (field.startsWith('nineFunctions')) return t.functions.invalid;
  if (field === 'chaosRigidity') return t.river.invalid;
  if (field === 'visibility') return t.visibility.invalid;
  if (isPrompt(field)) return length(values.texts[field]) > PROMPT_MAX_LENGTH ? t.form.tooLong(PROMPT_MAX_LENGTH) : t.form.notAllowed;
  return null;
}

interface FormProblem {
  error: AppError;
  /** The field the server named, with our text for it (null: a problem of the whole form). */
  field: { name: string; message: string } | null;
}

/**
 * The reflection form: calm, one column. The six prompts with short helper texts, attunement and
 * resonance 1–7, the nine functions folded away, the optional place between chaos and rigidity,
 * and who can read it. Everything typed is kept as a draft in this browser until it is saved.
 */
export function ReflectionForm({ session, userId, reflection, onSaved, cancelHref, label }: ReflectionFormProps) {
  const all = useT();
  const t = useReflectionTexts();
  const time = useTimeFormat();
  const initial = useMemo(() => (reflection ? valuesFromReflection(reflection) : emptyValues()), [reflection]);
  const draft = useReflectionDraft(reflectionDraftKey(userId, session.id), reflection?.id ?? null, initial);
  const { values, setValues } = draft;
  const { write, saving: writing } = useWriteReflection();
  const { update, saving: updating } = useUpdateReflection();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const [functionsOpen, setFunctionsOpen] = useState(() => NINE_FUNCTIONS.some((f) => values.nineFunctions[f] !== null));
  const formRef = useRef<HTMLDivElement>(null);
  const introId = useId();

  const change = (patch: Partial<ReflectionValues> | ((current: ReflectionValues) => Partial<ReflectionValues>)): void => {
    setDiscarded(false);
    setValues((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }));
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setProblem(null);
    setDiscarded(false);
    const result = reflection ? await update(reflection.id, toUpdateInput(values)) : await write(session.id, values);
    if (result.ok) {
      draft.clear();
      onSaved(result.value);
      return;
    }
    const { error } = result;
    const message = error.code === 'BAD_USER_INPUT' && error.field ? fieldMessage(t, error.field, values) : null;
    if (message && error.field?.startsWith('nineFunctions')) setFunctionsOpen(true);
    setProblem({ error, field: message && error.field ? { name: error.field, message } : null });
  };

  // Server errors show under the field they name (React Aria matches `name`); the object must stay
  // the same between renders, or a corrected field would get its error back.
  const validationErrors = useMemo(
    () => (problem?.field && problem.field.name !== 'chaosRigidity' ? { [problem.field.name]: problem.field.message } : {}),
    [problem],
  );

  // Move to the field the server refused, so it is seen and heard.
  useEffect(() => {
    const name = problem?.field?.name;
    if (!name) return;
    const selector = name === 'chaosRigidity' ? '.rf-river input, .rf-river button' : `[name="${CSS.escape(name)}"]`;
    formRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [problem]);

  const discard = (): void => {
    draft.discard();
    setProblem(null);
    setDiscarded(true);
    formRef.current?.querySelector<HTMLElement>('textarea')?.focus();
  };

  const formError = (() => {
    if (!problem) return null;
    if (problem.field) return t.form.fixField;
    const { error } = problem;
    const reason = error.reason as keyof typeof t.form.notEligible | undefined;
    if ((error.code === 'FORBIDDEN' || error.code === 'CONFLICT') && reason && reason in t.form.notEligible) return t.form.notEligible[reason];
    if (error.code === 'CONFLICT') return t.form.alreadyWritten;
    return errorText(all, error);
  })();

  return (
    <div ref={formRef}>
      <Form
        onSubmit={(e) => void onSubmit(e)}
        validationErrors={validationErrors}
        aria-label={label}
        aria-describedby={introId}
        className="rf-form"
      >
        {draft.restoredAt ? (
          <Notice tone="info" title={t.draft.restored}>
            <p>{t.draft.restoredBody(time.dateTime(draft.restoredAt))}</p>
            <Button variant="secondary" size="sm" onPress={discard}>
              {t.draft.discard}
            </Button>
          </Notice>
        ) : null}
        {discarded ? <Notice tone="success" live title={t.draft.discarded} /> : null}
        {formError ? <Notice tone="error" title={formError} /> : null}

        <div id={introId}>
          <p>{t.form.intro}</p>
          <p className="at-muted">{t.draft.autosave}</p>
        </div>

        <section className="at-stack" aria-labelledby={`${introId}-prompts`}>
          <div>
            <h2 id={`${introId}-prompts`}>{t.prompts.heading}</h2>
            <p className="at-muted">{t.prompts.intro}</p>
          </div>
          {REFLECTION_PROMPTS.map((prompt) => (
            <TextField
              key={prompt}
              multiline
              rows={3}
              name={prompt}
              label={t.prompts[prompt].label}
              description={t.prompts[prompt].help}
              value={values.texts[prompt]}
              onChange={(text) => change((v) => ({ texts: { ...v.texts, [prompt]: text } }))}
              validate={(text) => (length(text) > PROMPT_MAX_LENGTH ? t.form.tooLong(PROMPT_MAX_LENGTH) : null)}
            />
          ))}
        </section>

        <section className="at-stack" aria-labelledby={`${introId}-ratings`}>
          <h2 id={`${introId}-ratings`}>{t.ratings.heading}</h2>
          <Scale
            label={t.ratings.attunement.label}
            description={t.ratings.attunement.help}
            name="attunement"
            min={RATING_MIN}
            max={RATING_MAX}
            minLabel={t.ratings.attunement.min}
            maxLabel={t.ratings.attunement.max}
            value={values.attunement}
            onChange={(n) => change({ attunement: n })}
            isRequired
            requiredMessage={t.ratings.required}
          />
          <Scale
            label={t.ratings.resonance.label}
            description={t.ratings.resonance.help}
            name="resonance"
            min={RATING_MIN}
            max={RATING_MAX}
            minLabel={t.ratings.resonance.min}
            maxLabel={t.ratings.resonance.max}
            value={values.resonance}
            onChange={(n) => change({ resonance: n })}
            isRequired
            requiredMessage={t.ratings.required}
          />
        </section>

        <NineFunctionsField
          values={values.nineFunctions}
          onChange={(fn, n) => change((v) => ({ nineFunctions: { ...v.nineFunctions, [fn]: n } }))}
          isExpanded={functionsOpen}
          onExpandedChange={setFunctionsOpen}
        />

        <ChaosRigidityField
          value={values.chaosRigidity}
          onChange={(n) => {
            if (problem?.field?.name === 'chaosRigidity') setProblem(null);
            change({ chaosRigidity: n });
          }}
          errorMessage={problem?.field?.name === 'chaosRigidity' ? problem.field.message : null}
        />

        <VisibilityChoice value={values.visibility} onChange={(v) => change({ visibility: v })} current={reflection?.visibility} />

        <FormActions>
          <Button type="submit" isPending={writing || updating}>
            {reflection ? t.form.saveChanges : t.form.save}
          </Button>
          <LinkButton href={cancelHref} variant="quiet">
            {t.form.cancel}
          </LinkButton>
        </FormActions>
      </Form>
    </div>
  );
}
