import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { alertDecider } from '../../domain/index.js';
import { alertStream } from '../alert-streams.js';
import { RaiseScheduledAlertCommand } from './raise-scheduled-alert.command.js';

@CommandHandler(RaiseScheduledAlertCommand)
export class RaiseScheduledAlertHandler implements ICommandHandler<RaiseScheduledAlertCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: RaiseScheduledAlertCommand): Promise<number> {
    const result = await this.executor.handle(
      alertStream(input.alertId),
      alertDecider,
      (state) =>
        alertDecider.decide(
          { type: 'RaiseScheduledAlert', alertId: input.alertId, raiseAt: input.raiseAt, now: context.occurredAt },
          state,
        ),
      { context, revealPersonalData: false, admit: (state) => (state.subject ? { partnershipId: state.subject.partnershipId } : {}) },
    );
    return result.events.length;
  }
}
