import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { PersonalColumn } from '@app/projections';
import type { RiskBand } from '../domain/index.js';
import { MaracScopedRow } from './marac-scoped-row.js';

/** One case on the coordinators' case list (marac_case_list), written by the case-list projection. */
@Entity({ name: 'marac_case_list' })
@Index('marac_case_list_marac_idx', ['maracId', 'status', 'referralDate'])
@Index('marac_case_list_victim_idx', ['victimPersonId'])
export class CaseListEntry extends MaracScopedRow {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @Column({ type: 'text', name: 'victim_person_id' })
  victimPersonId: string;

  /** Null once the victim's personal data is erased (blanked by erasure directly, and by the projection). */
  @PersonalColumn({ name: 'victim_name', subject: 'victimPersonId' })
  victimName: string | null;

  @Column({ type: 'date', name: 'referral_date' })
  referralDate: string;

  @Column({ type: 'text', name: 'referring_agency' })
  referringAgency: string;

  @Column({ type: 'text' })
  criterion: string;

  /** `voided` once the referral is voided (the row stays, so the case list can show it). */
  @Column({ type: 'text' })
  status: 'open' | 'closed' | 'voided';

  @Column({ type: 'boolean', name: 'is_repeat' })
  isRepeat: boolean;

  @Column({ type: 'text', name: 'previous_case_id', nullable: true })
  previousCaseId: string | null;

  @Column({ type: 'text', name: 'risk_band', nullable: true })
  riskBand: RiskBand | null;

  @Column({ type: 'integer', name: 'dash_score', nullable: true })
  dashScore: number | null;

  @Column({ type: 'date', name: 'dash_assessed_on', nullable: true })
  dashAssessedOn: string | null;

  @Column({ type: 'boolean', name: 'awaiting_relisting', default: false })
  awaitingRelisting: boolean;

  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn: string | null;

  /** The case stream's revision last applied: guards against applying an event twice. */
  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}
