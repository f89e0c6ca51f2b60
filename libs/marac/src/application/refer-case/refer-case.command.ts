import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { ReferCase } from '../../domain/index.js';
import { EXAMPLE_CASE_ID, EXAMPLE_PERSON_ID } from '../examples.js';

export type ReferCaseInput = Omit<ReferCase, 'type' | 'today' | 'caseId' | 'isRepeat' | 'previousCaseId' | 'victim'> & {
  victim: Omit<ReferCase['victim'], 'personId'> & { personId?: string };
};

/** What a referral answers with: the case, its victim, and whether it is a repeat. */
export class ReferCaseResult {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_CASE_ID })
  caseId: string;
  @ApiProperty({ format: 'uuid', example: EXAMPLE_PERSON_ID, description: "The victim's person id (given, or made for a new victim)." })
  personId: string;
  @ApiProperty({ example: false, description: "Within 12 months of the victim's previous referral (about the same perpetrators)." })
  isRepeat: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null, description: 'The case it repeats.' })
  previousCaseId: string | null;
  @ApiProperty({ type: 'integer', example: 1, description: "The case stream's revision (also the ETag)." })
  revision: number;
}

/** Refer a case to a MARAC; a repeat or not is decided from the victim's history (see ReferCaseHandler). */
export class ReferCaseCommand extends CallerCommand<ReferCaseInput, ReferCaseResult> {}
