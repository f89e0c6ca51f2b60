import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { changePartnershipSettings } from '@app/kit';
import { caseReviewSettingsDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../case-review-access.js';
import { caseReviewSettingsStream, caseReviewSettingsView, type CaseReviewSettingsView } from '../case-review-settings-in-force.js';
import { ChangeCaseReviewSettingsCommand } from './change-case-review-settings.command.js';

@CommandHandler(ChangeCaseReviewSettingsCommand)
export class ChangeCaseReviewSettingsHandler implements ICommandHandler<ChangeCaseReviewSettingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(command: ChangeCaseReviewSettingsCommand): Promise<CaseReviewSettingsView> {
    const { state, revision, effectiveFrom } = await changePartnershipSettings(
      this.executor,
      {
        decider: caseReviewSettingsDecider,
        stream: caseReviewSettingsStream,
        recordKind: 'case_review_settings',
        notFound: PARTNERSHIP_NOT_FOUND,
      },
      command,
    );
    return caseReviewSettingsView(command.input.partnershipId, state, revision, effectiveFrom);
  }
}
