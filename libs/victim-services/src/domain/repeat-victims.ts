import { isWithinMonthsAfter, type IsoDate } from '@app/periods';

/**
 * A victim's report as the repeat-victim rule reads it: a referral (to any victim service of the partnership)
 * or a further report on a case, with the date of the same person's previous report across all their cases
 * in the partnership (null for their first). Worked out over the whole history at read time, so a report
 * recorded late, or a referral to another service, is still compared with the report really before it.
 */
export interface VictimReport {
  caseId: string;
  personId: string;
  reportedOn: IsoDate;
  previousReportOn: IsoDate | null;
}

/** A repeat: a report within `windowMonths` (default 12, configurable) of the same victim's previous report. */
export function isRepeatReport(report: Pick<VictimReport, 'reportedOn' | 'previousReportOn'>, windowMonths: number): boolean {
  return report.previousReportOn !== null && isWithinMonthsAfter(report.previousReportOn, report.reportedOn, windowMonths);
}
