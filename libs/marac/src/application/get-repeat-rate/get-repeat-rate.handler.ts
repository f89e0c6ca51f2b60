import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { MaracReportsReader, type RepeatRateReport } from '../../read-models/marac-reports.reader.js';
import { GetRepeatRateQuery } from './get-repeat-rate.query.js';

@QueryHandler(GetRepeatRateQuery)
export class GetRepeatRateHandler implements IQueryHandler<GetRepeatRateQuery> {
  constructor(private readonly reader: MaracReportsReader) {}

  execute({ caller, input }: GetRepeatRateQuery): Promise<RepeatRateReport> {
    return this.reader.repeatRate(caller, input.maracId, input.period);
  }
}
