import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import type { FlashState } from '../app/session';
import { useTimeFormat } from '../app/time';
import { usePageTitle } from '../app/usePageTitle';
import { AcceptInviteForm } from '../modules/team/components/AcceptInviteForm';
import { useInvitationPreview } from '../modules/team/hooks/useInvitationPreview';

/** /invite/:token — what the invitation is for, then accept it. */
export default function AcceptInvitePage() {
  const t = useT();
  const token = useParams().token ?? '';
  const navigate = useNavigate();
  const time = useTimeFormat();
  const { preview, loading, error, refetch } = useInvitationPreview(token);
  usePageTitle(t.invite.title);

  let body;
  if (loading && !preview) {
    body = <LoadingState label={t.invite.loading} />;
  } else if (error?.code === 'NOT_FOUND' || error?.code === 'BAD_USER_INPUT') {
    body = (
      <ErrorState title={t.invite.invalidTitle} message={t.invite.invalidBody} />
    );
  } else if (error || !preview) {
    body = (
      <ErrorState
        title={t.invite.invalidTitle}
        message={error ? errorText(t, error) : undefined}
        retryLabel={t.common.retry}
        onRetry={refetch}
      />
    );
  } else {
    body = (
      <Card>
        <p>{t.invite.intro(preview.teamName, preview.organisationName)}</p>
        <p>
          {t.invite.role(t.roles[preview.role])} {t.invite.validUntil(time.dateTime(preview.expiresAt))}
        </p>
        <AcceptInviteForm
          token={token}
          preview={preview}
          onAccepted={() => {
            const state: FlashState = { joinedTeam: preview.teamName };
            void navigate('/', { replace: true, state });
          }}
        />
      </Card>
    );
  }

  return (
    <div className="app-narrow at-stack">
      <PageHeader title={t.invite.title} />
      {body}
      {error ? (
        <p>
          <LinkButton href="/login">{t.shell.signIn}</LinkButton>
        </p>
      ) : null}
    </div>
  );
}
