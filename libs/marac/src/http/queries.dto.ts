import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { PageQuery } from '@app/http';
import { RISK_BANDS, type RiskBand } from '../domain/index.js';
import { IsCalendarDate, ToBoolean } from './validation.js';

export class AsOfQuery {
  @ApiPropertyOptional({ example: '2025-06-01', description: 'The date overdue actions are judged on; defaults to today.' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class CaseListQueryDto extends PageQuery({ defaultPageSize: 25, maxPageSize: 200 }, AsOfQuery) {
  @ApiPropertyOptional({ enum: ['open', 'closed', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'closed', 'all'])
  status?: 'open' | 'closed' | 'all';

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

const QUARTER = /^\d{4}-\d{2}-Q[1-4]$/;
const FINANCIAL_YEAR = /^\d{4}-\d{2}$/;

export class RepeatRateQueryDto {
  @ApiPropertyOptional({ example: '2025-04-01', description: 'First day of the period (with `to`), inclusive.' })
  @ValidateIf((q: RepeatRateQueryDto) => q.quarter === undefined || q.from !== undefined)
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2025-06-30', description: 'Last day of the period, inclusive.' })
  @ValidateIf((q: RepeatRateQueryDto) => q.quarter === undefined || q.to !== undefined)
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ example: '2025-26-Q1', description: 'A UK financial-year quarter, instead of from/to.' })
  @IsOptional()
  @Matches(QUARTER, { message: 'quarter must be written like 2025-26-Q1' })
  quarter?: string;
}

export class FinancialYearQueryDto {
  @ApiProperty({ example: '2025-26' })
  @Matches(FINANCIAL_YEAR, { message: 'financialYear must be written like 2025-26' })
  financialYear: string;
}

export class SafeLivesQueryDto extends FinancialYearQueryDto {
  @ApiPropertyOptional({ example: 1, minimum: 1, maximum: 4, description: 'Omit for the whole financial year.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  quarter?: number;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'Or send Accept: text/csv.' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class PeriodQueryDto {
  @ApiProperty({ example: '2025-04-01' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-03-31' })
  @IsCalendarDate()
  to: string;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'The date overdue actions are judged on; defaults to today.' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

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
  adultFemalePopulation: number | null;

  @ApiProperty({ example: 3, minimum: 1, description: 'Police call-outs in 12 months for potential escalation.' })
  @IsInt()
  @Min(1)
  @Max(100)
  policeCallOutThreshold: number;
}

export class DepersonalisedCasesQueryDto extends PageQuery({ defaultPageSize: 100, maxPageSize: 500 }) {
  @ApiProperty({ example: '2025-04-01', description: 'Cases referred from this date (inclusive).' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-03-31', description: 'Cases referred up to this date (inclusive).' })
  @IsCalendarDate()
  to: string;
}
