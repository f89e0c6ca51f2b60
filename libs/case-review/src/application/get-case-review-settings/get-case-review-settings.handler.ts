import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { caseReviewSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND, SPOC_ROLE } from '../case-review-access.js';
import { caseReviewSettingsStream, caseReviewSettingsView, type CaseReviewSettingsView } from '../case-review-settings-in-force.js';
import { GetCaseReviewSettingsQuery } from './get-case-review-settings.query.js';

@QueryHandler(GetCaseReviewSettingsQuery)
export class GetCaseReviewSettingsHandler implements IQueryHandler<GetCaseReviewSettingsQuery> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, input }: GetCaseReviewSettingsQuery): Promise<CaseReviewSettingsView> {
    assertCallerRole(caller, 'admin', SPOC_ROLE);
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const { state, revision } = await this.executor.load(caseReviewSettingsStream(input.partnershipId), caseReviewSettingsDecider);
    return caseReviewSettingsView(input.partnershipId, state, revision, input.on);
  }
}
