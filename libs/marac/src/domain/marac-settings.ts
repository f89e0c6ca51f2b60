import { InvalidCommandError } from '@app/domain';
import { dayInForceForPeriod, settingsInForceOn, type DatedSettingsChange, type SettingsPeriod } from '@app/kit';
import { requireDate, type IsoDate } from '@app/periods';
import { DEFAULT_POLICE_CALLOUT_THRESHOLD } from './marac-defaults.js';
import { assertValidRepeatBand, DEFAULT_REPEAT_BAND, type RepeatBand } from './repeat-rate.js';

/**
 * A partnership's MARAC settings. Flat, so that a PATCH changes only the fields it names; each change
 * takes effect on a given day, and figures use the settings in force on the day (or period) they are about.
 */
export interface MaracSettings {
  /** The SafeLives repeat-rate band a MARAC's rate is judged against, as proportions (0.28 = 28%). */
  repeatBandLow: number;
  repeatBandHigh: number;
  /** Adult (16+) female population, for cases per 10,000; null until configured. */
  adultFemalePopulation: number | null;
  /** Police call-outs needed for a referral on the potential-escalation criterion. */
  policeCallOutThreshold: number;
}

export const MARAC_SETTING_NAMES = [
  'repeatBandLow',
  'repeatBandHigh',
  'adultFemalePopulation',
  'policeCallOutThreshold',
] as const satisfies readonly (keyof MaracSettings)[];

/** What a single MARAC may set for itself over its partnership's settings: its band and population. */
export type MaracOverridableSettings = Pick<MaracSettings, 'repeatBandLow' | 'repeatBandHigh' | 'adultFemalePopulation'>;

export const MARAC_OVERRIDABLE_SETTING_NAMES = [
  'repeatBandLow',
  'repeatBandHigh',
  'adultFemalePopulation',
] as const satisfies readonly (keyof MaracOverridableSettings)[];

export const DEFAULT_MARAC_SETTINGS: Readonly<MaracSettings> = Object.freeze({
  repeatBandLow: DEFAULT_REPEAT_BAND.low,
  repeatBandHigh: DEFAULT_REPEAT_BAND.high,
  adultFemalePopulation: null,
  policeCallOutThreshold: DEFAULT_POLICE_CALLOUT_THRESHOLD,
});

/**
 * The day from which settings carried over from the undated `partnership_settings` table apply: before
 * dated settings, a partnership's one set of values was used for every period, so it still is.
 */
export const CARRIED_OVER_SETTINGS_EFFECTIVE_FROM: IsoDate = '1900-01-01';

export function repeatBandOf(settings: Pick<MaracSettings, 'repeatBandLow' | 'repeatBandHigh'>): RepeatBand {
  return { low: settings.repeatBandLow, high: settings.repeatBandHigh };
}

/** A change's own content: its date and each value it names (messages name the field, never the value). */
export function validateMaracSettingsChange(change: DatedSettingsChange<MaracSettings>): void {
  requireDate(change.effectiveFrom, 'date the change takes effect');
  const { repeatBandLow, repeatBandHigh, adultFemalePopulation, policeCallOutThreshold } = change.changes;
  for (const [end, value] of [
    ['low', repeatBandLow],
    ['high', repeatBandHigh],
  ] as const) {
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1)) {
      throw new InvalidCommandError(`The repeat-rate band's ${end} end must be a proportion between 0 and 1 (for example 0.28).`);
    }
  }
  if (
    adultFemalePopulation !== undefined &&
    adultFemalePopulation !== null &&
    (!Number.isInteger(adultFemalePopulation) || adultFemalePopulation < 1)
  ) {
    throw new InvalidCommandError('The adult female population must be a whole number, 1 or more.');
  }
  if (policeCallOutThreshold !== undefined && (!Number.isInteger(policeCallOutThreshold) || policeCallOutThreshold < 1)) {
    throw new InvalidCommandError('The police call-out threshold must be a whole number, 1 or more.');
  }
}

/** Settings as a whole: the band's low end not above its high end. */
export function validateMaracSettings(settings: MaracSettings): void {
  assertValidRepeatBand(repeatBandOf(settings));
}

/**
 * A MARAC's overrides on a day: a band is overridden as a whole (both ends), so that a MARAC's band is
 * never half its own and half its partnership's.
 */
export function validateMaracOverrides(overrides: Partial<MaracOverridableSettings>): void {
  const low = overrides.repeatBandLow !== undefined;
  const high = overrides.repeatBandHigh !== undefined;
  if (low !== high) throw new InvalidCommandError("A MARAC's own repeat-rate band needs both ends, repeatBandLow and repeatBandHigh.");
  if (low) assertValidRepeatBand(repeatBandOf(overrides as MaracOverridableSettings));
  // null would read as "not configured" and hide the partnership's population: a MARAC's own is a number.
  if (overrides.adultFemalePopulation === null)
    throw new InvalidCommandError("A MARAC's own adult female population must be a whole number, 1 or more.");
}

/** Where a day's settings come from: the partnership's history and the MARAC's own overrides (none for a partnership-wide figure). */
export interface MaracSettingsHistory {
  partnership: readonly DatedSettingsChange<MaracSettings>[];
  marac: readonly DatedSettingsChange<MaracOverridableSettings>[];
}

/** The settings in force on a day: the partnership's then, with the MARAC's overrides then over them. */
export function maracSettingsInForceOn(history: MaracSettingsHistory, date: IsoDate): MaracSettings {
  return {
    ...settingsInForceOn({ ...DEFAULT_MARAC_SETTINGS }, history.partnership, date),
    ...settingsInForceOn<Partial<MaracOverridableSettings>>({}, history.marac, date),
  };
}

/** The settings in force for a period: those in force on its last day (dayInForceForPeriod). */
export function maracSettingsInForceForPeriod(history: MaracSettingsHistory, period: SettingsPeriod): MaracSettings {
  return maracSettingsInForceOn(history, dayInForceForPeriod(period));
}
