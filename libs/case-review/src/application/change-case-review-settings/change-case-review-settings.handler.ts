import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { todayInLondon } from '@app/periods';
import { caseReviewSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../case-review-access.js';
import { caseReviewSettingsStream, caseReviewSettingsView, type CaseReviewSettingsView } from '../case-review-settings-in-force.js';
import { ChangeCaseReviewSettingsCommand } from './change-case-review-settings.command.js';

@CommandHandler(ChangeCaseReviewSettingsCommand)
export class ChangeCaseReviewSettingsHandler implements ICommandHandler<ChangeCaseReviewSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ caller, context, input, expectedRevision }: ChangeCaseReviewSettingsCommand): Promise<CaseReviewSettingsView> {
    noteAudit({ recordKind: 'case_review_settings', recordId: input.partnershipId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const effectiveFrom = input.effectiveFrom ?? todayInLondon(new Date(context.occurredAt));
    const result = await this.executor.handle(
      caseReviewSettingsStream(input.partnershipId),
      caseReviewSettingsDecider,
      (state) =>
        caseReviewSettingsDecider.decide(
          { type: 'ChangePartnershipSettings', partnershipId: input.partnershipId, effectiveFrom, changes: input.changes },
          state,
        ),
      { context: { ...context, partnershipId: input.partnershipId }, expectedRevision, revealPersonalData: false },
    );
    return caseReviewSettingsView(input.partnershipId, result.state, result.revision, effectiveFrom);
  }
}
