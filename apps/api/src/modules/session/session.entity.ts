import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SessionKind } from '@attune/domain';

/** A scheduled meeting of a team. Seat counters are kept by database triggers (read-only here). */
@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'team_id' }) teamId: string;
  @Column('uuid', { name: 'series_id', nullable: true }) seriesId: string | null;
  @Column('text') kind: SessionKind;
  @Column('text') title: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('text', { nullable: true }) location: string | null;
  @Column('text', { name: 'video_url', nullable: true }) videoUrl: string | null;
  @Column('integer') capacity: number;
  @Column({ type: 'integer', name: 'confirmed_count', insert: false, update: false }) confirmedCount: number;
  @Column({ type: 'integer', name: 'waitlist_count', insert: false, update: false }) waitlistCount: number;
  @Column('uuid', { name: 'facilitator_id', nullable: true }) facilitatorId: string | null;
  @Column('integer', { name: 'min_notice_minutes' }) minNoticeMinutes: number;
  @Column('integer') revision: number;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
