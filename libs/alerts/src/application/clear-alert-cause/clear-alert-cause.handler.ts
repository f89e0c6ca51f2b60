import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { alertDecider } from '../../domain/index.js';
import { alertIdOf, alertStream } from '../alert-streams.js';
import { ClearAlertCauseCommand } from './clear-alert-cause.command.js';

/** A scheduled alert's deadline is left to fire: it finds the slot withdrawn and raises nothing. */
@CommandHandler(ClearAlertCauseCommand)
export class ClearAlertCauseHandler implements ICommandHandler<ClearAlertCauseCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: ClearAlertCauseCommand): Promise<number> {
    const alertId = alertIdOf(input.kind, input.about);
    const result = await this.executor.handle(
      alertStream(alertId),
      alertDecider,
      (state) =>
        alertDecider.decide(
          { type: 'ClearAlertCause', alertId, cause: input.cause, now: context.occurredAt, causedAt: input.causedAt },
          state,
        ),
      { context, revealPersonalData: false, admit: (state) => (state.subject ? { partnershipId: state.subject.partnershipId } : {}) },
    );
    return result.events.length;
  }
}
