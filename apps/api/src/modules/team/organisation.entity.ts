import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface SupportResource {
  name: string;
  phone?: string | null;
  url?: string | null;
  description?: string | null;
}

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('integer', { name: 'anonymity_threshold' }) anonymityThreshold: number;
  @Column('jsonb', { name: 'support_resources' }) supportResources: SupportResource[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
