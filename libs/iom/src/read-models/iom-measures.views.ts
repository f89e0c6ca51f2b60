import { ApiProperty } from '@nestjs/swagger';
import type { TableCell } from '@app/access';

/** A count: exact for IOM leads; for analysts 1 to threshold-1 as `<5`, or `suppressed` where a total would give a cell back. */
export const Count = (description?: string): PropertyDecorator =>
  ApiProperty({
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', pattern: '^(<\\d+|suppressed)$', example: '<5' },
    ],
    example: 12,
    description,
  });
/** A rate: null with no one to count; `suppressed` for analysts beside a suppressed count. */
const RateOf = (description?: string): PropertyDecorator =>
  ApiProperty({
    oneOf: [
      { type: 'number', nullable: true },
      { type: 'string', enum: ['suppressed'] },
    ],
    example: 37.5,
    description,
  });

export type Rate = number | null | 'suppressed';

export class LeftOutMember {
  @ApiProperty({ format: 'uuid' })
  personId: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The period on the cohort, for measures counted per period.' })
  period: number | null;
  @ApiProperty({ example: 'the follow-up and waiting period have not closed yet' })
  reason: string;
}

export class ReasonCount {
  @ApiProperty({ example: 'the follow-up and waiting period have not closed yet' })
  reason: string;
  @Count()
  members: TableCell;
}

export class CountedPeriod {
  @ApiProperty({ format: 'uuid' })
  personId: string;
  @ApiProperty({ type: 'integer' })
  period: number;
  @ApiProperty({ format: 'date', required: false, description: 'Proven reoffending: the start of the follow-up.' })
  followUpStart?: string;
}

export class MonthFiguresView {
  @ApiProperty({ example: '2024-03' })
  month: string;
  @Count('Members on the cohort at the month end (a snapshot).')
  cohortSizeAtMonthEnd: TableCell;
  @Count()
  adoptions: TableCell;
  @Count()
  exits: TableCell;
  @Count('Members with an offence in the month while on the cohort: the monthly count of reoffending individuals.')
  membersWhoOffended: TableCell;
  @Count()
  offences: TableCell;
}

export class MonthlyMeasureView {
  @ApiProperty({ enum: ['iom.monthly'] })
  measure: 'iom.monthly';
  @ApiProperty({ type: [MonthFiguresView] })
  months: MonthFiguresView[];
}

export class RateMeasureView {
  @ApiProperty({ enum: ['iom.binary_and_frequency'] })
  measure: 'iom.binary_and_frequency';
  @Count('Members on the cohort at some time in the period.')
  members: TableCell;
  @Count()
  membersWhoOffended: TableCell;
  @Count('Offences in the period while on the cohort.')
  offences: TableCell;
  @RateOf('% of members with at least one offence while on the cohort in the period.')
  binaryRatePercent: Rate;
  @RateOf('Offences while on the cohort per 100 members.')
  frequencyPer100: Rate;
  @ApiProperty({ type: [String], nullable: true, description: 'IOM leads: the person ids counted. Null for analysts.' })
  counted: string[] | null;
  @ApiProperty({ type: [LeftOutMember], nullable: true, description: 'IOM leads: who was left out and why. Null for analysts.' })
  leftOut: LeftOutMember[] | null;
  @ApiProperty({ type: [ReasonCount] })
  leftOutByReason: ReasonCount[];
}

export class BeforeAfterMeasureView {
  @ApiProperty({ enum: ['iom.before_after'] })
  measure: 'iom.before_after';
  @ApiProperty({ type: 'integer', example: 12 })
  months: number;
  @Count('Adoptions in the period whose window after adoption has ended.')
  members: TableCell;
  @Count()
  offencesBefore: TableCell;
  @Count()
  offencesAfter: TableCell;
  @ApiProperty({ type: 'integer', description: 'Days at risk in the windows before adoption (custody taken out).' })
  daysAtRiskBefore: number;
  @ApiProperty({ type: 'integer', description: 'Days at risk in the windows after adoption (custody taken out).' })
  daysAtRiskAfter: number;
  @RateOf('Offences per 100 member-years at risk (365 days).')
  ratePer100MemberYearsBefore: Rate;
  @RateOf()
  ratePer100MemberYearsAfter: Rate;
  @ApiProperty({ type: [CountedPeriod], nullable: true })
  counted: CountedPeriod[] | null;
  @ApiProperty({ type: [LeftOutMember], nullable: true })
  leftOut: LeftOutMember[] | null;
  @ApiProperty({ type: [ReasonCount] })
  leftOutByReason: ReasonCount[];
}

export class ProvenReoffendingMeasureView {
  @ApiProperty({ enum: ['iom.proven_reoffending'] })
  measure: 'iom.proven_reoffending';
  @ApiProperty({
    description:
      'True while a follow-up starting in the period has not closed (12 months and the 6-month waiting period): those members are left out.',
  })
  interim: boolean;
  @Count('Follow-ups counted (each period of a re-adopted member is its own).')
  members: TableCell;
  @Count()
  reoffenders: TableCell;
  @Count()
  provenOffences: TableCell;
  @RateOf()
  severityWeightedOffences: Rate;
  @RateOf()
  binaryRatePercent: Rate;
  @RateOf()
  frequencyPer100: Rate;
  @RateOf('Severity-weighted proven offences per 100 members.')
  severityPer100: Rate;
  @ApiProperty({ type: [CountedPeriod], nullable: true })
  counted: CountedPeriod[] | null;
  @ApiProperty({ type: [LeftOutMember], nullable: true })
  leftOut: LeftOutMember[] | null;
  @ApiProperty({ type: [ReasonCount] })
  leftOutByReason: ReasonCount[];
}

/** The measures of a cohort for a period, each under a stable `measure` name. */
export class IomMeasuresReport {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;
  @ApiProperty({ example: '2024-25' })
  period: string;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  @ApiProperty({ format: 'date', description: 'The day the figures are worked out on: windows ending later are not closed.' })
  asOf: string;
  @ApiProperty({ type: String, nullable: true })
  strand: string | null;
  @ApiProperty({ description: 'True for analysts: counts suppressed, no person ids.' })
  depersonalised: boolean;
  @ApiProperty({ type: MonthlyMeasureView })
  monthly: MonthlyMeasureView;
  @ApiProperty({ type: RateMeasureView })
  rates: RateMeasureView;
  @ApiProperty({ type: BeforeAfterMeasureView })
  beforeAfter: BeforeAfterMeasureView;
  @ApiProperty({ type: ProvenReoffendingMeasureView })
  provenReoffending: ProvenReoffendingMeasureView;
}

/** One cohort's measures on the every-cohort route: the per-cohort answer, with the cohort's partnership. */
export class CohortMeasuresOfPartnership extends IomMeasuresReport {
  @ApiProperty({ example: 'demo-csp' })
  partnershipId: string;
}

/** The measures of every cohort the caller may see (or of one partnership's) for one period. */
export class EveryCohortMeasuresReport {
  @ApiProperty({ type: [String], description: 'The partnerships whose cohorts are included.' })
  partnershipIds: string[];
  @ApiProperty({ example: '2024-25' })
  period: string;
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  @ApiProperty({ format: 'date' })
  asOf: string;
  @ApiProperty({ description: 'True for analysts: counts suppressed, no person ids.' })
  depersonalised: boolean;
  @ApiProperty({ type: [CohortMeasuresOfPartnership], description: 'In partnership order, then cohort id order.' })
  cohorts: CohortMeasuresOfPartnership[];
}
