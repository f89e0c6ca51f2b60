import { compareIsoDates, quartersOfFinancialYear, rangeOfFinancialYear, type DateRange, type IsoDate } from '@app/periods';
import { improved } from './distance-travelled.js';
import { SUPPORTING_CONTACTS, type ContactKind, type ExitSurveyAnswers, type SurveyQuestion } from './victim-services-codes.js';

/**
 * The quarterly table of a victim service, computed from its casework so that it cannot be wrong the ways
 * the published spreadsheets are. Every row has a stable `name` (a later performance framework reuses them),
 * a `kind` that decides its Year column, and a written `definition`:
 *
 * - flow: events dated in the period; the year is the sum of the quarters (each event is in one quarter);
 * - snapshot: a state on the period's last day; the year is the value on the year's last day (= Q4);
 * - distinct: people counted once over the period; the year is counted over the year, not summed;
 * - ratio: numerator / denominator, both rows of this table for the same period; null when the
 *   denominator is 0; the year from the year's counts.
 */

export type RowKind = 'flow' | 'snapshot' | 'distinct' | 'ratio';
export type TableSection = 'summary' | 'activity' | 'outcomes';

/** One case as the table reads it (no personal data). */
export interface TableCase {
  caseId: string;
  personId: string;
  referralDate: IsoDate;
  route: 'self' | 'partner';
  firstNeedsAssessedOn: IsoDate | null;
  /** The first assessment that put the case at high risk (computed or by judgement). */
  firstHighRiskOn: IsoDate | null;
  closedOn: IsoDate | null;
  survey: { status: 'completed'; answers: ExitSurveyAnswers } | { status: 'declined' } | null;
  /** The day the victim was told of their right to a Case Review, and the day an application followed (from Case Review). */
  caseReviewNoticeGivenOn?: IsoDate | null;
  caseReviewAppliedOn?: IsoDate | null;
  /** Distance travelled per domain (last - first Outcome Star score); null when not measured. */
  distance?: Readonly<Record<string, number>> | null;
}

export interface TableContact {
  caseId: string;
  personId: string;
  date: IsoDate;
  kind: ContactKind;
}

/** A report to this service (referral or further report), classified by the repeat-victim rule across the partnership. */
export interface TableReport {
  personId: string;
  reportedOn: IsoDate;
  repeat: boolean;
}

interface TableInput {
  cases: readonly TableCase[];
  contacts: readonly TableContact[];
  reports: readonly TableReport[];
  period: DateRange;
}

interface CountRowDefinition {
  name: string;
  label: string;
  section: TableSection;
  kind: Exclude<RowKind, 'ratio'>;
  definition: string;
  count(input: TableInput): number;
}

interface RatioRowDefinition {
  name: string;
  label: string;
  section: 'summary';
  kind: 'ratio';
  definition: string;
  numerator: string;
  denominator: string;
}

const within = (date: IsoDate | null, { from, to }: DateRange) =>
  date !== null && compareIsoDates(date, from) >= 0 && compareIsoDates(date, to) <= 0;
const onOrBefore = (date: IsoDate, day: IsoDate) => compareIsoDates(date, day) <= 0;
const openOn = (c: TableCase, day: IsoDate) =>
  onOrBefore(c.referralDate, day) && (c.closedOn === null || compareIsoDates(c.closedOn, day) > 0);
const closedIn = (cases: readonly TableCase[], period: DateRange) => cases.filter((c) => within(c.closedOn, period));
const completedSurveys = (cases: readonly TableCase[], period: DateRange) =>
  closedIn(cases, period).flatMap((c) => (c.survey?.status === 'completed' ? [{ case: c, answers: c.survey.answers }] : []));
const answeredYes =
  (question: SurveyQuestion, highRiskOnly = false) =>
  (input: { cases: readonly TableCase[]; period: DateRange }) =>
    completedSurveys(input.cases, input.period).filter(
      (s) => s.answers[question] === 'yes' && (!highRiskOnly || s.case.firstHighRiskOn !== null),
    ).length;

const SURVEY_NOTE = 'exit surveys completed of cases closed in the period (counted in the quarter of the closure)';

export const COUNT_ROWS: readonly CountRowDefinition[] = [
  {
    name: 'new_referrals',
    label: 'New referrals',
    section: 'activity',
    kind: 'flow',
    definition: 'Cases referred with a referral date in the period.',
    count: ({ cases, period }) => cases.filter((c) => within(c.referralDate, period)).length,
  },
  {
    name: 'self_referrals',
    label: '- self-referrals',
    section: 'activity',
    kind: 'flow',
    definition: 'New referrals whose route is self-referral.',
    count: ({ cases, period }) => cases.filter((c) => c.route === 'self' && within(c.referralDate, period)).length,
  },
  {
    name: 'partner_referrals',
    label: '- referrals from partners',
    section: 'activity',
    kind: 'flow',
    definition: 'New referrals made by a referring partner; with self-referrals they make the new referrals.',
    count: ({ cases, period }) => cases.filter((c) => c.route === 'partner' && within(c.referralDate, period)).length,
  },
  {
    name: 'needs_assessments_completed',
    label: 'Needs assessments completed',
    section: 'activity',
    kind: 'flow',
    definition: "Cases whose first needs assessment is dated in the period (a case's later assessments are not counted again).",
    count: ({ cases, period }) => cases.filter((c) => within(c.firstNeedsAssessedOn, period)).length,
  },
  {
    name: 'assessed_high_risk',
    label: 'Referrals assessed as high risk',
    section: 'activity',
    kind: 'flow',
    definition: 'Cases whose first assessment at high risk (computed or raised by judgement) is dated in the period.',
    count: ({ cases, period }) => cases.filter((c) => within(c.firstHighRiskOn, period)).length,
  },
  {
    name: 'victims_supported',
    label: 'Victims supported',
    section: 'activity',
    kind: 'distinct',
    definition: `People with at least one support contact that reached them (${SUPPORTING_CONTACTS.join(', ')}) dated in the period, each counted once.`,
    count: ({ contacts, period }) =>
      new Set(contacts.filter((x) => SUPPORTING_CONTACTS.includes(x.kind) && within(x.date, period)).map((x) => x.personId)).size,
  },
  {
    name: 'clients_worked_with',
    label: 'Clients worked with',
    section: 'activity',
    kind: 'distinct',
    definition:
      'People with a case open on any day of the period (referred on or before its last day, not closed before its first), each counted once.',
    count: ({ cases, period }) =>
      new Set(
        cases
          .filter((c) => onOrBefore(c.referralDate, period.to) && (c.closedOn === null || compareIsoDates(c.closedOn, period.from) >= 0))
          .map((c) => c.personId),
      ).size,
  },
  {
    name: 'victims_reporting',
    label: 'Victims reporting',
    section: 'activity',
    kind: 'distinct',
    definition: 'People with a report to the service (a referral or a further report) dated in the period, each counted once.',
    count: ({ reports, period }) => new Set(reports.filter((r) => within(r.reportedOn, period)).map((r) => r.personId)).size,
  },
  {
    name: 'repeat_victims',
    label: 'Repeat victims',
    section: 'activity',
    kind: 'distinct',
    definition:
      'Victims reporting with a report in the period within the repeat window (default 12 months) of their previous report to any victim service of the partnership, each counted once.',
    count: ({ reports, period }) => new Set(reports.filter((r) => r.repeat && within(r.reportedOn, period)).map((r) => r.personId)).size,
  },
  {
    name: 'open_cases_at_start',
    label: 'Open cases on the first day',
    section: 'activity',
    kind: 'snapshot',
    definition:
      'Cases open at the start of the first day of the period (referred before it, not closed before it); the year takes the value on the first day of the year.',
    count: ({ cases, period }) =>
      cases.filter(
        (c) => compareIsoDates(c.referralDate, period.from) < 0 && (c.closedOn === null || compareIsoDates(c.closedOn, period.from) >= 0),
      ).length,
  },
  {
    name: 'open_cases_at_end',
    label: 'Open cases on the last day',
    section: 'activity',
    kind: 'snapshot',
    definition:
      'Cases open at the end of the last day of the period (caseload); the year is the value on the last day of the year, never a sum.',
    count: ({ cases, period }) => cases.filter((c) => openOn(c, period.to)).length,
  },
  {
    name: 'cases_closed',
    label: 'Cases closed',
    section: 'outcomes',
    kind: 'flow',
    definition: 'Cases closed with a closure date in the period.',
    count: ({ cases, period }) => closedIn(cases, period).length,
  },
  {
    name: 'exit_surveys_offered',
    label: 'Exit surveys offered',
    section: 'outcomes',
    kind: 'flow',
    definition: 'Cases closed in the period whose exit survey was completed or declined.',
    count: ({ cases, period }) => closedIn(cases, period).filter((c) => c.survey !== null).length,
  },
  {
    name: 'exit_surveys_completed',
    label: 'Exit surveys completed',
    section: 'outcomes',
    kind: 'flow',
    definition: `The ${SURVEY_NOTE}; equals cases closed when every victim took the survey.`,
    count: ({ cases, period }) => completedSurveys(cases, period).length,
  },
  {
    name: 'survey_needs_met',
    label: '- feeling their needs have been met',
    section: 'outcomes',
    kind: 'flow',
    definition: `Of the ${SURVEY_NOTE}: answered yes to "needs met".`,
    count: answeredYes('needsMet'),
  },
  {
    name: 'survey_improved_wellbeing',
    label: '- reporting improved health and wellbeing',
    section: 'outcomes',
    kind: 'flow',
    definition: `Of the ${SURVEY_NOTE}: answered yes to "improved health and wellbeing".`,
    count: answeredYes('improvedWellbeing'),
  },
  {
    name: 'survey_satisfied_service',
    label: '- satisfied with the service they received',
    section: 'outcomes',
    kind: 'flow',
    definition: `Of the ${SURVEY_NOTE}: answered yes to "satisfied with the service".`,
    count: answeredYes('satisfiedWithService'),
  },
  {
    name: 'survey_satisfied_police_council',
    label: '- satisfied with Police / Local Authority',
    section: 'outcomes',
    kind: 'flow',
    definition: `Of the ${SURVEY_NOTE}: answered yes to "satisfied with the police / local authority".`,
    count: answeredYes('satisfiedWithPoliceOrCouncil'),
  },
  {
    name: 'survey_reduced_risk',
    label: '- at reduced risk',
    section: 'outcomes',
    kind: 'flow',
    definition: `Of the ${SURVEY_NOTE}: answered yes to "at reduced risk".`,
    count: answeredYes('reducedRisk'),
  },
  {
    name: 'cases_closed_with_distance',
    label: 'Cases closed with distance travelled measured',
    section: 'outcomes',
    kind: 'flow',
    definition: 'Cases closed in the period with Outcome Star scores at entry and later (a review or exit) in a domain.',
    count: ({ cases, period }) => closedIn(cases, period).filter((c) => c.distance).length,
  },
  {
    name: 'cases_improved',
    label: '- improved (distance travelled above 0)',
    section: 'outcomes',
    kind: 'flow',
    definition:
      'Of the cases closed with distance travelled measured: the last scores minus the first, summed over the domains, is above 0.',
    count: ({ cases, period }) => closedIn(cases, period).filter((c) => c.distance && improved(c.distance)).length,
  },
  {
    name: 'case_review_notices_given',
    label: 'Victims told of their right to an ASB Case Review',
    section: 'activity',
    kind: 'flow',
    definition: 'Cases on which the victim was told of their right to an ASB Case Review, by the day they were told.',
    count: ({ cases, period }) => cases.filter((c) => within(c.caseReviewNoticeGivenOn ?? null, period)).length,
  },
  {
    name: 'case_review_applications_following',
    label: '- a Case Review application followed',
    section: 'activity',
    kind: 'flow',
    definition:
      'Of the victims told in the period, those for whom a Case Review application linked to the notice has been received (so far), by the day they were told.',
    count: ({ cases, period }) =>
      cases.filter((c) => within(c.caseReviewNoticeGivenOn ?? null, period) && (c.caseReviewAppliedOn ?? null) !== null).length,
  },
  {
    name: 'exit_surveys_completed_high_risk',
    label: 'Exit surveys completed by high-risk victims',
    section: 'outcomes',
    kind: 'flow',
    definition: `The ${SURVEY_NOTE}, of cases assessed as high risk.`,
    count: ({ cases, period }) => completedSurveys(cases, period).filter((s) => s.case.firstHighRiskOn !== null).length,
  },
  {
    name: 'survey_high_risk_reduced_risk',
    label: '- high-risk victims at reduced risk',
    section: 'outcomes',
    kind: 'flow',
    definition: `Of the ${SURVEY_NOTE} of cases assessed as high risk: answered yes to "at reduced risk".`,
    count: answeredYes('reducedRisk', true),
  },
];

export const RATIO_ROWS: readonly RatioRowDefinition[] = [
  {
    name: 'pct_repeat_victims',
    label: 'Repeat-victimisation rate',
    section: 'summary',
    kind: 'ratio',
    definition: 'repeat_victims / victims_reporting',
    numerator: 'repeat_victims',
    denominator: 'victims_reporting',
  },
  {
    name: 'pct_high_risk_reduced_risk',
    label: '% of high-risk victims at reduced risk',
    section: 'summary',
    kind: 'ratio',
    definition: 'survey_high_risk_reduced_risk / exit_surveys_completed_high_risk',
    numerator: 'survey_high_risk_reduced_risk',
    denominator: 'exit_surveys_completed_high_risk',
  },
  {
    name: 'pct_cases_improved',
    label: '% of closed cases improved (distance travelled)',
    section: 'summary',
    kind: 'ratio',
    definition: 'cases_improved / cases_closed_with_distance',
    numerator: 'cases_improved',
    denominator: 'cases_closed_with_distance',
  },
  {
    name: 'pct_case_review_applied',
    label: '% of victims told of their right who applied for a Case Review',
    section: 'summary',
    kind: 'ratio',
    definition: 'case_review_applications_following / case_review_notices_given',
    numerator: 'case_review_applications_following',
    denominator: 'case_review_notices_given',
  },
  {
    name: 'pct_needs_met',
    label: '% feeling their needs have been met',
    section: 'summary',
    kind: 'ratio',
    definition: 'survey_needs_met / exit_surveys_completed',
    numerator: 'survey_needs_met',
    denominator: 'exit_surveys_completed',
  },
  {
    name: 'pct_improved_wellbeing',
    label: '% reporting improved health and wellbeing',
    section: 'summary',
    kind: 'ratio',
    definition: 'survey_improved_wellbeing / exit_surveys_completed',
    numerator: 'survey_improved_wellbeing',
    denominator: 'exit_surveys_completed',
  },
  {
    name: 'pct_satisfied_service',
    label: '% satisfied with the service they received',
    section: 'summary',
    kind: 'ratio',
    definition: 'survey_satisfied_service / exit_surveys_completed',
    numerator: 'survey_satisfied_service',
    denominator: 'exit_surveys_completed',
  },
  {
    name: 'pct_satisfied_police_council',
    label: '% satisfied with Police / Local Authority',
    section: 'summary',
    kind: 'ratio',
    definition: 'survey_satisfied_police_council / exit_surveys_completed',
    numerator: 'survey_satisfied_police_council',
    denominator: 'exit_surveys_completed',
  },
];

/** The rows an aim may be set for (every row). */
export const AIMABLE_ROWS = [...RATIO_ROWS.map((r) => r.name), ...COUNT_ROWS.map((r) => r.name)] as const;
export type AimableRow = string;

/** The exact figures of one row: four quarters and the year. */
export interface ExactRow {
  name: string;
  label: string;
  section: TableSection;
  kind: RowKind;
  definition: string;
  /** Ratio rows: the rows their numerator and denominator come from. */
  numerator: string | null;
  denominator: string | null;
  /** Counts (or for ratios the numerators), Q1..Q4 then the year. */
  counts: number[];
  /** Ratios only: the denominators, Q1..Q4 then the year. */
  denominators: number[] | null;
}

export interface StockFlowCheck {
  quarter: string;
  openAtStart: number;
  newReferrals: number;
  casesClosed: number;
  openAtEnd: number;
  /** open at start + new - closed = open at end. */
  balances: boolean;
}

export interface ExactTable {
  financialYear: string;
  rows: ExactRow[];
  stockFlow: StockFlowCheck[];
}

/** The percentage, to one decimal place; null when nothing was asked. */
export function percentage(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

export function computeQuarterlyTable(
  financialYear: string,
  cases: readonly TableCase[],
  contacts: readonly TableContact[],
  reports: readonly TableReport[] = [],
): ExactTable {
  const quarters = quartersOfFinancialYear(financialYear);
  const year = rangeOfFinancialYear(financialYear);
  const periods: DateRange[] = [...quarters.map(({ from, to }) => ({ from, to })), year];
  const counts = new Map<string, number[]>();
  const rows: ExactRow[] = COUNT_ROWS.map((row) => {
    const values = periods.map((period) => row.count({ cases, contacts, reports, period }));
    // The Year column follows from the row's kind: flows sum, snapshots take the year's end (its start for the opening stock).
    if (row.kind === 'flow') values[4] = values.slice(0, 4).reduce((a, b) => a + b, 0);
    if (row.kind === 'snapshot') values[4] = row.name === 'open_cases_at_start' ? values[0] : values[3];
    counts.set(row.name, values);
    return {
      name: row.name,
      label: row.label,
      section: row.section,
      kind: row.kind,
      definition: row.definition,
      numerator: null,
      denominator: null,
      counts: values,
      denominators: null,
    };
  });
  const ratios: ExactRow[] = RATIO_ROWS.map((row) => ({
    name: row.name,
    label: row.label,
    section: row.section,
    kind: 'ratio',
    definition: row.definition,
    numerator: row.numerator,
    denominator: row.denominator,
    counts: counts.get(row.numerator)!,
    denominators: counts.get(row.denominator)!,
  }));
  const of = (name: string) => counts.get(name)!;
  const stockFlow = quarters.map((quarter, i) => {
    const check = {
      quarter: `Q${quarter.quarter}`,
      openAtStart: of('open_cases_at_start')[i],
      newReferrals: of('new_referrals')[i],
      casesClosed: of('cases_closed')[i],
      openAtEnd: of('open_cases_at_end')[i],
    };
    return { ...check, balances: check.openAtStart + check.newReferrals - check.casesClosed === check.openAtEnd };
  });
  return { financialYear, rows: [...ratios, ...rows], stockFlow };
}

/** The second table: contacts per quarter by kind (flows), replacing the seed's free-text commentary. */
export function computeContactsTable(
  financialYear: string,
  contacts: readonly TableContact[],
  kinds: readonly ContactKind[],
): { kind: ContactKind; counts: number[] }[] {
  const periods = quartersOfFinancialYear(financialYear);
  return kinds.map((kind) => {
    const counts = periods.map((period) => contacts.filter((x) => x.kind === kind && within(x.date, period)).length);
    return { kind, counts: [...counts, counts.reduce((a, b) => a + b, 0)] };
  });
}
