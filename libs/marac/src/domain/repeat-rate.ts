import { InvalidCommandError } from '@app/domain';

/**
 * The MARAC repeat rate for a period: repeat cases heard / all cases heard (SafeLives). Each hearing
 * (a `CaseHeard` event) is one case heard; it is a repeat case if the case was a repeat when heard.
 */
export interface RepeatBand {
  /** Lowest rate inside the band, inclusive (0.28 = 28%). */
  low: number;
  /** Highest rate inside the band, inclusive. */
  high: number;
}

/** SafeLives' recommended band, 28%-40% (some partnerships use 28%-42%): configurable per partnership. */
export const DEFAULT_REPEAT_BAND: Readonly<RepeatBand> = Object.freeze({ low: 0.28, high: 0.4 });

/** below: repeats are probably not being identified or flagged; above: the MARAC may not be reducing risk. */
export type RepeatRateStatus = 'below' | 'within' | 'above';

export interface RepeatRateSummary {
  cases: number;
  repeatCases: number;
  /** null when no case was heard: there is no rate to judge, and 0% would wrongly read as "below". */
  rate: number | null;
  band: RepeatBand;
  /** null when `rate` is null. */
  status: RepeatRateStatus | null;
}

/** Refuses a band that is not 0 <= low <= high <= 1 (a partnership's configuration or a query's input). */
export function assertValidRepeatBand(band: RepeatBand): void {
  const ok = Number.isFinite(band.low) && Number.isFinite(band.high) && band.low >= 0 && band.low <= band.high && band.high <= 1;
  if (!ok) {
    throw new InvalidCommandError(
      'The repeat-rate band must be two proportions between 0 and 1, the low one not above the high one (for example 0.28 and 0.40).',
    );
  }
}

/** repeatCases / cases, or null when no case was heard. */
export function repeatRate(cases: number, repeatCases: number): number | null {
  if (!Number.isInteger(cases) || !Number.isInteger(repeatCases) || cases < 0 || repeatCases < 0 || repeatCases > cases) {
    throw new RangeError(`repeat cases must be a whole number between 0 and the cases heard: ${repeatCases} of ${cases}`);
  }
  return cases === 0 ? null : repeatCases / cases;
}

/** Where a rate sits against the band; both ends of the band count as within. */
export function repeatRateStatus(rate: number, band: RepeatBand = DEFAULT_REPEAT_BAND): RepeatRateStatus {
  assertValidRepeatBand(band);
  if (rate < band.low) return 'below';
  if (rate > band.high) return 'above';
  return 'within';
}

export function summariseRepeatRate(
  counts: { cases: number; repeatCases: number },
  band: RepeatBand = DEFAULT_REPEAT_BAND,
): RepeatRateSummary {
  assertValidRepeatBand(band);
  const rate = repeatRate(counts.cases, counts.repeatCases);
  return {
    cases: counts.cases,
    repeatCases: counts.repeatCases,
    rate,
    band: { low: band.low, high: band.high },
    status: rate === null ? null : repeatRateStatus(rate, band),
  };
}
