import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';

export class MaracPerpetratorProposal {
  @ApiProperty({ format: 'uuid', description: 'The person (from the people registry).' })
  personId: string;
  @ApiProperty({ type: 'integer', example: 3, description: 'How many MARAC cases of the partnership name them as a perpetrator.' })
  maracCases: number;
}

export class MaracPerpetratorProposals {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;
  @ApiProperty({ example: 'Domestic abuse' })
  strand: string;
  @ApiProperty({ type: [MaracPerpetratorProposal], description: 'Not on the cohort now; most cases first.' })
  proposals: MaracPerpetratorProposal[];
}

/** MARAC perpetrators of the cohort's partnership who are not on the cohort now, to propose for a strand. */
export class ProposeMaracPerpetratorsQuery extends CallerQuery<{ cohortId: string; strand: string }, MaracPerpetratorProposals> {}
