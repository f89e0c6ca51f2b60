import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PanelRow } from '@app/kit';

/** A registered MARAC (marac_panels), written by the MARAC registry projection; `GET /maracs` lists these. */
@Entity({ name: 'marac_panels' })
@Index('marac_panels_partnership_idx', ['partnershipId', 'name'])
export class MaracPanel implements PanelRow {
  /** The MARAC id (panelId: the registry kit's name for it). */
  @PrimaryColumn({ type: 'text', name: 'marac_id' })
  panelId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'timestamptz', name: 'registered_at' })
  registeredAt: Date;

  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}
