import { PEER_RESPONSE_MAX_LENGTH } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Form, FormActions } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { TextField } from '@attune/ui/TextField';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { useRespondToReflection } from '../hooks/useRespondToReflection';
import { useReflectionTexts } from '../texts';

const length = (text: string): number => [...text.trim()].length;

/** A short reply to a reflection shared with me. */
export function RespondForm({ reflectionId, authorName }: { reflectionId: string; authorName: string }) {
  const all = useT();
  const t = useReflectionTexts().responses;
  const { respond, sending } = useRespondToReflection();
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [sent, setSent] = useState(false);

  const problem = (value: string): string | null => {
    if (value.trim() === '') return t.required;
    if (length(value) > PEER_RESPONSE_MAX_LENGTH) return t.tooLong(PEER_RESPONSE_MAX_LENGTH);
    return null;
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    setValidationErrors({});
    setSent(false);
    const result = await respond(reflectionId, text);
    if (result.ok) {
      setText('');
      setSent(true);
    } else {
      setError(result.error);
      const refused = result.error.code === 'BAD_USER_INPUT' && result.error.field === 'text';
      setValidationErrors(refused ? { text: problem(text) ?? t.notAllowed } : {});
    }
  };

  const onText = error?.code === 'BAD_USER_INPUT' && error.field === 'text';
  // Worded once per server answer (the same object until the next one, so a corrected field stays clear).
  const [validationErrors, setValidationErrors] = useState<Record<string, string>>({});
  const formError = error && !onText ? errorText(all, error) : null;

  return (
    <Form onSubmit={(e) => void onSubmit(e)} validationErrors={validationErrors} aria-label={t.formLabel(authorName)}>
      {formError ? <Notice tone="error" title={formError} /> : null}
      {sent ? <Notice tone="success" live title={t.sent} /> : null}
      <TextField
        multiline
        rows={3}
        name="text"
        label={t.respond}
        description={t.respondHelp}
        value={text}
        onChange={(v) => {
          setText(v);
          setSent(false);
        }}
        isRequired
        requiredMessage={t.required}
        validate={problem}
      />
      <FormActions>
        <Button type="submit" isPending={sending}>
          {t.send}
        </Button>
      </FormActions>
    </Form>
  );
}
