/**
 * Effective-dated settings: every change names the day it takes effect, and a figure for a day or a
 * period is computed with the settings in force then, so a change made today never rewrites last
 * year's figures. Dates are ISO calendar dates ('YYYY-MM-DD'), which compare correctly as strings.
 */
export interface DatedSettingsChange<Settings extends object> {
  /** The first day the change applies to. */
  readonly effectiveFrom: string;
  /** Only the settings the change names (merge semantics); the others stay as they were. */
  readonly changes: Partial<Settings>;
}

/** A period of calendar days, both ends included. */
export interface SettingsPeriod {
  readonly from: string;
  readonly to: string;
}

/**
 * The settings in force on `date`: `base` with every change effective on or before that date merged
 * over it, in order of their effective dates (changes effective on the same day in the order they were
 * recorded, which is the order of `changes`).
 */
export function settingsInForceOn<Settings extends object>(
  base: Settings,
  changes: readonly DatedSettingsChange<Settings>[],
  date: string,
): Settings {
  return inEffectiveOrder(changes)
    .filter((change) => change.effectiveFrom <= date)
    .reduce<Settings>((settings, change) => ({ ...settings, ...definedOnly(change.changes) }), { ...base });
}

/**
 * The day whose settings are in force for a period: its last day. The period is reported as it stood when
 * it closed (a band changed in the middle of a quarter applies to the whole quarter, one changed after it
 * to none of it).
 */
export function dayInForceForPeriod(period: SettingsPeriod): string {
  return period.to;
}

/** The settings in force for a period (see dayInForceForPeriod). */
export function settingsInForceForPeriod<Settings extends object>(
  base: Settings,
  changes: readonly DatedSettingsChange<Settings>[],
  period: SettingsPeriod,
): Settings {
  return settingsInForceOn(base, changes, dayInForceForPeriod(period));
}

/**
 * Each day on which the settings in force may differ because of `added`: the day it takes effect and
 * every later day on which another change takes effect. Checking the settings in force on each of these
 * days checks every day from `added.effectiveFrom` on (a back-dated change can clash with a later one).
 */
export function daysAffectedBy<Settings extends object>(
  changes: readonly DatedSettingsChange<Settings>[],
  added: DatedSettingsChange<Settings>,
): string[] {
  const later = changes.map((change) => change.effectiveFrom).filter((day) => day > added.effectiveFrom);
  return [...new Set([added.effectiveFrom, ...later])].sort();
}

/** Stable sort by effective date: same-day changes keep the order they were recorded in. */
function inEffectiveOrder<Settings extends object>(changes: readonly DatedSettingsChange<Settings>[]): DatedSettingsChange<Settings>[] {
  return changes
    .map((change, recorded) => ({ change, recorded }))
    .sort((a, b) =>
      a.change.effectiveFrom < b.change.effectiveFrom ? -1 : a.change.effectiveFrom > b.change.effectiveFrom ? 1 : a.recorded - b.recorded,
    )
    .map(({ change }) => change);
}

/** A change names a setting by giving it a value (null included); an absent or undefined key changes nothing. */
export function definedOnly<Settings extends object>(changes: Partial<Settings>): Partial<Settings> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<Settings>;
}
