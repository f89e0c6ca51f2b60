import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { MaracReportsReader, type QuarterlyRepeatRates } from '../../read-models/marac-reports.reader.js';
import { GetQuarterlyRepeatRatesQuery } from './get-quarterly-repeat-rates.query.js';

@QueryHandler(GetQuarterlyRepeatRatesQuery)
export class GetQuarterlyRepeatRatesHandler implements IQueryHandler<GetQuarterlyRepeatRatesQuery> {
  constructor(private readonly reader: MaracReportsReader) {}

  execute({ caller, input }: GetQuarterlyRepeatRatesQuery): Promise<QuarterlyRepeatRates> {
    return this.reader.repeatRateByQuarter(caller, input.maracId, input.financialYear);
  }
}
