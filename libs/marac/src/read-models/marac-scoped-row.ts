import { Column } from 'typeorm';

/** What every MARAC read-model row carries: the MARAC and the partnership it belongs to, the scope of every query. */
export abstract class MaracScopedRow {
  @Column({ type: 'text', name: 'marac_id' })
  maracId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;
}
