import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_POLICE_CALLOUT_THRESHOLD, DEFAULT_REPEAT_BAND, type RepeatBand } from '../domain/index.js';

/** A partnership's MARAC configuration; the defaults apply until it is set. */
export interface PartnershipSettings {
  partnershipId: string;
  repeatBand: RepeatBand;
  /** Adult (16+) female population, for cases per 10,000; null until configured. */
  adultFemalePopulation: number | null;
  policeCallOutThreshold: number;
  /** False while every value is the shipped default. */
  configured: boolean;
}

export interface PartnershipSettingsInput {
  repeatBandLow: number;
  repeatBandHigh: number;
  adultFemalePopulation: number | null;
  policeCallOutThreshold: number;
}

export function defaultSettings(partnershipId: string): PartnershipSettings {
  return {
    partnershipId,
    repeatBand: { ...DEFAULT_REPEAT_BAND },
    adultFemalePopulation: null,
    policeCallOutThreshold: DEFAULT_POLICE_CALLOUT_THRESHOLD,
    configured: false,
  };
}

interface SettingsRow {
  partnership_id: string;
  repeat_band_low: string;
  repeat_band_high: string;
  adult_female_population: number | null;
  police_call_out_threshold: number;
}

/**
 * Configuration rather than history: a plain table (`partnership_settings`), read with defaults. The
 * band and population are read when a report runs; the call-out threshold when a referral is decided.
 */
@Injectable()
export class PartnershipSettingsStore {
  constructor(private readonly dataSource: DataSource) {}

  async settingsOf(partnershipId: string): Promise<PartnershipSettings> {
    return (await this.settingsOfEach([partnershipId])).get(partnershipId)!;
  }

  /** Each partnership's settings (defaults where none are set), in one query. */
  async settingsOfEach(partnershipIds: readonly string[]): Promise<Map<string, PartnershipSettings>> {
    const rows: SettingsRow[] = await this.dataSource.query(
      'SELECT partnership_id, repeat_band_low, repeat_band_high, adult_female_population, police_call_out_threshold FROM partnership_settings WHERE partnership_id = ANY($1::text[])',
      [partnershipIds],
    );
    const settings = new Map(partnershipIds.map((id) => [id, defaultSettings(id)]));
    for (const row of rows) {
      settings.set(row.partnership_id, {
        partnershipId: row.partnership_id,
        repeatBand: { low: Number(row.repeat_band_low), high: Number(row.repeat_band_high) },
        adultFemalePopulation: row.adult_female_population === null ? null : Number(row.adult_female_population),
        policeCallOutThreshold: row.police_call_out_threshold,
        configured: true,
      });
    }
    return settings;
  }

  /** Sets every value (the caller's role and scope, and the values' ranges, are checked by the command handler). */
  async save(partnershipId: string, input: PartnershipSettingsInput): Promise<PartnershipSettings> {
    await this.dataSource.query(
      `INSERT INTO partnership_settings (partnership_id, repeat_band_low, repeat_band_high, adult_female_population, police_call_out_threshold, updated_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (partnership_id) DO UPDATE SET repeat_band_low = EXCLUDED.repeat_band_low, repeat_band_high = EXCLUDED.repeat_band_high,
         adult_female_population = EXCLUDED.adult_female_population, police_call_out_threshold = EXCLUDED.police_call_out_threshold, updated_at = now()`,
      [partnershipId, input.repeatBandLow, input.repeatBandHigh, input.adultFemalePopulation, input.policeCallOutThreshold],
    );
    return this.settingsOf(partnershipId);
  }
}
