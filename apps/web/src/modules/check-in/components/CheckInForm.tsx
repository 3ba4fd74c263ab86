import { CHECK_IN_NOTE_MAX_LENGTH, QUICK_SCALES, QUICK_SCALE_FIELD, QUICK_SCALE_MAX, WHO5_ITEM_COUNT, WHO5_ITEM_MAX, normaliseNote } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Form, FormActions } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { Scale } from '@attune/ui/Scale';
import { TextField } from '@attune/ui/TextField';
import { useId, useState, type FormEvent } from 'react';
import type { SubmitCheckInInput } from '../../../generated/graphql';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { fieldErrors } from '../../../app/validation';
import { useSubmitCheckIn, type CheckInFeedback } from '../hooks/useSubmitCheckIn';
import { useCheckInTexts } from '../texts';

export interface CheckInAnswers {
  who5: (number | null)[];
  scales: Record<(typeof QUICK_SCALES)[number], number | null>;
  note: string;
}

export function emptyAnswers(): CheckInAnswers {
  return {
    who5: Array.from({ length: WHO5_ITEM_COUNT }, () => null),
    scales: Object.fromEntries(QUICK_SCALES.map((s) => [s, null])) as CheckInAnswers['scales'],
    note: '',
  };
}

/** The answers as the API wants them, or null while something is still unanswered. */
export function toInput(a: CheckInAnswers): SubmitCheckInInput | null {
  if (a.who5.some((v) => v === null) || QUICK_SCALES.some((s) => a.scales[s] === null)) return null;
  const input: SubmitCheckInInput = {
    who5: a.who5.map((v) => v ?? 0),
    stressLoad: 0,
    sleepQuality: 0,
    bodyTension: 0,
    safety: 0,
    connection: 0,
    clientMaterial: 0,
  };
  for (const s of QUICK_SCALES) input[QUICK_SCALE_FIELD[s]] = a.scales[s] ?? 0;
  const note = a.note.trim();
  if (note !== '') input.note = note;
  return input;
}

export interface CheckInFormProps {
  initial?: CheckInAnswers;
  /** Whether today already has a check-in (then this one replaces it). */
  replacesToday: boolean;
  onDone: (feedback: CheckInFeedback, answers: CheckInAnswers) => void;
}

/**
 * The one-minute check-in: the five WHO-5 statements (0–5), six quick scales (0–10) and an
 * optional private note. Every scale is a radio group: Tab moves between questions, arrow keys
 * choose; a question left open stops the submit and gets focus.
 */
export function CheckInForm({ initial, replacesToday, onDone }: CheckInFormProps) {
  const t = useT();
  const tCheckIn = useCheckInTexts();
  const c = tCheckIn;
  const { submit, loading } = useSubmitCheckIn();
  const [answers, setAnswers] = useState<CheckInAnswers>(() => initial ?? emptyAnswers());
  const [error, setError] = useState<AppError | null>(null);
  const who5Id = useId();
  const scalesId = useId();

  const anchor = (n: number): string => c.who5.anchors[n] ?? String(n);

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const input = toInput(answers);
    if (!input) return; // the required scales already block a native submit; this is a safety net
    setError(null);
    const result = await submit(input);
    if (result.ok) onDone(result.value, answers);
    else setError(result.error);
  };

  const noteProblem = (value: string): string | null => {
    if (value.trim().length > CHECK_IN_NOTE_MAX_LENGTH) return c.noteTooLong(CHECK_IN_NOTE_MAX_LENGTH);
    try {
      normaliseNote(value);
      return null;
    } catch {
      return c.noteInvalid;
    }
  };

  const formError = error && !(error.code === 'BAD_USER_INPUT' && error.field === 'note') ? errorText(t, error) : null;

  return (
    <Form
      onSubmit={(e) => void onSubmit(e)}
      aria-label={c.title}
      className="app-checkin-form"
      validationErrors={fieldErrors(error, { note: c.noteInvalid })}
    >
      {formError ? <Notice tone="error" title={c.failed}>{formError}</Notice> : null}

      <section className="app-checkin-section" aria-labelledby={who5Id}>
        <h2 id={who5Id}>{c.who5.heading}</h2>
        <p>{c.who5.intro}</p>
        <details className="app-checkin-legend">
          <summary>{c.who5.legend}</summary>
          <ul>
            {c.who5.anchors.map((text, n) => (
              <li key={text}>
                <strong>{n}</strong> — {text}
              </li>
            ))}
          </ul>
        </details>
        {Array.from({ length: WHO5_ITEM_COUNT }, (_, i) => (
          <Scale
            key={i}
            name={`who5.${i}`}
            label={c.who5.items[i] ?? ''}
            min={0}
            max={WHO5_ITEM_MAX}
            value={answers.who5[i] ?? null}
            onChange={(v) => setAnswers((a) => ({ ...a, who5: a.who5.map((old, j) => (j === i ? v : old)) }))}
            minLabel={anchor(0)}
            maxLabel={anchor(WHO5_ITEM_MAX)}
            valueLabel={(n) => (n === 0 || n === WHO5_ITEM_MAX ? String(n) : `${n}, ${anchor(n)}`)}
            isRequired
            requiredMessage={c.answerThis}
          />
        ))}
      </section>

      <section className="app-checkin-section" aria-labelledby={scalesId}>
        <h2 id={scalesId}>{c.scales.heading}</h2>
        <p>{c.scales.intro}</p>
        {QUICK_SCALES.map((scale) => (
          <Scale
            key={scale}
            name={QUICK_SCALE_FIELD[scale]}
            label={c.scales[scale].question}
            min={0}
            max={QUICK_SCALE_MAX}
            value={answers.scales[scale]}
            onChange={(v) => setAnswers((a) => ({ ...a, scales: { ...a.scales, [scale]: v } }))}
            minLabel={c.scales[scale].min}
            maxLabel={c.scales[scale].max}
            isRequired
            requiredMessage={c.answerThis}
          />
        ))}
      </section>

      <TextField
        label={c.note}
        description={c.noteDescription}
        name="note"
        multiline
        rows={3}
        value={answers.note}
        onChange={(note) => {
          setAnswers((a) => ({ ...a, note }));
          setError(null);
        }}
        validate={noteProblem}
      />

      <Notice tone="info" title={replacesToday ? c.alreadyToday : c.oncePerDay} />
      <FormActions>
        <Button type="submit" isPending={loading}>
          {c.submit}
        </Button>
      </FormActions>
    </Form>
  );
}
