import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A MARAC meeting (marac_meetings), written by the meeting-agenda projection. */
@Entity({ name: 'marac_meetings' })
@Index('marac_meetings_marac_idx', ['maracId', 'meetingDate'])
export class AgendaMeeting {
  @PrimaryColumn({ type: 'text', name: 'meeting_id' })
  meetingId: string;

  @Column({ type: 'text', name: 'marac_id' })
  maracId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'date', name: 'meeting_date' })
  meetingDate: string;

  /** `scheduled`, `held` or `cancelled`. */
  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}
