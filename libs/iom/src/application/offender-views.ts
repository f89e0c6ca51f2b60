import { ApiProperty } from '@nestjs/swagger';
import { CUSTODY_KINDS, EXIT_REASONS, OFFENCE_OUTCOMES, OFFENDER_STATUSES, type AdoptedOffender } from '../domain/index.js';
import { EXAMPLE_COHORT_ID, EXAMPLE_PERSON_ID } from './examples.js';

export class CohortPeriodView {
  @ApiProperty({ type: 'integer', example: 1, description: 'The first adoption is period 1; a re-adoption after an exit starts the next.' })
  period: number;
  @ApiProperty({ format: 'date', example: '2025-01-15' })
  adoptedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: null })
  exitedOn: string | null;
  @ApiProperty({ type: String, enum: [...EXIT_REASONS, null], nullable: true, example: null })
  exitReason: string | null;
}

export class StatusSpellView {
  @ApiProperty({ enum: OFFENDER_STATUSES, example: 'in-community' })
  status: string;
  @ApiProperty({ type: String, enum: [...CUSTODY_KINDS, null], nullable: true, example: null })
  custodyKind: string | null;
  @ApiProperty({ format: 'date', example: '2025-01-15' })
  from: string;
}

export class OffenceView {
  @ApiProperty({ format: 'uuid' })
  offenceId: string;
  @ApiProperty({ format: 'date', example: '2025-03-10' })
  offenceDate: string;
  @ApiProperty({ example: 'residential-burglary' })
  category: string;
  @ApiProperty({ example: false, description: 'Dated while the member was recorded in custody: kept, but worth checking.' })
  duringCustody: boolean;
  @ApiProperty({ type: String, enum: [...OFFENCE_OUTCOMES, null], nullable: true, example: 'convicted' })
  outcome: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2025-06-01' })
  outcomeDate: string | null;
}

/** A person's record on a cohort, as IOM leads see it. */
export class OffenderRecordView {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_COHORT_ID })
  cohortId: string;
  @ApiProperty({ format: 'uuid', example: EXAMPLE_PERSON_ID })
  personId: string;
  @ApiProperty({ example: true })
  onCohort: boolean;
  @ApiProperty({ example: 'Fixed' })
  strand: string;
  @ApiProperty({ example: 'Police' })
  leadAgency: string;
  @ApiProperty({ example: 'PC Example' })
  leadOfficer: string;
  @ApiProperty({ type: 'integer', example: 42 })
  selectionScore: number;
  @ApiProperty({ type: String, nullable: true, example: 'Burglary series', description: 'Null once the person is erased.' })
  selectionReason: string | null;
  @ApiProperty({ type: [CohortPeriodView] })
  periods: CohortPeriodView[];
  @ApiProperty({ type: [StatusSpellView] })
  statuses: StatusSpellView[];
  @ApiProperty({ type: [OffenceView] })
  offences: OffenceView[];
  @ApiProperty({ type: 'integer', example: 3, description: "The record stream's revision (also the ETag)." })
  revision: number;
}

export function offenderRecordView(state: AdoptedOffender, revision: number): OffenderRecordView {
  return {
    cohortId: state.cohortId,
    personId: state.personId,
    onCohort: state.onCohort,
    strand: state.strand,
    leadAgency: state.leadAgency,
    leadOfficer: state.leadOfficer,
    selectionScore: state.selectionScore,
    selectionReason: state.selectionReason,
    periods: state.periods,
    statuses: state.statuses,
    offences: state.offences,
    revision,
  };
}
