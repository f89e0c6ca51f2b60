import { ApiProperty } from '@nestjs/swagger';
import { CallerCommand } from '@app/access';
import type { PerpetratorDetails, ReferCase, VictimDetails } from '../../domain/index.js';
import { EXAMPLE_CASE_ID, EXAMPLE_PERSON_ID } from '../examples.js';
import type { ReferralPersonInput } from './referral-people.js';

/**
 * A referral as a client makes it: the victim and each perpetrator either an existing person record of the
 * partnership (`personId`, found by searching people) or the details of a new person, whom the server
 * registers (never an id the client makes up).
 */
export type ReferCaseInput = Omit<ReferCase, 'type' | 'today' | 'caseId' | 'isRepeat' | 'previousCaseId' | 'victim' | 'perpetrators'> & {
  victim: ReferralPersonInput<VictimDetails> & { profile: ReferCase['victim']['profile'] };
  perpetrators: (ReferralPersonInput<PerpetratorDetails> & { relationship: ReferCase['perpetrators'][number]['relationship'] })[];
};

/** What a referral answers with: the case, its victim, and whether it is a repeat. */
export class ReferCaseResult {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_CASE_ID })
  caseId: string;
  @ApiProperty({ format: 'uuid', example: EXAMPLE_PERSON_ID, description: "The victim's person id (canonical: followed through merges)." })
  personId: string;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: "The perpetrators' person ids, in the order given." })
  perpetratorPersonIds: string[];
  @ApiProperty({
    example: false,
    description: "Within 12 months of the victim's last referral with at least one of the same perpetrators.",
  })
  isRepeat: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null, description: 'The case it repeats.' })
  previousCaseId: string | null;
  @ApiProperty({ type: 'integer', example: 1, description: "The case stream's revision (also the ETag)." })
  revision: number;
}

/** Refer a case to a MARAC; a repeat or not is decided from the victim's history (see ReferCaseHandler). */
export class ReferCaseCommand extends CallerCommand<ReferCaseInput, ReferCaseResult> {}
