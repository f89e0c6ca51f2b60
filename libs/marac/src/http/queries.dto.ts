import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { PageQuery } from '@app/http';
import { IsCalendarDate, PeriodQuery } from '@app/periods';
import { RISK_BANDS, type RiskBand } from '../domain/index.js';
import { ToBoolean } from './validation.js';

export class AsOfQuery {
  @ApiPropertyOptional({ example: '2025-06-01', description: 'The date overdue actions are judged on; defaults to today.' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class CaseListQueryDto extends PageQuery({ defaultPageSize: 25, maxPageSize: 200 }, AsOfQuery) {
  @ApiPropertyOptional({ enum: ['open', 'closed', 'voided', 'all'], default: 'open', description: 'voided: cases whose referral was voided' })
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
}

/** SafeLives returns are per financial year or quarter (`financialYear=2025-26` or `quarter=2025-26-Q1`). */
export class SafeLivesQueryDto extends PeriodQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Or send Accept: text/csv.' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class AgencyEngagementQueryDto extends IntersectionType(PeriodQuery, AsOfQuery) {}

export class SettingsBody {
  @ApiProperty({ example: 0.28, minimum: 0, maximum: 1 })
  @IsNumber()
  @Min(0)
  @Max(1)
  repeatBandLow: number;

  @ApiProperty({ example: 0.4, minimum: 0, maximum: 1 })
  @IsNumber()
  @Min(0)
  @Max(1)
  repeatBandHigh: number;

  @ApiProperty({ example: 52000, nullable: true, description: 'Adult (16+) female population; null if not known.' })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(100_000_000) // above the UK's whole population: a bound, not a plausibility check; fits the int column
  adultFemalePopulation: number | null;

  @ApiProperty({ example: 3, minimum: 1, description: 'Police call-outs in 12 months for potential escalation.' })
  @IsInt()
  @Min(1)
  @Max(100)
  policeCallOutThreshold: number;
}

/** Cases referred in the period. */
export class DepersonalisedCasesQueryDto extends PageQuery({ defaultPageSize: 100, maxPageSize: 500 }, PeriodQuery) {}
