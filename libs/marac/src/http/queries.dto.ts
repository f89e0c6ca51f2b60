import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@app/http';
import { IsCalendarDate, PeriodQuery } from '@app/periods';
import { RISK_BANDS, type RiskBand } from '../domain/index.js';
import { ToBoolean } from './validation.js';

export class AsOfQuery {
  @ApiPropertyOptional({ format: 'date', example: '2025-06-01', description: 'The date overdue actions are judged on; defaults to today.' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class CaseListQueryDto extends PageQuery({ defaultPageSize: 25, maxPageSize: 200 }, AsOfQuery) {
  @ApiPropertyOptional({
    enum: ['open', 'closed', 'voided', 'all'],
    default: 'open',
    description: 'voided: cases whose referral was voided',
  })
  @IsOptional()
  @IsIn(['open', 'closed', 'voided', 'all'])
  status?: 'open' | 'closed' | 'voided' | 'all';

  @ApiPropertyOptional({ type: Boolean, example: true })
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  repeat?: boolean;

  @ApiPropertyOptional({ enum: [...RISK_BANDS, 'none'], example: 'high' })
  @IsOptional()
  @IsIn([...RISK_BANDS, 'none'])
  riskBand?: RiskBand | 'none';

  @ApiPropertyOptional({ format: 'uuid', description: "One victim's cases, across every record merged into their person." })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

/** SafeLives returns are per financial year or quarter (`financialYear=2025-26` or `quarter=2025-26-Q1`). */
export class SafeLivesQueryDto extends PeriodQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Or send Accept: text/csv.' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class AgencyEngagementQueryDto extends IntersectionType(PeriodQuery, AsOfQuery) {}

/** Cases referred in the period. */
export class DepersonalisedCasesQueryDto extends PageQuery({ defaultPageSize: 100, maxPageSize: 500 }, PeriodQuery) {}
