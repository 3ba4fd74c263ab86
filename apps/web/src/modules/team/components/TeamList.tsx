import { Badge } from '@attune/ui/Badge';
import { Link } from '@attune/ui/Link';
import { useT } from '../../../app/i18n/I18nProvider';
import type { TeamSummary } from '../hooks/useMyTeams';

/** My teams, each with my role in it and a link to the team page. */
export function TeamList({ teams, isOrgAdmin }: { teams: readonly TeamSummary[]; isOrgAdmin: boolean }) {
  const t = useT();
  return (
    <ul className="at-list">
      {teams.map((team) => {
        const role = team.myRole ? t.roles[team.myRole] : isOrgAdmin ? t.roles.ORG_ADMIN : null;
        return (
          <li key={team.id}>
            <span>
              <Link href={`/teams/${team.id}`}>{team.name}</Link>
              <span className="at-muted"> · {team.organisation.name}</span>
            </span>
            {role ? (
              <span>
                <span className="at-visually-hidden">{t.home.yourRole}: </span>
                <Badge tone={team.myRole === 'LEAD' || !team.myRole ? 'primary' : 'neutral'}>{role}</Badge>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
