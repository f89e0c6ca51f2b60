import { seesDepersonalisedOnly, type Caller } from '@app/access';
import { RequestProblem } from '@app/http';
import {
  addMonths,
  isAfter,
  PERIOD_FORMS,
  resolvePeriodQuery,
  todayInLondon,
  WHOLE_PERIOD_FORMS,
  type IsoDate,
  type Period,
  type PeriodQuery,
} from '@app/periods';

/** The longest range of dates the measures are worked out for (their monthly table has a row per month). */
const MAX_PERIOD_MONTHS = 120;

/** The period an IOM measure is asked for: analysts whole periods only (suppressed figures), at most MAX_PERIOD_MONTHS. */
export function measuresPeriod(query: PeriodQuery, caller: Caller): Period {
  const period = resolvePeriodQuery(query, seesDepersonalisedOnly(caller) ? WHOLE_PERIOD_FORMS : PERIOD_FORMS);
  if (isAfter(period.to, addMonths(period.from, MAX_PERIOD_MONTHS)))
    throw new RequestProblem(400, 'The period is too long.', [
      { field: 'to', messages: [`to must be within ${MAX_PERIOD_MONTHS} months of from`] },
    ]);
  return period;
}

/** The day the measures are worked out on: the one asked for (not later than today), or today. */
export function measuresAsOf(asOf: string | undefined): IsoDate {
  const today = todayInLondon(new Date());
  if (asOf !== undefined && isAfter(asOf, today))
    throw new RequestProblem(400, 'The figures cannot be worked out for a later day.', [
      { field: 'asOf', messages: ['asOf cannot be later than today'] },
    ]);
  return asOf ?? today;
}
