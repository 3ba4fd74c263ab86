import { Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { constraintMessages } from '../../common/errors.filter';
import { byKey } from '../../common/loaders';
import { TeamScopeRegistry } from '../../common/team-access';
import { preparedQuery } from '../../database/prepared';
import { BookingModule } from '../booking/booking.module';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { TeamModule } from '../team/team.module';
import { facilitatedSessionsSection } from './session-personal-data';
import { BookingSessionResolver, SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import './session.seed';

const CONSTRAINT_MESSAGES: Record<string, string> = {
  session_ends_after_start: 'The session must end after it starts',
  session_duration_max: 'A session lasts at most 12 hours',
  session_series_occurrence_key: 'This series already has a session at that time',
  session_cancel_reason_given: 'Please give a reason',
};

/** Sessions and monthly series; builds on bookings (seats, waitlist, notifications). */
@Module({
  imports: [BookingModule, TeamModule],
  providers: [SessionService, SessionResolver, BookingSessionResolver],
  exports: [SessionService],
})
export class SessionModule implements OnModuleInit {
  constructor(
    private readonly registry: TeamScopeRegistry,
    private readonly ds: DataSource,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    for (const [name, message] of Object.entries(CONSTRAINT_MESSAGES)) constraintMessages.set(name, message);
    this.registry.register('session', async (ids) => {
      const rows = await preparedQuery<{ id: string; team_id: string }>(this.ds, `SELECT id, team_id FROM session WHERE id = ANY($1::uuid[])`, [ids]);
      return byKey(ids, rows, (r) => r.id).map((r) => r?.team_id ?? null);
    });
    this.personalData.register(facilitatedSessionsSection);
  }
}
