import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The undated MARAC settings of releases before dated settings (partnership_settings). Nothing writes it now:
 * the start-up upgrade turns each row into the partnership's first MaracSettingsChanged.
 */
@Entity({ name: 'partnership_settings' })
export class PartnershipSettingsRecord {
  @PrimaryColumn({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  /** numeric(5, 4): pg returns it as a string, so it is read as one. */
  @Column({ type: 'numeric', name: 'repeat_band_low', precision: 5, scale: 4 })
  repeatBandLow: string;

  @Column({ type: 'numeric', name: 'repeat_band_high', precision: 5, scale: 4 })
  repeatBandHigh: string;

  @Column({ type: 'integer', name: 'adult_female_population', nullable: true })
  adultFemalePopulation: number | null;

  @Column({ type: 'integer', name: 'police_call_out_threshold' })
  policeCallOutThreshold: number;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
