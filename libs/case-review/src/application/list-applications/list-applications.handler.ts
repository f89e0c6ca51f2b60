import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CaseReviewLogReader } from '../../read-models/case-review-log.reader.js';
import { PARTNERSHIP_NOT_FOUND, SPOC_ROLE } from '../case-review-access.js';
import { ListApplicationsQuery, type ApplicationLogPage } from './list-applications.query.js';

@QueryHandler(ListApplicationsQuery)
export class ListApplicationsHandler implements IQueryHandler<ListApplicationsQuery> {
  constructor(private readonly log: CaseReviewLogReader) {}

  async execute({ caller, input }: ListApplicationsQuery): Promise<ApplicationLogPage> {
    noteAudit({ recordKind: 'case_review_log', recordId: input.partnershipId, partnershipId: input.partnershipId });
    assertCallerRole(caller, SPOC_ROLE);
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const { items, total } = await this.log.page(input);
    return { items, total, page: input.page, pageSize: input.pageSize };
  }
}
