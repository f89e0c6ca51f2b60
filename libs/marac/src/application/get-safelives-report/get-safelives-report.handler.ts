import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { MaracReportsReader, type SafeLivesReport } from '../../read-models/marac-reports.reader.js';
import { GetSafeLivesReportQuery } from './get-safelives-report.query.js';

@QueryHandler(GetSafeLivesReportQuery)
export class GetSafeLivesReportHandler implements IQueryHandler<GetSafeLivesReportQuery> {
  constructor(private readonly reader: MaracReportsReader) {}

  execute({ caller, input }: GetSafeLivesReportQuery): Promise<SafeLivesReport> {
    return this.reader.safeLives(caller, input.maracId, input.financialYear, input.quarter);
  }
}
