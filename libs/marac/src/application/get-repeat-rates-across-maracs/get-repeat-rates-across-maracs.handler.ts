import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { MaracReportsReader, type RepeatRatesAcrossMaracs } from '../../read-models/marac-reports.reader.js';
import { GetRepeatRatesAcrossMaracsQuery } from './get-repeat-rates-across-maracs.query.js';

@QueryHandler(GetRepeatRatesAcrossMaracsQuery)
export class GetRepeatRatesAcrossMaracsHandler implements IQueryHandler<GetRepeatRatesAcrossMaracsQuery> {
  constructor(private readonly reader: MaracReportsReader) {}

  execute({ caller, input }: GetRepeatRatesAcrossMaracsQuery): Promise<RepeatRatesAcrossMaracs> {
    return this.reader.repeatRatesAcrossMaracs(caller, input.period);
  }
}
