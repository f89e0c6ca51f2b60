import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { OffenceCategory, RegisteredCohort } from '../../domain/index.js';
import { EXAMPLE_COHORT_ID, EXAMPLE_PARTNERSHIP_ID } from '../examples.js';

export interface RegisterCohortInput {
  cohortId: string;
  partnershipId: string;
  area: string;
  name: string;
  strands?: string[];
  offenceCategories?: OffenceCategory[];
  beforeAfterMonths?: number;
}

export class OffenceCategoryView {
  @ApiProperty({ example: 'residential-burglary' })
  code: string;
  @ApiProperty({ example: 'Residential burglary' })
  label: string;
  @ApiProperty({ example: true })
  neighbourhoodCrime: boolean;
  @ApiProperty({ example: 4 })
  severityWeight: number;
}

export class CohortView {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_COHORT_ID })
  cohortId: string;
  @ApiProperty({ example: EXAMPLE_PARTNERSHIP_ID })
  partnershipId: string;
  @ApiProperty({ example: 'North' })
  area: string;
  @ApiProperty({ example: 'North IOM cohort' })
  name: string;
  @ApiProperty({ type: [String], example: ['Fixed', 'Flex', 'Free'] })
  strands: string[];
  @ApiProperty({ type: [OffenceCategoryView] })
  offenceCategories: OffenceCategoryView[];
  @ApiProperty({ type: 'integer', example: 12 })
  beforeAfterMonths: number;
  @ApiProperty({ type: 'integer', example: 0, description: "The cohort stream's revision (also the ETag)." })
  revision: number;
}

/** Register an IOM cohort for an area of a partnership (IOM leads). */
export class RegisterCohortCommand extends CallerCommand<RegisterCohortInput, CohortView> {}

export function cohortView(cohort: RegisteredCohort, revision: number): CohortView {
  const { cohortId, partnershipId, area, name, strands, offenceCategories, beforeAfterMonths } = cohort;
  return { cohortId, partnershipId, area, name, strands, offenceCategories, beforeAfterMonths, revision };
}
