import { Badge } from '@attune/ui/Badge';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText } from '../../../app/result';
import { useTimeFormat } from '../../../app/time';
import { useTeamInvitations } from '../hooks/useTeamInvitations';

/** Open invitations of a team (render only for leads and org admins). */
export function InvitationList({ teamId }: { teamId: string }) {
  const t = useT();
  const time = useTimeFormat();
  const { invitations, loading, error, refetch } = useTeamInvitations(teamId);
  if (loading && !invitations) return <LoadingState label={t.team.openInvitationsLoading} />;
  if (error && !invitations) {
    return <ErrorState title={t.team.openInvitationsFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />;
  }
  const open = (invitations ?? []).filter((i) => !i.acceptedAt);
  if (open.length === 0) return <EmptyState title={t.team.openInvitationsEmpty} />;
  return (
    <ul className="at-list" aria-label={t.team.openInvitations}>
      {open.map((i) => (
        <li key={i.id}>
          <span>
            {i.email}
            <span className="at-muted"> · {t.team.validUntil(time.dateTime(i.expiresAt))}</span>
          </span>
          <Badge tone={i.role === 'LEAD' ? 'primary' : 'neutral'}>{t.roles[i.role]}</Badge>
        </li>
      ))}
    </ul>
  );
}
