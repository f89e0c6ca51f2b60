import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MaracScopedRow } from './marac-scoped-row.js';

/**
 * A hearing of a case at a meeting (marac_report_hearings): the unit of the repeat rate.
 * `marac_report_hearings_heard_on_idx` is an index by date that INCLUDEs what the national count needs,
 * which TypeORM cannot declare: it is created by its migration and declared here unsynchronised so the
 * schema builder leaves it alone (a named exception of the schema-drift test).
 */
@Entity({ name: 'marac_report_hearings' })
@Index('marac_report_hearings_period_idx', ['maracId', 'heardOn'])
@Index('marac_report_hearings_heard_on_idx', { synchronize: false })
export class ReportHearing extends MaracScopedRow {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @PrimaryColumn({ type: 'text', name: 'meeting_id' })
  meetingId: string;

  @Column({ type: 'date', name: 'heard_on' })
  heardOn: string;

  @Column({ type: 'boolean', name: 'as_repeat' })
  asRepeat: boolean;

  @Column({ type: 'text', name: 'risk_band', nullable: true })
  riskBand: string | null;

  @Column({ type: 'text', name: 'agencies_present', array: true })
  agenciesPresent: string[];
}
