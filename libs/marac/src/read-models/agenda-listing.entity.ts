import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MaracScopedRow } from './marac-scoped-row.js';

/** A case listed on a meeting's agenda (marac_agenda_items), with its hearing once heard. */
@Entity({ name: 'marac_agenda_items' })
@Index('marac_agenda_items_case_idx', ['caseId', 'meetingDate'])
export class AgendaListing extends MaracScopedRow {
  @PrimaryColumn({ type: 'text', name: 'meeting_id' })
  meetingId: string;

  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @Column({ type: 'date', name: 'meeting_date' })
  meetingDate: string;

  @Column({ type: 'boolean' })
  relisting: boolean;

  @Column({ type: 'date', name: 'heard_on', nullable: true })
  heardOn: string | null;

  @Column({ type: 'text', name: 'agencies_present', array: true, nullable: true })
  agenciesPresent: string[] | null;
}
