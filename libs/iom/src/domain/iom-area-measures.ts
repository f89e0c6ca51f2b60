import type { IsoDate } from '@app/periods';
import { monthlyMeasure, rateMeasure, type MeasureMember } from './iom-measures.js';

export interface AreaMonthFigures {
  month: string;
  /** People on any of the area's cohorts at the month end (a snapshot). */
  membersAtMonthEnd: number;
  /** People with an offence in the month while on one of the area's cohorts: the monthly count of reoffending individuals. */
  membersWhoOffended: number;
  offences: number;
}

export interface AreaReoffending {
  measure: 'iom.area_monthly';
  months: AreaMonthFigures[];
  /** The period as a whole: people on a cohort of the area at some time in it, those who offended while on one, their offences. */
  members: number;
  membersWhoOffended: number;
  offences: number;
}

/**
 * The monthly count of reoffending individuals per area (domain brief, "IOM cohorts"): `iom.monthly` and the
 * period's `iom.binary_and_frequency` counts over the members of every cohort of the area read as people
 * (`membersAsPeople` first: a person on two of the area's cohorts, or under two merged records, is one
 * person; an offence counts on the days they were on any of them).
 */
export function areaReoffending(input: { from: IsoDate; to: IsoDate; members: readonly MeasureMember[] }): AreaReoffending {
  const measureInput = { ...input, asOf: input.to, beforeAfterMonths: 12 };
  const rates = rateMeasure(measureInput);
  return {
    measure: 'iom.area_monthly',
    months: monthlyMeasure(measureInput).months.map((month) => ({
      month: month.month,
      membersAtMonthEnd: month.cohortSizeAtMonthEnd,
      membersWhoOffended: month.membersWhoOffended,
      offences: month.offences,
    })),
    members: rates.members,
    membersWhoOffended: rates.membersWhoOffended,
    offences: rates.offences,
  };
}
