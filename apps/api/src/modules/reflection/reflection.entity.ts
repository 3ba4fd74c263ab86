import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReflectionVisibility } from '@attune/domain';

/**
 * A member's reflection on a session. The six prompt columns hold sealed text (see
 * `reflection-crypto.ts`), never plaintext; team_id is copied from the session by a trigger.
 */
@Entity('reflection')
export class ReflectionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column({ type: 'uuid', name: 'team_id', insert: false, update: false }) teamId: string;
  @Column('text') visibility: ReflectionVisibility;
  @Column('smallint') attunement: number;
  @Column('smallint') resonance: number;
  @Column('smallint', { name: 'fn_body_regulation', nullable: true }) fnBodyRegulation: number | null;
  @Column('smallint', { name: 'fn_attuned_communication', nullable: true }) fnAttunedCommunication: number | null;
  @Column('smallint', { name: 'fn_emotional_balance', nullable: true }) fnEmotionalBalance: number | null;
  @Column('smallint', { name: 'fn_fear_modulation', nullable: true }) fnFearModulation: number | null;
  @Column('smallint', { name: 'fn_response_flexibility', nullable: true }) fnResponseFlexibility: number | null;
  @Column('smallint', { name: 'fn_insight', nullable: true }) fnInsight: number | null;
  @Column('smallint', { name: 'fn_empathy', nullable: true }) fnEmpathy: number | null;
  @Column('smallint', { name: 'fn_morality', nullable: true }) fnMorality: number | null;
  @Column('smallint', { name: 'fn_intuition', nullable: true }) fnIntuition: number | null;
  @Column('smallint', { name: 'chaos_rigidity', nullable: true }) chaosRigidity: number | null;
  @Column('text', { name: 'what_happened_in_me', nullable: true }) whatHappenedInMe: string | null;
  @Column('text', { name: 'body_signals', nullable: true }) bodySignals: string | null;
  @Column('text', { name: 'feelings_named', nullable: true }) feelingsNamed: string | null;
  @Column('text', { name: 'attunement_moments', nullable: true }) attunementMoments: string | null;
  @Column('text', { name: 'resonance_from_others', nullable: true }) resonanceFromOthers: string | null;
  @Column('text', { name: 'what_i_need_now', nullable: true }) whatINeedNow: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** A peer's reply to a shared reflection; `body` is sealed text. */
@Entity('peer_response')
export class PeerResponseEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'reflection_id' }) reflectionId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') body: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'hidden_at', nullable: true }) hiddenAt: Date | null;
}
