import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A case's Outcome Star scorings as distance travelled reads them (vs_outcome_scores): the first and the last
 * scores and how many scorings there were. Scores and ids only (no names or free text).
 */
@Entity({ name: 'vs_outcome_scores' })
@Index('vs_outcome_scores_service_idx', ['serviceId'])
export class VsOutcomeScores {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @Column({ type: 'text', name: 'service_id' })
  serviceId: string;

  @Column({ type: 'date', name: 'first_scored_on', nullable: true })
  firstScoredOn: string | null;

  @Column({ type: 'jsonb', name: 'first_scores', nullable: true })
  firstScores: Record<string, number> | null;

  @Column({ type: 'date', name: 'last_scored_on', nullable: true })
  lastScoredOn: string | null;

  @Column({ type: 'jsonb', name: 'last_scores', nullable: true })
  lastScores: Record<string, number> | null;

  @Column({ type: 'integer', default: 0 })
  scorings: number;

  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}
