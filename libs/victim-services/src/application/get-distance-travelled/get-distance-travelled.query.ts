import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import type { Period } from '@app/periods';
import { EXAMPLE_SERVICE_ID } from '../vs-common.js';

const FIGURE = [
  { type: 'number' as const, nullable: true },
  { type: 'string' as const, pattern: '^(<\\d+|suppressed)$' },
];

export class DomainDistanceView {
  @ApiProperty({ example: 'safety' })
  domain: string;
  @ApiProperty({ oneOf: FIGURE, example: 9, description: 'Cases closed in the period with this domain scored first and last.' })
  cases: number | string;
  @ApiProperty({
    oneOf: FIGURE,
    example: 3.4,
    description: 'Average first score (1-10); null over no case, "suppressed" over a small count.',
  })
  averageFirst: number | string | null;
  @ApiProperty({ oneOf: FIGURE, example: 7.1 })
  averageLast: number | string | null;
  @ApiProperty({ oneOf: FIGURE, example: 3.7, description: 'Average distance travelled (last - first).' })
  averageChange: number | string | null;
}

export class DistanceTravelledReport {
  @ApiProperty({ example: EXAMPLE_SERVICE_ID })
  serviceId: string;
  @ApiProperty({ example: '2016-17' })
  period: string;
  @ApiProperty({ enum: ['exact', 'published'], example: 'exact' })
  view: 'exact' | 'published';
  @ApiProperty({
    oneOf: FIGURE,
    example: 11,
    description: 'Cases closed in the period with distance travelled measured (two scorings or more).',
  })
  casesMeasured: number | string;
  @ApiProperty({ oneOf: FIGURE, example: 9, description: 'Of them, cases whose distance travelled summed over the domains is above 0.' })
  casesImproved: number | string;
  @ApiProperty({ oneOf: FIGURE, example: 81.8, description: 'casesImproved / casesMeasured, %; null over 0.' })
  pctImproved: number | string | null;
  @ApiProperty({ type: [DomainDistanceView] })
  domains: DomainDistanceView[];
}

/** Distance travelled of a service's cases closed in a period (service managers and admins exact; analysts published). */
export class GetDistanceTravelledQuery extends CallerQuery<{ serviceId: string; period: Period }, DistanceTravelledReport> {}
