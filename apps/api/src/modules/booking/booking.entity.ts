import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BookingStatus, SessionKind } from '@attune/domain';

/**
 * A member's seat in a session. team_id, kind, during, care_month and waitlist_seq are copied
 * from the session and assigned by a database trigger; they are read-only here.
 */
@Entity('booking')
export class BookingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') status: BookingStatus;
  @Column({ type: 'bigint', name: 'waitlist_seq', nullable: true, insert: false, update: false }) waitlistSeq: string | null;
  @Column({ type: 'uuid', name: 'team_id', insert: false, update: false }) teamId: string;
  @Column({ type: 'text', insert: false, update: false }) kind: SessionKind;
  @Column({ type: 'tstzrange', insert: false, update: false, select: false }) during: string;
  @Column({ type: 'date', name: 'care_month', insert: false, update: false }) careMonth: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'confirmed_at', nullable: true }) confirmedAt: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('boolean', { nullable: true }) attended: boolean | null;
  @Column('uuid', { name: 'attendance_marked_by', nullable: true }) attendanceMarkedBy: string | null;
  @Column('timestamptz', { name: 'attendance_marked_at', nullable: true }) attendanceMarkedAt: Date | null;
  /** The pg-boss job that will remind the member (see BookingReminders). */
  @Column('uuid', { name: 'reminder_job_id', nullable: true }) reminderJobId: string | null;
}
