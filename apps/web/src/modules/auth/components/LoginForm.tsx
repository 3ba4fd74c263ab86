import { Button } from '@attune/ui/Button';
import { Form, FormActions } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { PasswordField } from '@attune/ui/PasswordField';
import { TextField } from '@attune/ui/TextField';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import type { Messages } from '../../../app/i18n/messages/en';
import { errorText, type AppError } from '../../../app/result';
import { emailProblem, fieldErrors } from '../../../app/validation';
import { useLogin } from '../hooks/useLogin';

/** What went wrong, in words for the person signing in. */
export function loginErrorText(t: Messages, error: AppError): string {
  if (error.code === 'UNAUTHENTICATED') {
    return error.reason === 'RATE_LIMITED' ? t.login.rateLimited(error.retryAfterSeconds ?? 60) : t.login.wrongCredentials;
  }
  return errorText(t, error);
}

/** E-mail + password. On success the cached `me` changes and the login page moves on. */
export function LoginForm() {
  const t = useT();
  const { login, loading } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    const result = await login(email, password);
    if (!result.ok) setError(result.error);
  };

  return (
    <Form
      onSubmit={(e) => void onSubmit(e)}
      validationErrors={fieldErrors(error, { email: t.validation.email, password: t.validation.required })}
      aria-label={t.login.title}
    >
      {error ? <Notice tone="error" title={loginErrorText(t, error)} /> : null}
      <TextField
        label={t.login.email}
        name="email"
        inputMode="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        isRequired
        requiredMessage={t.validation.required}
        validate={(v) => emailProblem(t, v)}
      />
      <PasswordField
        label={t.login.password}
        name="password"
        showLabel={t.login.showPassword}
        value={password}
        onChange={setPassword}
        isRequired
        requiredMessage={t.validation.required}
      />
      <FormActions>
        <Button type="submit" isPending={loading}>
          {t.login.submit}
        </Button>
      </FormActions>
    </Form>
  );
}
