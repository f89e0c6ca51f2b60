import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import type { TableCell } from '@app/access';

const CELL = {
  oneOf: [{ type: 'integer' }, { type: 'string', example: '<5' }],
  description: 'A count, `<N` below the threshold, or `suppressed`.',
};
const DAYS = {
  oneOf: [
    { type: 'number', nullable: true },
    { type: 'string', enum: ['suppressed'] },
  ],
  description: 'Median days from the first contact to the second; null with no one, `suppressed` beside a suppressed count.',
};

export class CrossServicePairRow {
  @ApiProperty({ type: [String], example: ['asb-support', 'marac'], description: 'The two services, in alphabetical order.' })
  services: string[];
  @ApiProperty({ type: 'array', items: CELL, description: 'People whose second contact fell in Q1, Q2, Q3, Q4, then the year.' })
  people: TableCell[];
  @ApiProperty({ type: 'array', items: DAYS, description: 'Q1-Q4, then the year.' })
  medianDays: (number | 'suppressed' | null)[];
}

/**
 * Repeat victimisation across services for a financial year: for each pair of services, the people who were
 * victims in both within 12 months, counted in the quarter of their second contact, and the time between.
 */
export class CrossServiceRepeatTable {
  @ApiProperty({ example: 'cross_service.repeat_victimisation' }) measure: string;
  @ApiProperty({ example: 'demo-csp' }) partnershipId: string;
  @ApiProperty({ example: '2026-27' }) financialYear: string;
  @ApiProperty({ type: [String], example: ['2026-27-Q1', '2026-27-Q2', '2026-27-Q3', '2026-27-Q4', '2026-27'] }) columns: string[];
  @ApiProperty({ type: 'integer', example: 12 }) windowMonths: number;
  @ApiProperty({ description: 'What this measure is, beside the SafeLives repeat rate.' }) definition: string;
  @ApiProperty({ type: [CrossServicePairRow] }) pairs: CrossServicePairRow[];
  @ApiProperty({
    type: 'array',
    items: CELL,
    description: 'Each column summed over the pairs (a person in three services counts in each pair).',
  })
  totals: TableCell[];
  @ApiProperty({ type: 'integer', example: 5, description: 'Counts from 1 to this minus 1 are shown as `<N`.' })
  smallCountThreshold: number;
}

export class GetCrossServiceRepeatsQuery extends CallerQuery<{ partnershipId: string; financialYear: string }, CrossServiceRepeatTable> {}
