import { ApiProperty } from '@nestjs/swagger';

export class MaracRegistrationResponse {
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: 'csp-demo' }) partnershipId: string;
  @ApiProperty({ example: 'North MARAC' }) name: string;
  @ApiProperty({ example: 0, description: 'The registry stream revision (also the ETag).' }) revision: number;
}

export class MaracListingResponse {
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: 'csp-demo' }) partnershipId: string;
  @ApiProperty({ example: 'North MARAC' }) name: string;
  @ApiProperty({ example: '2026-06-01T09:00:00.000Z' }) registeredAt: string;
}

export class MaracListResponse {
  @ApiProperty({ type: [MaracListingResponse] }) maracs: MaracListingResponse[];
}

export class DatedChangeResponse {
  @ApiProperty({ example: '2026-04-01' }) effectiveFrom: string;
  @ApiProperty({ example: { repeatBandHigh: 0.42 }, description: 'Only the settings the change named.' }) changes: Record<
    string,
    number | null
  >;
}

export class MaracOverridesResponse {
  @ApiProperty({ example: 'marac-north' }) maracId: string;
  @ApiProperty({ example: 'csp-demo' }) partnershipId: string;
  @ApiProperty({ type: [DatedChangeResponse] }) overrides: DatedChangeResponse[];
  @ApiProperty({ example: 1 }) revision: number;
}
