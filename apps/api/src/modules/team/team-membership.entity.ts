import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TeamRole } from '@attune/domain';

@Entity('team_membership')
export class TeamMembershipEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'team_id' }) teamId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') role: TeamRole;
  @Column('timestamptz', { name: 'joined_at' }) joinedAt: Date;
  @Column('timestamptz', { name: 'left_at', nullable: true }) leftAt: Date | null;
}
