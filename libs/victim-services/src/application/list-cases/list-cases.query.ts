import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import { DateProperty } from '@app/periods';
import { RISK_LEVELS, type RiskLevel } from '../../domain/index.js';
import { EXAMPLE_CASE_ID } from '../vs-common.js';

export class VsCaseListEntry {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_CASE_ID })
  caseId: string;
  @ApiProperty({
    format: 'uuid',
    example: '0f8fad5b-d9cb-469f-a165-70867728950e',
    description: 'The victim (GET /people/{id} for their record).',
  })
  personId: string;
  @DateProperty({ example: '2016-04-04' })
  referralDate: string;
  @ApiProperty({ type: String, enum: [...RISK_LEVELS, null], nullable: true, example: 'high' })
  riskLevel: RiskLevel | null;
  @DateProperty({
    example: '2016-04-18',
    nullable: true,
    description:
      'When a risk reassessment is due: on a further report since the last assessment, else on the cadence of the level (high 14 days, medium 28).',
  })
  reassessmentDueOn: string | null;
  @ApiProperty({ example: false, description: 'The reassessment due date has passed (judged today).' })
  reassessmentOverdue: boolean;
  @ApiProperty({
    example: false,
    description:
      "A second report within 6 months, on this case or across the victim's cases (a report on this case within 6 months of their previous report on another case of the partnership; merged person records are one victim): the victim must be told of their right to an ASB Case Review, and has not been yet on this case.",
  })
  caseReviewNoticeDue: boolean;
  @ApiProperty({
    example: false,
    description:
      "A report of this case (its referral or a further report) came within 12 months of the victim's previous report, on any victim-service case of the partnership (merged person records are one victim).",
  })
  repeatVictim: boolean;
  @DateProperty({ example: '2016-04-06', nullable: true })
  lastContactOn: string | null;
}

export class VsCaseList {
  @ApiProperty({ example: 'demo-asb-support' })
  serviceId: string;
  @ApiProperty({ type: [VsCaseListEntry], description: 'The open cases, overdue reassessments and notices first.' })
  cases: VsCaseListEntry[];
}

/** A caseworker's list of a service's open cases. */
export class ListVsCasesQuery extends CallerQuery<{ serviceId: string; today: string }, VsCaseList> {}
