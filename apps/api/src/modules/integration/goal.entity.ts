import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { GoalStatus } from '@attune/domain';

@Entity('goal')
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') title: string;
  @Column('integer', { name: 'target_steps' }) targetSteps: number;
  @Column('text') status: GoalStatus;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

@Entity('goal_step')
export class GoalStepEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'goal_id' }) goalId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('timestamptz', { name: 'taken_at' }) takenAt: Date;
  @Column('date', { name: 'local_date' }) localDate: string;
}
