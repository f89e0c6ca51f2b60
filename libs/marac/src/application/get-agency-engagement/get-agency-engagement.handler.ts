import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { MaracReportsReader, type AgencyEngagementReport } from '../../read-models/marac-reports.reader.js';
import { GetAgencyEngagementQuery } from './get-agency-engagement.query.js';

@QueryHandler(GetAgencyEngagementQuery)
export class GetAgencyEngagementHandler implements IQueryHandler<GetAgencyEngagementQuery> {
  constructor(private readonly reader: MaracReportsReader) {}

  execute({ caller, input }: GetAgencyEngagementQuery): Promise<AgencyEngagementReport> {
    return this.reader.agencyEngagement(caller, input.maracId, input.range, input.asOf);
  }
}
