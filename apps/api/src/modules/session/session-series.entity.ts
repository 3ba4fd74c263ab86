import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SeriesWeek, SessionKind, Weekday } from '@attune/domain';

/** A monthly rule ("2nd Tuesday 15:00–16:30 Europe/Amsterdam"), expanded into sessions. */
@Entity('session_series')
export class SessionSeriesEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'team_id' }) teamId: string;
  @Column('text') kind: SessionKind;
  @Column('text') title: string;
  @Column('text', { name: 'week_of_month' }) weekOfMonth: SeriesWeek;
  @Column('text') weekday: Weekday;
  /** Local wall-clock time, 'HH:MM:SS'. */
  @Column('time', { name: 'start_time' }) startTime: string;
  @Column('time', { name: 'end_time' }) endTime: string;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('text', { nullable: true }) location: string | null;
  @Column('text', { name: 'video_url', nullable: true }) videoUrl: string | null;
  @Column('integer') capacity: number;
  @Column('uuid', { name: 'facilitator_id', nullable: true }) facilitatorId: string | null;
  @Column('integer', { name: 'min_notice_minutes' }) minNoticeMinutes: number;
  /** First day of the first month the series covers ('YYYY-MM-01'). */
  @Column('date', { name: 'first_month' }) firstMonth: string;
  @Column('integer') months: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
