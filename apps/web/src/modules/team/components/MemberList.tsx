import { Badge } from '@attune/ui/Badge';
import { useT } from '../../../app/i18n/I18nProvider';
import type { TeamMember } from '../hooks/useTeam';

/** Current members with their role; leads first, then by name. */
export function MemberList({ members, myId }: { members: readonly TeamMember[]; myId: string | undefined }) {
  const t = useT();
  const sorted = [...members].sort(
    (a, b) => (a.role === b.role ? a.displayName.localeCompare(b.displayName) : a.role === 'LEAD' ? -1 : 1),
  );
  return (
    <ul className="at-list" aria-label={t.team.members}>
      {sorted.map((m) => (
        <li key={m.id}>
          <span>
            {m.displayName}
            {m.id === myId ? <span className="at-muted"> ({t.common.you})</span> : null}
          </span>
          <Badge tone={m.role === 'LEAD' ? 'primary' : 'neutral'}>{t.roles[m.role]}</Badge>
        </li>
      ))}
    </ul>
  );
}
