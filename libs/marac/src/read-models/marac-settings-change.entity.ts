import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SettingsChangeRow, SettingsOwnerKind } from '@app/kit';
import type { MaracSettings } from '../domain/index.js';

/**
 * One change of MARAC settings (marac_settings_history): a partnership's (owner_kind 'partnership') or one
 * MARAC's own over its partnership's ('panel'), with the day it takes effect. Reports fold a partnership's
 * and a MARAC's rows into the settings in force for their period (maracSettingsInForceOn).
 */
@Entity({ name: 'marac_settings_history' })
@Index('marac_settings_history_partnership_idx', ['partnershipId'])
export class MaracSettingsChange implements SettingsChangeRow {
  @PrimaryColumn({ type: 'text', name: 'owner_kind' })
  ownerKind: SettingsOwnerKind;

  /** The partnership id, or the MARAC id for a MARAC's own settings. */
  @PrimaryColumn({ type: 'text', name: 'owner_id' })
  ownerId: string;

  /** The event's revision in its stream: the order the changes were recorded in. */
  @PrimaryColumn({ type: 'integer' })
  revision: number;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'date', name: 'effective_from' })
  effectiveFrom: string;

  /** Only the settings the change named. */
  @Column({ type: 'jsonb' })
  changes: Partial<MaracSettings>;

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;
}
