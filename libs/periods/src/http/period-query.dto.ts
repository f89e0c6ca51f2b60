import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { RequestProblem } from '@app/http';
import { InvalidPeriodError, PERIOD_FORMS, resolvePeriod, type PeriodForm, type PeriodIn } from '../period.js';
import { IsCalendarDate, IsFinancialQuarter, IsFinancialYear } from './period-validators.js';

/**
 * The period of a report, named the same way on every report: `from` and `to`, `financialYear`, or
 * `quarter` (exactly one form). Each field's format is checked here; the combination by
 * `resolvePeriodQuery`. Report DTOs extend this class.
 */
export class PeriodQuery {
  @ApiPropertyOptional({ format: 'date', example: '2016-04-01', description: 'First day of the period (with `to`), inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2017-03-31', description: 'Last day of the period (with `from`), inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ example: '2016-17', description: 'A UK financial year (1 April to 31 March), instead of from/to.' })
  @IsOptional()
  @IsFinancialYear()
  financialYear?: string;

  @ApiPropertyOptional({
    example: '2016-17-Q1',
    description: 'A quarter of a UK financial year (Q1 Apr-Jun ... Q4 Jan-Mar), instead of from/to.',
  })
  @IsOptional()
  @IsFinancialQuarter()
  quarter?: string;
}

/** The query's period as days and a label; a 400 problem naming the field when it is not named in exactly one accepted form. */
export function resolvePeriodQuery<F extends PeriodForm = PeriodForm>(
  query: PeriodQuery,
  accepted: readonly F[] = PERIOD_FORMS as readonly F[],
): PeriodIn<F> {
  try {
    return resolvePeriod(query, accepted);
  } catch (error) {
    if (error instanceof InvalidPeriodError)
      throw new RequestProblem(400, error.message, [{ field: error.field, messages: [error.message] }]);
    throw error;
  }
}
