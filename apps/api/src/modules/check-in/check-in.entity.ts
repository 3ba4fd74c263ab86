import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One member's check-in for one local day. Never a GraphQL type: check-in.mapper.ts decides what goes out. */
@Entity('check_in')
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('date', { name: 'local_date' }) localDate: string;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('smallint', { name: 'who5_1' }) who5Item1: number;
  @Column('smallint', { name: 'who5_2' }) who5Item2: number;
  @Column('smallint', { name: 'who5_3' }) who5Item3: number;
  @Column('smallint', { name: 'who5_4' }) who5Item4: number;
  @Column('smallint', { name: 'who5_5' }) who5Item5: number;
  @Column({ type: 'smallint', name: 'who5_score', insert: false, update: false }) who5Score: number;
  @Column('smallint', { name: 'stress_load' }) stressLoad: number;
  @Column('smallint', { name: 'sleep_quality' }) sleepQuality: number;
  @Column('smallint', { name: 'body_tension' }) bodyTension: number;
  @Column('smallint') safety: number;
  @Column('smallint') connection: number;
  @Column('smallint', { name: 'client_material' }) clientMaterial: number;
  /** Sealed with EncryptionService (AAD check_in:note:<id>). */
  @Column('text', { nullable: true }) note: string | null;
}
