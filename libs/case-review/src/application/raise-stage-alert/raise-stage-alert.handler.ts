import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { todayOf } from '@app/kit';
import { caseReviewApplicationDecider } from '../../domain/index.js';
import { applicationStream } from '../application-command.js';
import { RaiseStageAlertCommand } from './raise-stage-alert.command.js';

@CommandHandler(RaiseStageAlertCommand)
export class RaiseStageAlertHandler implements ICommandHandler<RaiseStageAlertCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: RaiseStageAlertCommand): Promise<number> {
    const result = await this.executor.handle(
      applicationStream(input.applicationId),
      caseReviewApplicationDecider,
      (state) => caseReviewApplicationDecider.decide({ type: 'RaiseStageAlert', ...input, today: todayOf(context) }, state),
      { context, revealPersonalData: false },
    );
    return result.events.length;
  }
}
