import { UserEntity } from '../modules/account/user.entity';
import { BookingEntity } from '../modules/booking/booking.entity';
import { PeerResponseEntity, ReflectionEntity } from '../modules/reflection/reflection.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { CheckInEntity } from '../modules/check-in/check-in.entity';
import { GoalEntity, GoalStepEntity } from '../modules/integration/goal.entity';
import { OutboxMessageEntity } from '../modules/notification/outbox-message.entity';
import { SessionSeriesEntity } from '../modules/session/session-series.entity';
import { SessionEntity } from '../modules/session/session.entity';
import { InvitationEntity } from '../modules/team/invitation.entity';
import { OrganisationEntity } from '../modules/team/organisation.entity';
import { TeamMembershipEntity } from '../modules/team/team-membership.entity';
import { TeamEntity } from '../modules/team/team.entity';

/** Every TypeORM entity. New entities are appended here. */
export const entities = [
  UserEntity,
  OrganisationEntity,
  TeamEntity,
  TeamMembershipEntity,
  InvitationEntity,
  OutboxMessageEntity,
  SessionSeriesEntity,
  SessionEntity,
  BookingEntity,
  ReflectionEntity,
  PeerResponseEntity,
  CheckInEntity,
  GoalEntity,
  GoalStepEntity,
  AuditLogEntity,
];
