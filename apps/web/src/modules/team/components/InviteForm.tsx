import { TEAM_ROLES, type TeamRole } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { ChoiceGroup } from '@attune/ui/ChoiceGroup';
import { CopyField } from '@attune/ui/CopyField';
import { Form, FormActions } from '@attune/ui/Form';
import { Notice } from '@attune/ui/Notice';
import { TextField } from '@attune/ui/TextField';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { emailProblem, fieldErrors } from '../../../app/validation';
import { useInviteMember, type CreatedInvitation } from '../hooks/useInviteMember';

/**
 * Invite by e-mail with a role. Without a mail server the API returns the accept link, which
 * is shown here to copy and share.
 */
export function InviteForm({ teamId }: { teamId: string }) {
  const t = useT();
  const { invite, loading } = useInviteMember(teamId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TeamRole>('MEMBER');
  const [error, setError] = useState<AppError | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    setCreated(null);
    const result = await invite(email, role);
    if (result.ok) {
      setCreated(result.value);
      setEmail('');
      setRole('MEMBER');
    } else {
      setError(result.error);
    }
  };

  const formError =
    error && !(error.code === 'BAD_USER_INPUT' && error.field === 'email')
      ? error.code === 'CONFLICT'
        ? t.team.conflict
        : errorText(t, error)
      : null;

  return (
    <div className="at-stack">
      <Form
        onSubmit={(e) => void onSubmit(e)}
        validationErrors={fieldErrors(error, { email: t.validation.email })}
        aria-label={t.team.invite}
      >
        {formError ? <Notice tone="error" title={formError} /> : null}
        <TextField
          label={t.team.email}
          name="email"
          inputMode="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          isRequired
          requiredMessage={t.validation.required}
          validate={(v) => emailProblem(t, v)}
        />
        <ChoiceGroup<TeamRole>
          label={t.team.role}
          name="role"
          value={role}
          onChange={setRole}
          options={TEAM_ROLES.map((r) => ({ id: r, label: t.roles[r] }))}
        />
        <FormActions>
          <Button type="submit" isPending={loading}>
            {t.team.submit}
          </Button>
        </FormActions>
      </Form>
      {created ? (
        <Notice tone="success" live title={t.team.sent(created.email)}>
          {created.acceptUrl ? (
            <>
              <p>{t.team.noMailServer}</p>
              <CopyField
                label={t.team.link}
                value={created.acceptUrl}
                copyLabel={t.team.copy}
                copiedLabel={t.team.copied}
                copyFailedLabel={t.team.copyFailed}
              />
            </>
          ) : null}
        </Notice>
      ) : null}
    </div>
  );
}
