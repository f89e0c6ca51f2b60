import type { DatedSettingsChange } from '@app/kit';
import type { IsoDate } from '@app/periods';
import { maracSettingsInForceOn, repeatBandOf, type MaracSettings, type MaracSettingsState, type RepeatBand } from '../domain/index.js';

/** A partnership's MARAC settings as its admins read them: those in force on a day, and every dated change. */
export interface PartnershipSettingsView {
  partnershipId: string;
  /** The day the settings below are in force on. */
  inForceOn: IsoDate;
  repeatBand: RepeatBand;
  /** Adult (16+) female population, for cases per 10,000; null until configured. */
  adultFemalePopulation: number | null;
  policeCallOutThreshold: number;
  /** False until the first change: the shipped defaults apply on every day. */
  configured: boolean;
  /** Every change in the order recorded, each naming the day it takes effect and only the settings it changed. */
  changes: DatedSettingsChange<MaracSettings>[];
  /** The settings stream's revision: the ETag, for If-Match on the next change. */
  revision: number;
}

export function partnershipSettingsView(
  partnershipId: string,
  state: MaracSettingsState,
  revision: number,
  inForceOn: IsoDate,
): PartnershipSettingsView {
  const settings = maracSettingsInForceOn({ partnership: state.changes, marac: [] }, inForceOn);
  return {
    partnershipId,
    inForceOn,
    repeatBand: repeatBandOf(settings),
    adultFemalePopulation: settings.adultFemalePopulation,
    policeCallOutThreshold: settings.policeCallOutThreshold,
    configured: state.changes.length > 0,
    changes: state.changes,
    revision,
  };
}
