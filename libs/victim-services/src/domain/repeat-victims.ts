import { isWithinMonthsAfter, type IsoDate } from '@app/periods';

/**
 * A victim's report as the repeat-victim rule reads it: a referral (to any victim service of the partnership)
 * or a further report on a case, with the date and case of the same person's previous report across all their
 * cases in the partnership (null for their first), merged person records read as one person. Worked out over
 * the whole history at read time, so a report recorded late, a referral to another service, or a merge (or an
 * unmerge) of people is still compared with the report really before it.
 */
export interface VictimReport {
  caseId: string;
  /** The person as the people registry reads them now (merges followed). */
  personId: string;
  reportedOn: IsoDate;
  previousReportOn: IsoDate | null;
  previousCaseId: string | null;
}

/** A repeat: a report within `windowMonths` (default 12, configurable) of the same victim's previous report. */
export function isRepeatReport(report: Pick<VictimReport, 'reportedOn' | 'previousReportOn'>, windowMonths: number): boolean {
  return report.previousReportOn !== null && isWithinMonthsAfter(report.previousReportOn, report.reportedOn, windowMonths);
}

/**
 * The Case Review notice across cases: a report on a case (its referral, or a further report) that comes within
 * `windowMonths` (default 6, configurable) of the same victim's previous report on ANOTHER of their cases (any
 * victim service of the partnership, merged records as one person) is their second report within the window,
 * so the notice is due on that case. (A second report within one case is decided on the case itself,
 * `VsFurtherReportRecorded.caseReviewNoticeDue`.) Answers the cases it makes a notice due on; whether the
 * victim has been told on that case is the caller's to check.
 */
export function casesWithCaseReviewNoticeDueAcrossCases(reports: readonly VictimReport[], windowMonths: number): Set<string> {
  const due = new Set<string>();
  for (const report of reports)
    if (
      report.previousCaseId !== null &&
      report.previousCaseId !== report.caseId &&
      report.previousReportOn !== null &&
      isWithinMonthsAfter(report.previousReportOn, report.reportedOn, windowMonths)
    )
      due.add(report.caseId);
  return due;
}
