import { Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import { DEFAULT_POLICE_CALLOUT_THRESHOLD, DEFAULT_REPEAT_BAND, type RepeatBand } from '../domain/index.js';
import { PartnershipSettingsRecord } from '../read-models/partnership-settings.entity.js';

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

/**
 * Configuration rather than history: a plain table (`partnership_settings`), read with defaults. The
 * band and population are read when a report runs; the call-out threshold when a referral is decided.
 */
@Injectable()
export class PartnershipSettingsStore {
  private readonly records: Repository<PartnershipSettingsRecord>;

  constructor(dataSource: DataSource) {
    this.records = dataSource.getRepository(PartnershipSettingsRecord);
  }

  async settingsOf(partnershipId: string): Promise<PartnershipSettings> {
    return (await this.settingsOfEach([partnershipId])).get(partnershipId)!;
  }

  /** Each partnership's settings (defaults where none are set), in one query. */
  async settingsOfEach(partnershipIds: readonly string[]): Promise<Map<string, PartnershipSettings>> {
    const settings = new Map(partnershipIds.map((id) => [id, defaultSettings(id)]));
    if (partnershipIds.length === 0) return settings;
    for (const row of await this.records.findBy({ partnershipId: In([...partnershipIds]) })) {
      settings.set(row.partnershipId, {
        partnershipId: row.partnershipId,
        repeatBand: { low: Number(row.repeatBandLow), high: Number(row.repeatBandHigh) },
        adultFemalePopulation: row.adultFemalePopulation,
        policeCallOutThreshold: row.policeCallOutThreshold,
        configured: true,
      });
    }
    return settings;
  }

  /** Sets every value (the caller's role and scope, and the values' ranges, are checked by the command handler). */
  async save(partnershipId: string, input: PartnershipSettingsInput): Promise<PartnershipSettings> {
    await this.records.upsert(
      {
        partnershipId,
        repeatBandLow: String(input.repeatBandLow),
        repeatBandHigh: String(input.repeatBandHigh),
        adultFemalePopulation: input.adultFemalePopulation,
        policeCallOutThreshold: input.policeCallOutThreshold,
        updatedAt: () => 'now()',
      },
      ['partnershipId'],
    );
    return this.settingsOf(partnershipId);
  }
}
