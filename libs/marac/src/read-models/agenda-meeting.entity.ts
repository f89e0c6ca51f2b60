import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MaracScopedRow } from './marac-scoped-row.js';

/** A MARAC meeting (marac_meetings), written by the meeting-agenda projection. */
@Entity({ name: 'marac_meetings' })
@Index('marac_meetings_marac_idx', ['maracId', 'meetingDate'])
export class AgendaMeeting extends MaracScopedRow {
  @PrimaryColumn({ type: 'text', name: 'meeting_id' })
  meetingId: string;

  @Column({ type: 'date', name: 'meeting_date' })
  meetingDate: string;

  @Column({ type: 'text' })
  status: 'scheduled' | 'held' | 'cancelled';

  /** Recorded when the meeting is marked held; null before (and for a meeting held before attendance was recorded). */
  @Column({ type: 'text', name: 'agencies_present', array: true, nullable: true })
  agenciesPresent: string[] | null;

  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}
