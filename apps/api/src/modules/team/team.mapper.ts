import type { TeamRole } from '@attune/domain';
import type { InvitationEntity } from './invitation.entity';
import type { InvitationModel, TeamMemberModel, TeamModel } from './team.model';
import type { TeamEntity } from './team.entity';

export function toTeam(t: TeamEntity): TeamModel {
  return { id: t.id, name: t.name, timeZone: t.timeZone, organisationId: t.organisationId };
}

export function toTeamMember(r: { user_id: string; display_name: string; role: TeamRole; team_id: string }): TeamMemberModel {
  return { id: r.user_id, displayName: r.display_name, role: r.role, teamId: r.team_id };
}

export function toInvitation(i: InvitationEntity, acceptUrl: string | null = null): InvitationModel {
  return {
    id: i.id,
    teamId: i.teamId,
    email: i.email,
    role: i.role,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    acceptedAt: i.acceptedAt,
    acceptUrl,
  };
}
