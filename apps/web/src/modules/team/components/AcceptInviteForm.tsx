import { PASSWORD_MIN_LENGTH } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Form, FormActions } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { PasswordField } from '@attune/ui/PasswordField';
import { TextField } from '@attune/ui/TextField';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { fieldErrors, nameProblem, newPasswordProblem } from '../../../app/validation';
import type { Me } from '../../account/hooks/useMe';
import { useAcceptInvite } from '../hooks/useAcceptInvite';
import type { InvitationPreview } from '../hooks/useInvitationPreview';

export interface AcceptInviteFormProps {
  token: string;
  preview: InvitationPreview;
  onAccepted: (me: Me) => void;
}

/** New person: name + password. Existing account: only that account's password. */
export function AcceptInviteForm({ token, preview, onAccepted }: AcceptInviteFormProps) {
  const t = useT();
  const { accept, loading } = useAcceptInvite();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const existing = preview.accountExists;

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    const result = await accept({ token, name: existing ? '' : name, password });
    if (result.ok) onAccepted(result.value);
    else setError(result.error);
  };

  const serverFieldTexts: Record<string, string> = existing
    ? { password: t.invite.wrongPassword }
    : { name: t.validation.nameInvalid, password: t.validation.passwordTooShort(PASSWORD_MIN_LENGTH) };
  const formError =
    error && !(error.code === 'BAD_USER_INPUT' && error.field)
      ? error.code === 'CONFLICT' || error.code === 'NOT_FOUND'
        ? t.invite.noLongerValid
        : errorText(t, error)
      : null;

  return (
    <Form onSubmit={(e) => void onSubmit(e)} validationErrors={fieldErrors(error, serverFieldTexts)} aria-label={t.invite.title}>
      {formError ? <Notice tone="error" title={formError} /> : null}
      {existing ? <Notice tone="info">{<p>{t.invite.existingAccount}</p>}</Notice> : null}
      <TextField label={t.invite.email} value={preview.email} isReadOnly name="email" autoComplete="username" />
      {existing ? null : (
        <TextField
          label={t.invite.name}
          description={t.invite.nameDescription}
          name="name"
          autoComplete="name"
          value={name}
          onChange={setName}
          isRequired
          requiredMessage={t.validation.required}
          validate={(v) => nameProblem(t, v)}
        />
      )}
      <PasswordField
        label={existing ? t.invite.existingPassword : t.invite.password}
        description={existing ? undefined : t.invite.passwordDescription(PASSWORD_MIN_LENGTH)}
        name="password"
        autoComplete={existing ? 'current-password' : 'new-password'}
        showLabel={t.login.showPassword}
        value={password}
        onChange={setPassword}
        isRequired
        requiredMessage={t.validation.required}
        validate={existing ? undefined : (v) => newPasswordProblem(t, v)}
      />
      <FormActions>
        <Button type="submit" isPending={loading}>
          {t.invite.submit}
        </Button>
      </FormActions>
    </Form>
  );
}
