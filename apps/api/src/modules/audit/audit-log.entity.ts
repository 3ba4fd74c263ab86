import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One recorded action. Rows are only ever inserted: a trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text') action: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('jsonb') details: Record<string, unknown>;
}
