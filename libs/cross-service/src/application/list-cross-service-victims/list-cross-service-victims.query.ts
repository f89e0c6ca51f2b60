import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';

export class CrossServiceVictimService {
  @ApiProperty({ example: 'marac' }) service: string;
  @ApiProperty({ example: '2026-27-Q1', description: 'The financial quarter of the first contact with the service (never a date).' })
  firstContactQuarter: string;
}

export class CrossServiceVictim {
  @ApiProperty({ example: 'p_3f9a1c0e5b7d2a4c6e8f0a1b', description: 'Pseudonymous id: stable across reports, not reversible.' })
  pseudonym: string;
  @ApiProperty({ type: [CrossServiceVictimService] }) services: CrossServiceVictimService[];
}

/**
 * The depersonalised list of people who were victims in more than one service of the partnership by the end of the
 * financial year, with a contact in it: a pseudonym and, per service, the quarter of the first contact.
 */
export class CrossServiceVictims {
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @ApiProperty({ example: '2026-27' }) financialYear: string;
  @ApiProperty({ type: [CrossServiceVictim] }) people: CrossServiceVictim[];
}

export class ListCrossServiceVictimsQuery extends CallerQuery<{ partnershipId: string; financialYear: string }, CrossServiceVictims> {}
